/** Words after "U.S." that make the name a branch of the American state: its government, armed services and agencies. */
const GOVERNMENT_WORDS = [
  'Navy',
  'Army',
  'Air Force',
  'Marine Corps',
  'Marines',
  'Coast Guard',
  'Space Force',
  'National Guard',
  'Armed Forces',
  'Forces',
  'Military',
  'Department',
  'Agency',
  'Government',
  'Congress',
  'Senate',
  'House',
  'Treasury',
  'Embassy',
  'Consulate',
  'Mission',
  'Secret Service',
  'Customs',
  'Border Patrol',
  'Marshals',
  'Attorney',
  'Court',
  'Supreme Court',
  'Office',
  'Bureau',
  'Commission',
];

/** "U.S. Army", "US Agency for International Development": the country abbreviation opening a state body's name ("US Airways" is a company's). */
const US_OPENING = new RegExp(`^(?:U\\.S\\.A?\\.?|USA?)\\s+(?=(?:${GOVERNMENT_WORDS.join('|')})\\b)`, 'u');

/**
 * The name an unknown organisation is stored under: "U.S. Navy" and "United States Navy" are one
 * body, so the abbreviation opening a state body is written out ("United States Navy"); any other
 * name is kept as written ("US Airways", "USA Gymnastics").
 */
export function withUsSpelledOut(written: string): string {
  return written.replace(US_OPENING, 'United States ');
}
