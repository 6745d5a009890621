import { TLP_LEVELS } from './tlp';

/**
 * Cypher for the rank of a stored marking name, e.g. `CASE n.marking WHEN 'GREEN' THEN 1 … ELSE 0 END`.
 * The names come from TLP_LEVELS (never from input); a node without a marking ranks as CLEAR (0).
 */
export const rankOf = (expr: string): string =>
  `CASE ${expr} ${TLP_LEVELS.slice(1)
    .map((level, i) => `WHEN '${level}' THEN ${i + 1}`)
    .join(' ')} ELSE 0 END`;
