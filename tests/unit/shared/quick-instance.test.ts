import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Expose, plainToInstance, Transform, Type } from 'class-transformer';
import { quickInstance } from '../../../src/modules/shared/quick-instance';
import { StoryInput } from '../../../src/modules/story/story.input';
import { cardToStoryInput } from '../../../src/ingest/assemble/card-to-story';
import { generateCard } from '../../../bench/card-generator';

const sampleText = fs.readFileSync(path.join(__dirname, '../../../seeds/sample-story.json'), 'utf8');
// JSON.parse, not structuredClone: under jest the latter builds objects of another realm, which quickInstance declines.
const freshSample = () => JSON.parse(sampleText) as Record<string, unknown>;
const sample = freshSample();

/** Same classes at every depth, same keys in the same order, same values. */
function expectSameInstance(quick: unknown, reference: unknown): void {
  expect(quick).toStrictEqual(reference);
  expect(JSON.stringify(quick)).toBe(JSON.stringify(reference));
  const walk = (a: unknown, b: unknown): void => {
    if (typeof a !== 'object' || a === null) return;
    expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b));
    expect(Object.keys(a)).toEqual(Object.keys(b as object));
    for (const key of Object.keys(a)) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
  };
  walk(quick, reference);
}

/** The sample story with one change each: odd shapes a JSON file might hold, which both must read alike. */
const variants: Array<[string, (story: any) => void]> = [
  ['unchanged', () => undefined],
  ['unknown field', (s) => (s.extra = { nested: [1, { deeper: true }] })],
  ['claim that is a string', (s) => (s.claims[0] = 'a claim')],
  ['claim that is null', (s) => (s.claims[0] = null)],
  ['claims not a list', (s) => (s.claims = { text: 'x' })],
  ['about not strings', (s) => (s.claims[0].about = [1, null, true])],
  ['a list left out (the class default stays)', (s) => delete s.topics],
  ['a field set to undefined', (s) => (s.marking = undefined)],
  ['title a number', (s) => (s.title = 42)],
];

describe('quickInstance', () => {
  it.each(variants)('builds what plainToInstance builds: %s', (_name, change) => {
    const plain = freshSample();
    change(plain);
    const quick = quickInstance(StoryInput, plain);
    expect(quick).toBeInstanceOf(StoryInput);
    expectSameInstance(quick, plainToInstance(StoryInput, plain));
  });

  it('builds what plainToInstance builds for generated cards (the bulk import path)', () => {
    for (let i = 0; i < 40; i++) {
      const draft = cardToStoryInput(generateCard(i));
      expectSameInstance(quickInstance(StoryInput, draft), plainToInstance(StoryInput, draft));
    }
  });

  it.each<[string, (story: any) => void]>([
    ['a Date among the values', (s) => (s.publishedAt = new Date(0))],
    ['a key every object inherits', (s) => (s.claims[0].toString = 'x')],
    ['a list with a hole', (s) => (s.topics = [, 'Espionage'])], // eslint-disable-line no-sparse-arrays
    ['a Map among the values', (s) => (s.entities[0] = new Map())],
  ])('declines (undefined: ask class-transformer) %s', (_name, change) => {
    const plain = freshSample();
    change(plain);
    expect(quickInstance(StoryInput, plain)).toBeUndefined();
  });

  it('declines classes using decorators it does not reproduce, and values that are not plain objects', () => {
    class Renamed {
      @Expose({ name: 'label' })
      name?: string;
    }
    class Transformed {
      @Transform(({ value }) => String(value).trim())
      name?: string;
    }
    class WithGetter {
      get shout(): string {
        return 'x';
      }
    }
    class Parent {
      @Type(() => Transformed)
      children: Transformed[] = [];
    }
    expect(quickInstance(Renamed, { label: 'a' })).toBeUndefined();
    expect(quickInstance(Transformed, { name: ' a ' })).toBeUndefined();
    expect(quickInstance(WithGetter, {})).toBeUndefined();
    expect(quickInstance(Parent, { children: [{ name: ' a ' }] })).toBeUndefined();
    expect(quickInstance(StoryInput, null)).toBeUndefined();
    expect(quickInstance(StoryInput, [sample])).toBeUndefined();
    expect(quickInstance(StoryInput, plainToInstance(StoryInput, sample))).toBeUndefined();
  });
});
