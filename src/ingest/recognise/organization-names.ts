/** "U.S. Army", "US Agency for International Development": the country abbreviation that opens a body's name, written out. */
const US_OPENING = /^(?:U\.S\.A?\.?|USA?)\s+(?=\p{Lu})/u;

/**
 * The name an unknown organisation is stored under: "U.S. Navy" and "United States Navy" are one
 * body, so the abbreviation is written out ("United States Navy"); any other name is kept as written.
 */
export function organizationName(written: string): string {
  return written.replace(US_OPENING, 'United States ');
}
