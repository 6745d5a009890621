import { pairedRatio, ratios, Cell, summarise } from '../../../bench/suite/report';

const round = (requestsPerSecond: number) => ({ requestsPerSecond, p50: 10, p99: 20, requests: requestsPerSecond * 5, errors: 0, maxLatency: 30 });
const cell = (...rps: number[]): Cell => summarise(rps.map(round));

describe('paired per-round ratios', () => {
  it('is the median of round-by-round ratios, unmoved by a slow period that hit one system', () => {
    // Round 2 of the peer ran in a slow period: 200 instead of ~1000.
    const sg = cell(800, 820, 790);
    const peer = cell(1000, 200, 1000);
    expect(pairedRatio(sg, peer)).toBe(0.8);
    // The headline ratio of medians is left as it was: 800 / 1000.
    expect(ratios({ search: { storygraph: sg, cypher: peer } }).search).toMatchObject({ throughputVsCypher: 0.8, pairedThroughputVsCypher: 0.8 });
  });

  it('pairs round i with round i, not the medians', () => {
    const sg = cell(500, 900, 1000);
    const peer = cell(1000, 1000, 500);
    // Ratios 0.5, 0.9, 2: median 0.9; the ratio of medians is 900 / 1000 = 0.9 too, but from other rounds.
    expect(pairedRatio(sg, peer)).toBe(0.9);
    expect(pairedRatio(cell(100, 300), cell(200, 200))).toBe(1);
  });

  it('differs from the ratio of medians when the rounds disagree', () => {
    // Paired: 0.5, 1.2, 0.7 -> 0.7; the ratio of medians: 600 / 1000 = 0.6.
    const sg = cell(500, 600, 700);
    const peer = cell(1000, 500, 1000);
    expect(pairedRatio(sg, peer)).toBe(0.7);
    expect(ratios({ search: { storygraph: sg, cypher: peer } }).search).toMatchObject({ throughputVsCypher: 0.6, pairedThroughputVsCypher: 0.7 });
  });

  it('is null without a complete pair', () => {
    expect(pairedRatio(cell(100), undefined)).toBeNull();
    expect(pairedRatio(cell(100), cell(0))).toBeNull();
  });
});
