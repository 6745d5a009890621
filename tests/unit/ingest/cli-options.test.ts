import { editDistance, nearestOption, parseIngestArgs, UsageError } from '../../../src/ingest/load/cli-options';

describe('ingest command line', () => {
  it('parses flags, values and paths', () => {
    expect(parseIngestArgs(['--dry-run', '--workers', '3', '--batch-size=50', 'a', 'b'])).toEqual({
      dryRun: true,
      json: false,
      output: undefined,
      workers: 3,
      batchSize: 50,
      marking: undefined,
      help: false,
      version: false,
      paths: ['a', 'b'],
    });
    expect(parseIngestArgs(['-o', 'r.json', 'a'])).toMatchObject({ json: true, output: 'r.json' });
    expect(parseIngestArgs(['-h'])).toMatchObject({ help: true, paths: [] });
  });

  it('suggests the nearest option for a typo, and none for something unrelated', () => {
    expect(editDistance('jsno', 'json')).toBe(2);
    expect(nearestOption('--jsno')).toBe('--json');
    expect(nearestOption('--dryrun')).toBe('--dry-run');
    expect(nearestOption('--verison')).toBe('--version');
    expect(nearestOption('--batchsize=5')).toBe('--batch-size');
    expect(nearestOption('--frobnicate')).toBeUndefined();
    expect(() => parseIngestArgs(['--jsno'])).toThrow(new UsageError(`unknown option '--jsno'; did you mean '--json'?`));
  });

  it('takes a default marking by name or TLP label, and refuses an unknown one', () => {
    expect(parseIngestArgs(['--marking', 'AMBER', 'a']).marking).toBe('AMBER');
    expect(parseIngestArgs(['--marking=TLP:AMBER+STRICT', 'a']).marking).toBe('AMBER_STRICT');
    expect(() => parseIngestArgs(['--marking', 'PURPLE', 'a'])).toThrow('--marking must be one of CLEAR, GREEN, AMBER, AMBER+STRICT, RED (got "PURPLE")');
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => parseIngestArgs(['--batch-size', '0', 'a'])).toThrow('--batch-size must be an integer >= 1 (got "0")');
  });
});
