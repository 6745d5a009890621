import { loadConfig } from '../../../src/config/env';
import { defaultPageCache, machineMemory, maxHeapBytes } from '../../../src/config/page-cache';

const GIB = 2 ** 30;

describe('the embedded Neo4j page cache default (Neo4j heuristic)', () => {
  it('is half of the memory the heap leaves', () => {
    expect(defaultPageCache(24 * GIB, '-Xms256m -Xmx1g')).toBe(`${(23 * 1024) / 2}m`);
    expect(defaultPageCache(8 * GIB, '-Xmx2048m')).toBe('3072m');
  });

  it('is at least 32 MiB and at most 70 times the heap and 20 GiB', () => {
    expect(defaultPageCache(1 * GIB, '-Xmx1g')).toBe('32m');
    expect(defaultPageCache(64 * GIB, '-Xmx256m')).toBe(`${70 * 256}m`);
    expect(defaultPageCache(256 * GIB, '-Xmx8g')).toBe(`${20 * 1024}m`);
  });

  it('reads the heap from -Xmx, or takes the JVM default (a quarter of the memory) without one', () => {
    expect(maxHeapBytes('-Xms256m', 16 * GIB)).toBe(4 * GIB);
    expect(maxHeapBytes('-Xms256m -Xmx1500m -XX:+UseG1GC', 16 * GIB)).toBe(1500 * 2 ** 20);
  });

  it('applies when NEO4J_EMBEDDED_PAGE_CACHE is unset, and follows NEO4J_EMBEDDED_JAVA_OPTS', () => {
    expect(loadConfig({ NEO4J_EMBEDDED_PAGE_CACHE: '256m' }).embedded.pageCache).toBe('256m');
    const small = loadConfig({ NEO4J_EMBEDDED_JAVA_OPTS: '-Xmx64m' }).embedded.pageCache;
    const large = loadConfig({ NEO4J_EMBEDDED_JAVA_OPTS: '-Xmx4g' }).embedded.pageCache;
    expect(small).toMatch(/^\d+m$/);
    // 70 x 64 MiB caps the small heap's page cache; the large heap's is set by the machine's memory.
    expect(Number.parseInt(small, 10)).toBeLessThanOrEqual(70 * 64);
    expect(large).toBe(defaultPageCache(machineMemory(), '-Xmx4g'));
  });
});
