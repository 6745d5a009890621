import { isCalendarDate } from '../../modules/shared/validators';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';

function monthNumber(name: string): string {
  const index = MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3)));
  return String(index + 1).padStart(2, '0');
}

function isoDate(year: string, month: string, day: string): string | undefined {
  const iso = `${year}-${monthNumber(month)}-${day.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}

const MONTH_DAY_YEAR = new RegExp(`^${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i');
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})$`, 'i');
const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i;

/** "December 08, 2025", "Dec. 8 2025", "8 December 2025", "2025-12-08" → "2025-12-08"; anything else or an impossible date → undefined. */
export function parseCardDate(line: string): string | undefined {
  const text = line.trim().replace(WEEKDAY, '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isCalendarDate(text) ? text : undefined;
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return isoDate(mdy[3], mdy[1], mdy[2]);
  const dmy = DAY_MONTH_YEAR.exec(text);
  return dmy ? isoDate(dmy[3], dmy[2], dmy[1]) : undefined;
}

export type AsOf = { asOf?: string } | { invalid: string };

const AS_OF = new RegExp(`\\bas of\\s+(?:${MONTH}\\s+(?:(\\d{1,2}),?\\s+)?)?(\\d{4})\\b`, 'i');

/**
 * Only an explicit "As of <Month> <YYYY>" (→ YYYY-MM), "As of <YYYY>" (→ YYYY) or "As of <Month> <D>,
 * <YYYY>" (→ YYYY-MM-DD) dates a claim; "as of late 2024" or a bare year elsewhere does not.
 */
export function asOfIn(text: string): AsOf {
  const m = AS_OF.exec(text);
  if (!m) return {};
  const [phrase, month, day, year] = m;
  if (!month) return { asOf: year };
  if (!day) return { asOf: `${year}-${monthNumber(month)}` };
  const date = isoDate(year, month, day);
  return date ? { asOf: date } : { invalid: phrase };
}
