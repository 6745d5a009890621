import fs from 'node:fs';
import path from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { cardToStoryInput } from '../../../src/ingest/assemble/card-to-story';
import { entityIdOf } from '../../../src/ingest/recognise/entity-drafts';
import type { StoryDraft } from '../../../src/ingest/assemble/story-draft';
import { StoryInput } from '../../../src/modules/story/story.input';
import { normalizeStory } from './story-equivalence';

const seeds = path.join(__dirname, '../../../seeds');
const card = fs.readFileSync(path.join(seeds, '000_8478c13e5880c610.txt'), 'utf8');
const expected = JSON.parse(fs.readFileSync(path.join(seeds, 'sample-story.json'), 'utf8')) as StoryDraft;

describe('cardToStoryInput on the sample card', () => {
  const story = cardToStoryInput(card, { file: 'seeds/000_8478c13e5880c610.txt' });

  it('is equivalent to the hand-structured seeds/sample-story.json', () => {
    expect(normalizeStory(story)).toEqual(normalizeStory(expected));
  });

  it('names the canonical entities with the stable ids the graph uses', () => {
    expect(story.entities.map(entityIdOf).sort()).toEqual([
      'agency:ru-russian-intelligence-services',
      'agency:us-cia',
      'country:MX',
      'country:RU',
      'country:UA',
      'country:US',
      'group:nine-current-and-former-officials',
      'org:russian-embassy-in-mexico',
      'person:andres-manuel-lopez-obrador',
      'person:claudia-sheinbaum',
    ]);
  });

  it('resolves "a new Mexican president" at the story date to Claudia Sheinbaum', () => {
    const claim = story.claims.find((c) => c.text.includes('new Mexican president'));
    expect(claim?.about).toContain('Claudia Sheinbaum');
    expect(claim?.about).not.toContain('Andrés Manuel López Obrador');
  });

  it('passes the API input validation (class-validator, no unknown fields)', async () => {
    const errors = await validate(plainToInstance(StoryInput, story), { forbidUnknownValues: true, whitelist: true, forbidNonWhitelisted: true });
    expect(errors).toEqual([]);
  });

  it('returns fresh objects: editing one story does not leak into the next', () => {
    const first = cardToStoryInput(card);
    first.entities.forEach((e) => e.aliases?.push('edited'));
    const second = cardToStoryInput(card);
    expect(second.entities.flatMap((e) => e.aliases ?? [])).not.toContain('edited');
  });
});
