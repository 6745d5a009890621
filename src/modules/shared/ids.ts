import crypto from 'node:crypto';

/** Letters NFKD does not decompose into ASCII. */
const LETTERS: Record<string, string> = { ı: 'i', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', đ: 'd', Đ: 'd', ð: 'd', þ: 'th' };

/** Lowercase ASCII, accents folded: "López Obrador" and "Lopez Obrador" get one key. */
export function foldKey(text: string): string {
  return text
    .replace(/[ıøØłŁßæÆœŒđĐðþ]/g, (c) => LETTERS[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function slug(text: string, max = 80): string {
  const s = foldKey(text).replace(/ /g, '-');
  return s.length <= max ? s : s.slice(0, max).replace(/-[^-]*$/, '');
}

function hash(text: string, length = 12): string {
  return crypto.createHash('sha1').update(text).digest('hex').slice(0, length);
}

/** Stable, readable ids: the same thing gets the same id in every story and every replay. */
export const ids = {
  country: (code: string) => `country:${code.toUpperCase()}`,
  agency: (countryCode: string | undefined, acronymOrName: string) => `agency:${countryCode ? `${countryCode.toLowerCase()}-` : ''}${slug(acronymOrName, 60)}`,
  person: (name: string) => `person:${slug(name, 60)}`,
  organization: (name: string) => `org:${slug(name, 60)}`,
  group: (name: string) => `group:${slug(name, 60)}`,
  topic: (name: string) => `topic:${slug(name, 60)}`,
  story: (publishedAt: string, title: string) => `story:${publishedAt.slice(0, 10)}-${slug(title, 60)}`,
  source: (publisher: string | undefined, title: string) => `source:${publisher ? `${slug(publisher, 30)}/` : ''}${slug(title, 60)}`,
  claim: (storyId: string, text: string) => `claim:${hash(`${storyId}\n${foldKey(text)}`)}`,
};
