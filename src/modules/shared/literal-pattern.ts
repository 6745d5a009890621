/** `text` as a regular-expression source that matches it literally ("U.S." matches "U.S.", not "UxS."). */
export function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
