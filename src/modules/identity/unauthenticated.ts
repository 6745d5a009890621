import { AppError } from '../../errors/app-error';

/** UNAUTHENTICATED with HTTP 401 (Apollo takes the status from extensions.http and strips it from the response). */
export function unauthenticated(reason: string): AppError {
  const error = new AppError('UNAUTHENTICATED', `Not authenticated: ${reason}`);
  (error.extensions as Record<string, unknown>).http = { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) };
  return error;
}
