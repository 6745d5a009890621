import { getMetadataStorage, ValidationArguments, ValidationTypes } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

/**
 * Whether class-validator would find nothing wrong with an object, answered by running the same
 * validator functions on the same metadata without class-validator's per-call machinery (a
 * ValidationError per property, metadata filtered and grouped again for every object): a bulk import
 * validates every story, nearly all of them valid. `false` means "ask class-validator", which alone
 * words the errors; anything this check does not know (promise validation, Sets, async validators)
 * answers `false`, so it can never accept what class-validator rejects.
 *
 * Holds for the options `{ forbidUnknownValues: true, whitelist: true, forbidNonWhitelisted: true }` and no groups.
 */
export function passesValidation(object: unknown): boolean {
  if (typeof object !== 'object' || object === null) return false;
  const plan = planOf(object.constructor);
  if (!plan) return false;
  // Plain loops, no closures or key arrays: this runs for every object of every story in a bulk import.
  for (const key in object) if (Object.hasOwn(object, key) && !plan.allowed.has(key)) return false;
  const record = object as Record<string, unknown>;
  for (const property of plan.properties) {
    const value = record[property.name];
    if (!holdsAll(property.conditions, object, value)) continue;
    for (const check of property.checks) if (!passesCheck(check, object, property.name, value)) return false;
    if (value !== undefined && property.nested > 0 && !passesNested(value)) return false;
  }
  return true;
}

function holdsAll(conditions: PropertyPlan['conditions'], object: object, value: unknown): boolean {
  for (const condition of conditions) if (!condition(object, value)) return false;
  return true;
}

interface Check {
  metadata: ValidationMetadata;
  validate: (value: unknown, args: ValidationArguments) => unknown;
}

interface PropertyPlan {
  name: string;
  /** IsOptional / ValidateIf: all true or the property is not validated. */
  conditions: Array<(object: object, value: unknown) => boolean>;
  /** Custom and IsDefined validations, in class-validator's order. */
  checks: Check[];
  /** ValidateNested decorators on the property. */
  nested: number;
}

interface ClassPlan {
  allowed: ReadonlySet<string>;
  properties: PropertyPlan[];
}

/** Per class, built once: the metadata class-validator would gather for every object of it. */
const plans = new Map<unknown, ClassPlan | null>();

function planOf(constructor: unknown): ClassPlan | null {
  let plan = plans.get(constructor);
  if (plan === undefined) {
    plan = buildPlan(constructor);
    plans.set(constructor, plan);
  }
  return plan;
}

const KNOWN_TYPES = new Set<string>([
  ValidationTypes.CUSTOM_VALIDATION,
  ValidationTypes.IS_DEFINED,
  ValidationTypes.CONDITIONAL_VALIDATION,
  ValidationTypes.NESTED_VALIDATION,
  ValidationTypes.WHITELIST,
]);

function buildPlan(constructor: unknown): ClassPlan | null {
  if (typeof constructor !== 'function' || constructor === Object || constructor === Array) return null;
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(constructor, '', false, false, undefined);
  if (metadatas.length === 0 || metadatas.some((m) => !KNOWN_TYPES.has(m.type))) return null;
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const m of metadatas) byProperty.set(m.propertyName, [...(byProperty.get(m.propertyName) ?? []), m]);
  const properties: PropertyPlan[] = [];
  for (const [name, list] of byProperty) {
    const validated = list.filter((m) => m.type !== ValidationTypes.WHITELIST);
    if (validated.length === 0) continue;
    const checks: Check[] = [];
    // class-validator runs IsDefined first, then the custom validations, each through its registered constraints.
    for (const m of [
      ...validated.filter((v) => v.type === ValidationTypes.IS_DEFINED),
      ...validated.filter((v) => v.type === ValidationTypes.CUSTOM_VALIDATION),
    ]) {
      const constraints = storage.getTargetValidatorConstraints(m.constraintCls);
      if (constraints.some((c) => c.async)) return null;
      for (const c of constraints) checks.push({ metadata: m, validate: (value, args) => c.instance.validate(value, args) });
    }
    properties.push({
      name,
      conditions: validated
        .filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION)
        .map((m) => m.constraints[0] as (object: object, value: unknown) => boolean),
      checks,
      nested: validated.filter((m) => m.type === ValidationTypes.NESTED_VALIDATION).length,
    });
  }
  return { allowed: new Set(byProperty.keys()), properties };
}

function passesCheck(check: Check, object: object, property: string, value: unknown): boolean {
  const { metadata } = check;
  if (metadata.validateIf && !metadata.validateIf(object, value)) return true;
  if (value instanceof Set || value instanceof Map) return false;
  const args: ValidationArguments = { targetName: object.constructor.name, property, object, value, constraints: metadata.constraints };
  if (!(metadata.each && Array.isArray(value))) return check.validate(value, args) === true;
  for (const item of value) if (check.validate(item, args) !== true) return false;
  return true;
}

/** ValidateNested: each item of a list (or the value itself) is an object that passes on its own. */
function passesNested(value: unknown): boolean {
  if (value instanceof Set || value instanceof Map) return false;
  if (!Array.isArray(value)) return passesNestedItem(value);
  for (const item of value) if (!passesNestedItem(item)) return false;
  return true;
}

function passesNestedItem(item: unknown): boolean {
  return item instanceof Object && !Array.isArray(item) && passesValidation(item);
}
