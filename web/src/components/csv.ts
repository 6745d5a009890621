/** RFC 4180 CSV: every field quoted, quotes doubled, so commas and newlines in claim text survive. */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return rows.map((row) => row.map((v) => `"${String(v ?? '').replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
}
