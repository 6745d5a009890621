import { WritePlan } from './story.plan';

/** A planned story and its place in the caller's input. */
export interface Planned {
  at: number;
  plan: WritePlan;
}

/** Cuts planned stories into batches that never hold one story id or claim id twice (a later story then waits for the next batch). */
export function batches(plans: Planned[], size: number): Planned[][] {
  const out: Planned[][] = [];
  let current: Planned[] = [];
  let ids = new Set<string>();
  for (const item of plans) {
    const mine = [item.plan.story.id, ...item.plan.claims.map((c) => c.id)];
    if (current.length >= size || mine.some((id) => ids.has(id))) {
      out.push(current);
      [current, ids] = [[], new Set()];
    }
    current.push(item);
    mine.forEach((id) => ids.add(id));
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * What a batch writes that another batch might write too, to tell whether two batches may be written
 * by concurrent transactions with the same result as one after the other:
 * - `own`: story and claim ids (a story written twice, or a claim id two stories claim, must keep input order);
 * - `shared`: per shared node (entity, source, topic, role), the rows the batch gives it: two batches
 *   giving one node that an earlier batch already wrote the same rows leave it the same whichever
 *   commits first; different rows (another alias, title or marking) would depend on the order, and so
 *   would a node new in this run (the first story naming it must be the one counted as creating it);
 * - `needs`: derivedFrom ids the batch expects in the graph, which an earlier batch may define.
 */
export interface Footprint {
  own: Set<string>;
  shared: Map<string, string>;
  needs: Set<string>;
}

/** Rows serialized once: plans share one row object per country (story.plan.ts), named by most stories of a batch. */
const serialized = new WeakMap<object, string>();

export function footprint(plans: WritePlan[]): Footprint {
  const own = new Set<string>();
  const rows = new Map<string, string[]>();
  const needs = new Set<string>();
  const give = (key: string, row: object) => {
    const text = serialized.get(row) ?? serialized.set(row, JSON.stringify(row)).get(row)!;
    const list = rows.get(key) ?? [];
    if (!list.includes(text)) rows.set(key, [...list, text]);
  };
  for (const plan of plans) {
    own.add(plan.story.id);
    for (const c of plan.claims) own.add(c.id);
    for (const e of [...plan.countries, ...plan.entities, ...plan.publishers]) give(`entity|${e.id}`, e);
    for (const s of plan.sources) give(`source|${s.id}`, s);
    for (const t of plan.topics) give(`topic|${t.id}`, t);
    for (const r of plan.roles) give(`role|${r.personId}|${r.key}|${r.countryId}`, r);
    for (const id of plan.externalSourceIds) needs.add(id);
  }
  return { own, shared: new Map([...rows].map(([key, list]) => [key, list.join('\n')])), needs };
}

/**
 * True when writing `a` and `b` concurrently could store or count something else than writing `a`,
 * then `b`. `written`: shared nodes that batches finished earlier wrote.
 */
export function dependent(a: Footprint, b: Footprint, written: ReadonlySet<string>): boolean {
  const [small, large] = a.own.size <= b.own.size ? [a.own, b.own] : [b.own, a.own];
  for (const id of small) if (large.has(id)) return true;
  for (const [key, rows] of b.shared) {
    const other = a.shared.get(key);
    if (other !== undefined && (other !== rows || !written.has(key))) return true;
  }
  for (const id of b.needs) if (a.shared.has(`source|${id}`)) return true;
  for (const id of a.needs) if (b.shared.has(`source|${id}`)) return true;
  return false;
}

/**
 * Runs `write` for each batch in order with up to `writers` in flight. `written` collects the shared
 * nodes of the batches done (pass one set to every call of a run; a node of a story that failed
 * alone counts too, so two later batches naming it may count its creation in either order). A batch that depends on one
 * still in flight (see `dependent`) waits for it, so the stored graph and the counts are the ones
 * sequential writes would give (on generated cards the first batch writes the countries, agencies,
 * publishers and topics, and every later batch only reuses them). The first unexpected failure stops new batches and is thrown once the others settled.
 */
export async function writeConcurrently<T extends Planned>(
  all: T[][],
  writers: number,
  write: (batch: T[]) => Promise<void>,
  written: Set<string> = new Set(),
): Promise<void> {
  const inFlight = new Set<{ footprint: Footprint; done: Promise<void> }>();
  let failure: { err: unknown } | undefined;
  for (const batch of all) {
    const mine = footprint(batch.map((b) => b.plan));
    while (!failure && inFlight.size && (inFlight.size >= writers || [...inFlight].some((f) => dependent(f.footprint, mine, written)))) {
      await Promise.race([...inFlight].map((f) => f.done));
    }
    if (failure) break;
    const entry = {
      footprint: mine,
      done: write(batch).then(
        () => {
          for (const key of mine.shared.keys()) written.add(key);
          inFlight.delete(entry);
        },
        (err: unknown) => {
          failure ??= { err };
          inFlight.delete(entry);
        },
      ),
    };
    inFlight.add(entry);
  }
  await Promise.all([...inFlight].map((f) => f.done));
  if (failure) throw failure.err;
}
