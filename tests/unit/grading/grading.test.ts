import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CREDIBILITY_MEANINGS, RELIABILITY_MEANINGS } from '../../../src/modules/grading/grading.enums';
import { GradeCitationInput, GradeSourceInput } from '../../../src/modules/grading/grading.input';

const failing = async (cls: new () => object, plain: object) => (await validate(plainToInstance(cls, plain))).map((e) => e.property).sort();

describe('grading inputs', () => {
  it('accept credibility 1 to 6 only, as an integer', async () => {
    const base = { claimId: 'claim:a', sourceId: 'source:b', gradedBy: 'jane' };
    for (const credibility of [1, 6]) expect(await failing(GradeCitationInput, { ...base, credibility })).toEqual([]);
    for (const credibility of [0, 7, 2.5]) expect(await failing(GradeCitationInput, { ...base, credibility })).toEqual(['credibility']);
  });

  it('require a reliability letter and a non-blank grader', async () => {
    expect(await failing(GradeSourceInput, { sourceId: 's', reliability: 'A', gradedBy: 'jane' })).toEqual([]);
    expect(await failing(GradeSourceInput, { sourceId: 's', reliability: 'G', gradedBy: ' ' })).toEqual(['gradedBy', 'reliability']);
  });

  it('document the NATO meanings', () => {
    expect(RELIABILITY_MEANINGS.A).toBe('Completely reliable');
    expect(RELIABILITY_MEANINGS.F).toBe('Reliability cannot be judged');
    expect(CREDIBILITY_MEANINGS[1]).toBe('Confirmed by other sources');
    expect(CREDIBILITY_MEANINGS[6]).toBe('Truth cannot be judged');
  });
});
