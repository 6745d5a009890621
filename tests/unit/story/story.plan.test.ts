import 'reflect-metadata';
import { AppError } from '../../../src/errors/app-error';
import { buildWritePlan } from '../../../src/modules/story/story.plan';
import { validateStoryInput } from '../../../src/modules/story/story.service';
import { sampleStory, SAMPLE_STORY_ID } from '../../support/sample';

async function plan(mutate: (s: any) => void = () => undefined, existing = new Map<number, string>()) {
  const input = sampleStory();
  mutate(input);
  return buildWritePlan(await validateStoryInput(input), existing);
}

async function problems(mutate: (s: any) => void) {
  try {
    await plan(mutate);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).extensions.fields as { field: string; reason: string }[];
  }
  throw new Error('expected the plan to be refused');
}

describe('buildWritePlan', () => {
  it('derives stable readable ids', async () => {
    const p = await plan();
    expect(p.story.id).toBe(SAMPLE_STORY_ID);
    expect(p.countries.map((c) => c.id).sort()).toEqual(['country:MX', 'country:RU', 'country:UA', 'country:US']);
    expect(p.entities.map((e) => e.id)).toEqual([
      'agency:us-cia',
      'agency:ru-russian-intelligence-services',
      'org:russian-embassy-in-mexico',
      'person:andres-manuel-lopez-obrador',
      'person:claudia-sheinbaum',
      'group:nine-current-and-former-officials',
    ]);
    expect(p.publishers.map((o) => o.id)).toEqual(['org:new-york-times', 'org:gob-mx', 'org:nbc-news', 'org:spytalk', 'org:russiaspivottoasia-com']);
    expect(p.claims.every((c) => /^claim:[0-9a-f]{12}$/.test(c.id))).toBe(true);
    expect((await plan()).claims.map((c) => c.id)).toEqual(p.claims.map((c) => c.id));
  });

  it('resolves references by name, code, acronym and alias, accents ignored', async () => {
    const p = await plan((s) => {
      s.claims[0].about = ['the CIA', 'RU', 'Andres Manuel Lopez Obrador', 'amlo', 'country:MX'];
    });
    expect(p.claims[0].about).toEqual(['agency:us-cia', 'country:RU', 'person:andres-manuel-lopez-obrador', 'country:MX']);
  });

  it('uses the id of an existing entity found under one of the names', async () => {
    const cia = sampleStory().entities.findIndex((e: any) => e.acronym === 'CIA');
    const p = await plan(() => undefined, new Map([[cia, 'agency:existing-cia']]));
    expect(p.entities[0].id).toBe('agency:existing-cia');
    expect(p.claims[0].about).toContain('agency:existing-cia');
  });

  it('records ties, roles and mentions', async () => {
    const p = await plan();
    expect(p.ties).toContainEqual({ entityId: 'org:russian-embassy-in-mexico', relation: 'REPRESENTS', countryId: 'country:RU' });
    expect(p.ties).toContainEqual({ entityId: 'agency:us-cia', relation: 'OF_COUNTRY', countryId: 'country:US' });
    expect(p.roles).toContainEqual(expect.objectContaining({ personId: 'person:andres-manuel-lopez-obrador', from: '2018-12-01', to: '2024-09-30' }));
    expect(p.mentions).toHaveLength(10);
  });

  it('names every bad reference in one error', async () => {
    const fields = await problems((s) => {
      s.claims[1].about = ['Narnia'];
      s.claims[2].citations = [{ source: 'Unknown Daily' }];
      s.basedOn = ['nothing'];
    });
    expect(fields.map((f) => f.field)).toEqual(['input.claims[1].about[0]', 'input.claims[2].citations[0].source', 'input.basedOn[0]']);
  });

  it('refuses duplicate claims and ambiguous names', async () => {
    expect((await problems((s) => s.claims.push({ ...s.claims[0] })))[0]).toEqual({ field: 'input.claims[7].text', reason: 'repeats input.claims[0]' });
    const fields = await problems((s) => s.entities.push({ type: 'PERSON', name: 'Someone', aliases: ['CIA'] }));
    expect(fields[0].reason).toMatch(/names two different entities/);
  });
});
