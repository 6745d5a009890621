import { TransformationType } from 'class-transformer';
import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';

// The storage @Type and its kin write to; class-transformer's index does not export it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: MetadataStorage };

/**
 * `plainToInstance(type, plain)` (default options) for the plain data our own code builds, without
 * class-transformer's per-key metadata searches (expose, exclude, type and transform metadata looked up
 * again for every key of every object): a card becomes a StoryInput of some 50 objects. Answers
 * undefined for anything it does not reproduce exactly (a class with @Expose, @Exclude or @Transform, a
 * discriminator, getters or methods, Dates, Maps, Sets, class instances among the values), so the caller
 * then asks class-transformer itself.
 */
export function quickInstance<T>(type: new () => T, plain: unknown): T | undefined {
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain) || Object.getPrototypeOf(plain) !== Object.prototype) return undefined;
  try {
    return instanceOf(type, plain as Record<string, unknown>) as T;
  } catch (err) {
    if (err === UNSUPPORTED) return undefined;
    throw err;
  }
}

const UNSUPPORTED = Symbol('not reproduced: ask class-transformer');

/** Per class: the nested class (from @Type) of each property that has one, or UNSUPPORTED when the class uses anything else. */
const plans = new Map<unknown, Map<string, unknown> | typeof UNSUPPORTED>();

function planOf(type: new () => unknown): Map<string, unknown> {
  let plan = plans.get(type);
  if (plan === undefined) {
    plan = buildPlan(type);
    plans.set(type, plan);
  }
  if (plan === UNSUPPORTED) throw UNSUPPORTED;
  return plan;
}

function buildPlan(type: new () => unknown): Map<string, unknown> | typeof UNSUPPORTED {
  const storage = defaultMetadataStorage;
  if (storage.getStrategy(type) !== 'none') return UNSUPPORTED;
  if (storage.getExposedProperties(type, TransformationType.PLAIN_TO_CLASS).length) return UNSUPPORTED;
  if (storage.getExcludedProperties(type, TransformationType.PLAIN_TO_CLASS).length) return UNSUPPORTED;
  // Getters and methods anywhere up the chain: class-transformer skips such keys.
  for (let proto = type.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    if (Object.getOwnPropertyNames(proto).some((name) => name !== 'constructor')) return UNSUPPORTED;
  }
  const plan = new Map<string, unknown>();
  const probe = new type() as Record<string, unknown>;
  for (const key of Object.keys(probe)) if (typeof probe[key] === 'function') return UNSUPPORTED;
  return plan;
}

/** The nested type of `key` on `type` (undefined: none), as class-transformer would choose it; transforms on the key are unsupported. */
function typeOf(type: new () => unknown, key: string, plan: Map<string, unknown>): unknown {
  if (plan.has(key)) return plan.get(key);
  const storage = defaultMetadataStorage;
  if (storage.findTransformMetadatas(type, key, TransformationType.PLAIN_TO_CLASS).length) throw UNSUPPORTED;
  if (storage.findExposeMetadataByCustomName(type, key)) throw UNSUPPORTED;
  const metadata = storage.findTypeMetadata(type, key);
  // Our @Type functions name a class and read nothing from their argument (so one call answers for every object).
  const plain = !metadata?.options?.discriminator && metadata?.typeFunction?.length === 0;
  if (metadata && (!plain || (metadata.reflectedType !== Array && metadata.reflectedType !== Object))) throw UNSUPPORTED;
  const nested = metadata ? (metadata.typeFunction as () => unknown)() : undefined;
  if (nested !== undefined && (typeof nested !== 'function' || [String, Number, Boolean, Date, Map, Set, Array, Object].includes(nested as never)))
    throw UNSUPPORTED;
  plan.set(key, nested);
  return nested;
}

function instanceOf(type: (new () => unknown) | undefined, plain: Record<string, unknown>): unknown {
  const plan = type ? planOf(type) : undefined;
  const made = (type ? new type() : {}) as Record<string, unknown>;
  for (const key of Object.keys(plain)) {
    // class-transformer skips keys an object inherits ("toString", "constructor"): rare enough to leave to it.
    if (key in Object.prototype) throw UNSUPPORTED;
    made[key] = valueOf(type && plan ? typeOf(type, key, plan) : undefined, plain[key]);
  }
  return made;
}

function valueOf(type: unknown, value: unknown): unknown {
  if (typeof value !== 'object' || value === null) {
    if (typeof value === 'function' || typeof value === 'bigint' || typeof value === 'symbol') throw UNSUPPORTED;
    return value;
  }
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) throw UNSUPPORTED; // class-transformer's forEach drops holes
      items.push(valueOf(type, value[i]));
    }
    return items;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) throw UNSUPPORTED;
  return instanceOf(type as (new () => unknown) | undefined, value as Record<string, unknown>);
}
