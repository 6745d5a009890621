import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { passesValidation } from '../../../src/modules/shared/quick-validation';
import { StoryInput } from '../../../src/modules/story/story.input';

const OPTIONS = { forbidUnknownValues: true, whitelist: true, forbidNonWhitelisted: true };
const sample = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../seeds/sample-story.json'), 'utf8')) as Record<string, unknown>;

/** The sample story with one change: each case is something class-validator rejects (or, marked, accepts). */
const variants: Array<[string, (story: any) => void]> = [
  ['unchanged', () => undefined],
  ['title too long', (s) => (s.title = 'x'.repeat(301))],
  ['blank title', (s) => (s.title = '   ')],
  ['control character in a claim', (s) => (s.claims[0].text = 'a\u0007b')],
  ['impossible date', (s) => (s.publishedAt = '2024-02-30')],
  ['unknown field', (s) => (s.extra = 1)],
  ['unknown field of a claim', (s) => (s.claims[0].extra = 1)],
  ['unknown field of an entity tie', (s) => s.entities.find((e: any) => e.ties?.length)?.ties.push({ countryCode: 'MX', extra: 1 })],
  ['claim kind not in the enum', (s) => (s.claims[0].kind = 'RUMOUR')],
  ['claim that is a string', (s) => (s.claims[0] = 'a claim')],
  ['claim that is null', (s) => (s.claims[0] = null)],
  ['claims not a list', (s) => (s.claims = { text: 'x' })],
  ['blank about reference', (s) => (s.claims[0].about = [' '])],
  ['about not strings', (s) => (s.claims[0].about = [1])],
  ['optional marking left null (accepted)', (s) => (s.marking = null)],
  ['marking not a TLP', (s) => (s.marking = 'PURPLE')],
  ['bad as-of date', (s) => (s.claims[0].asOf = '2024-13')],
  ['entity country code unassigned', (s) => (s.entities[0].countryCode = 'XX')],
  ['too many topics', (s) => (s.topics = Array.from({ length: 1000 }, (_, i) => `topic ${i}`))],
  ['citation without source', (s) => (s.claims[0].citations = [{ quote: 'q' }])],
  ['source without title', (s) => delete s.sources[0].title],
];

describe('passesValidation', () => {
  it.each(variants)('agrees with class-validator: %s', async (_name, change) => {
    const plain = structuredClone(sample);
    change(plain);
    const input = plainToInstance(StoryInput, plain);
    const errors = await validate(input, OPTIONS);
    expect(passesValidation(input)).toBe(errors.length === 0);
  });

  it('declines what it does not model, leaving class-validator to decide (a claim that is an empty list, which class-validator lets through)', async () => {
    const plain = structuredClone(sample) as any;
    plain.claims[0] = [];
    const input = plainToInstance(StoryInput, plain);
    expect(await validate(input, OPTIONS)).toEqual([]);
    expect(passesValidation(input)).toBe(false);
  });

  it('accepts the sample story (so the quick path is taken, not just always declined)', () => {
    expect(passesValidation(plainToInstance(StoryInput, structuredClone(sample)))).toBe(true);
  });

  it('declines values that are not validated objects', () => {
    expect(passesValidation(null)).toBe(false);
    expect(passesValidation('story')).toBe(false);
    expect(passesValidation({ title: 'a plain object has no metadata' })).toBe(false);
  });
});
