import os from 'node:os';

/**
 * The embedded Neo4j's page cache when NEO4J_EMBEDDED_PAGE_CACHE is unset, sized as Neo4j sizes its
 * own when none is configured (ConfiguringPageCacheFactory's heuristic): half of the memory the
 * heap leaves, at least 32 MiB, at most 70 times the heap and 20 GiB. Neo4j takes the memory only as
 * store pages are used, so a small store costs what it is. The fixed 128 MB used before is outgrown
 * by a large import (a 100k-card store is 1.8 GB): from about 28,000 generated cards on, evicting
 * dirty pages raised what the JVM wrote per card from 6 to 10 KB (bench/README.md, session 9).
 */
const MIB = 2 ** 20;
const UNITS: Record<string, number> = { '': 1, k: 2 ** 10, m: MIB, g: 2 ** 30, t: 2 ** 40 };

/** The memory this process may use: the machine's, or a container's limit when lower (as the JVM reads it). */
export function machineMemory(): number {
  const limit = process.constrainedMemory?.() ?? 0;
  return limit > 0 && limit < os.totalmem() ? limit : os.totalmem();
}

/** The JVM's maximum heap from its options (-Xmx), or the JVM's own default: a quarter of the memory. */
export function maxHeapBytes(javaOpts: string, totalMemory: number): number {
  const match = /(?:^|\s)-Xmx(\d+)([kmgt]?)(?=\s|$)/i.exec(javaOpts);
  return match ? Number(match[1]) * UNITS[match[2].toLowerCase()] : totalMemory / 4;
}

/** In MiB, as the launcher's --page-cache takes it: "11520m". */
export function defaultPageCache(totalMemory: number, javaOpts: string): string {
  const heap = maxHeapBytes(javaOpts, totalMemory);
  const bytes = Math.min(Math.max((totalMemory - heap) / 2, 32 * MIB), 70 * heap, 20 * 2 ** 30);
  return `${Math.floor(bytes / MIB)}m`;
}
