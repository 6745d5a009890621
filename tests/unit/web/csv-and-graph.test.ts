import { toCsv } from '../../../web/src/components/csv';
import { mergeSubgraphs } from '../../../web/src/components/graph-types';

describe('CSV export', () => {
  it('quotes every field, doubles quotes, keeps commas and newlines, and ends each row with CRLF', () => {
    expect(
      toCsv([
        ['id', 'text'],
        ['claim:1', 'He said "no", then\nleft'],
        ['claim:2', null],
      ]),
    ).toBe('"id","text"\r\n"claim:1","He said ""no"", then\nleft"\r\n"claim:2",""\r\n');
  });
});

describe('merging subgraphs (expanded neighbourhoods)', () => {
  it('keeps each node and edge once and reports truncation if any part was truncated', () => {
    const a = {
      nodes: [{ id: 'country:MX', label: 'Country', name: 'Mexico' }],
      edges: [{ id: 'e1', from: 'a', to: 'country:MX', type: 'ABOUT' }],
      truncated: false,
    };
    const b = {
      nodes: [
        { id: 'country:MX', label: 'Country', name: 'Mexico' },
        { id: 'country:RU', label: 'Country', name: 'Russia' },
      ],
      edges: [{ id: 'e1', from: 'a', to: 'country:MX', type: 'ABOUT' }],
      truncated: true,
    };
    const merged = mergeSubgraphs([a, b]);
    expect(merged.nodes.map((n) => n.id)).toEqual(['country:MX', 'country:RU']);
    expect(merged.edges).toHaveLength(1);
    expect(merged.truncated).toBe(true);
    expect(mergeSubgraphs([a]).truncated).toBe(false);
  });
});
