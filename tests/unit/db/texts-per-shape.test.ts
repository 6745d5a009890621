import { textsPerShape } from '../../../src/db/texts-per-shape';

describe('textsPerShape', () => {
  it('builds a text once per shape and gives the same string again', () => {
    const built: string[] = [];
    const textOf = textsPerShape(
      (depth: number, full: boolean) => `${depth}:${full}`,
      (depth: number, full: boolean) => {
        built.push(`${depth}:${full}`);
        return `MATCH ${'()-->'.repeat(depth)}() ${full ? 'RETURN 1' : 'WHERE false RETURN 1'}`;
      },
    );
    const first = textOf(2, true);
    expect(textOf(2, true)).toBe(first);
    expect(textOf(2, false)).toBe('MATCH ()-->()-->() WHERE false RETURN 1');
    expect(textOf(1, true)).toBe('MATCH ()-->() RETURN 1');
    expect(textOf(2, false)).toBe('MATCH ()-->()-->() WHERE false RETURN 1');
    expect(built).toEqual(['2:true', '2:false', '1:true']);
  });
});
