import { CliUsageError, importErrorLines, lineOfSyntaxError, parseExportArgs, parseImportArgs } from '../../../src/modules/interchange/interchange.cli';

const syntaxLine = (text: string) => {
  try {
    JSON.parse(text);
  } catch (err) {
    return lineOfSyntaxError(text, err as Error);
  }
  throw new Error('parsed');
};

describe('export and import command lines', () => {
  it('reads format, stories, countries, output and clearance', () => {
    expect(parseExportArgs(['--format', 'stix', '--story', 'story:a', '--story', 'story:b', '--country', 'ru', '--country', 'MX', '--out', 'x.json'])).toEqual({
      help: false,
      format: 'stix',
      out: 'x.json',
      clearance: 4,
      scope: { storyIds: ['story:a', 'story:b'], filter: { aboutCountries: ['RU', 'MX'] } },
    });
    expect(parseExportArgs(['--format', 'csv', '--out', 'dir', '--clearance', 'amber+strict'])).toMatchObject({ clearance: 3, scope: {} });
    expect(parseImportArgs(['a.json', 'b.json'])).toEqual({ help: false, files: ['a.json', 'b.json'] });
  });

  it('refuses what it cannot run, with the reason', () => {
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        expect(err).toBeInstanceOf(CliUsageError);
        return (err as Error).message;
      }
      throw new Error('accepted');
    };
    expect(refusal(() => parseExportArgs(['--out', 'x']))).toBe('--format must be one of stix, jsonl, csv, graphml (got "")');
    expect(refusal(() => parseExportArgs(['--format', 'stix']))).toBe('--out is required');
    expect(refusal(() => parseExportArgs(['--format', 'stix', '--out', 'x', '--country', 'Mexico']))).toContain('(got "MEXICO")');
    expect(refusal(() => parseExportArgs(['--format', 'stix', '--out', 'x', '--clearance', 'PURPLE']))).toContain('--clearance must be one of');
    expect(refusal(() => parseExportArgs(['--fromat', 'stix']))).toContain("Unknown option '--fromat'");
    expect(refusal(() => parseImportArgs([]))).toBe('no bundle files given');
  });

  it('places errors at the line of the object they name, and JSON syntax errors at their line', () => {
    const text = '{\n  "type": "bundle",\n  "objects": [\n    {\n      "type": "note",\n      "id": "note--1"\n    }\n  ]\n}\n';
    expect(importErrorLines('b.json', text, [{ id: 'note--1' }], [{ field: 'objects[0]', reason: 'note--1: claims[0].text: is empty' }])).toEqual([
      'b.json:6: note--1: claims[0].text: is empty',
    ]);
    expect(importErrorLines('b.json', text, [], [{ field: 'bundle', reason: 'not a bundle' }])).toEqual(['b.json:1: not a bundle']);
    expect(syntaxLine('{\n  "type": "bundle",\n  "objects": [\n}\n')).toBe(4);
    expect(syntaxLine('{\n  "a": 1,\n  "b": tru\n}')).toBe(3);
  });
});
