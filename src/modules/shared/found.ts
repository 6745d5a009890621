import { notFound } from '../../errors/app-error';

/** The value, or NOT_FOUND naming what was looked up: one rule for every "by id" query. */
export async function found<T>(value: Promise<T | null | undefined>, what: string, id: string): Promise<T> {
  const result = await value;
  if (result === null || result === undefined) throw notFound(what, id);
  return result;
}
