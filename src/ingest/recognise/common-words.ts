import nlp from 'compromise';

/** compromise's lexicon tags for names, not common words. */
const NAME_TAGS = new Set([
  'FemaleName',
  'MaleName',
  'FirstName',
  'LastName',
  'Person',
  'City',
  'Country',
  'Region',
  'Place',
  'Organization',
  'SportsTeam',
  'ProperNoun',
  'Honorific',
]);

/** Endings of English derived words: "Nationalist", "Amusement", "Liberation", "Gaming", "Revolutionary". */
const DERIVED_ENDING = /(?:ist|ism|ment|tion|sion|ing|al|ic|ive|ary|ory|ous|ity|ance|ence|ure|ship|hood|ness|ery)$/;

let lexicon: Record<string, string | string[]> | undefined;

/**
 * Whether a folded word is a common English word (in compromise's lexicon as something other than a
 * name, or derived with an English ending) rather than a name of its own ("Fars", "Yonhap", "Anadolu").
 */
export function isCommonWord(key: string): boolean {
  lexicon ??= (nlp as unknown as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  const tags = lexicon[key];
  if (tags !== undefined) return (Array.isArray(tags) ? tags : [tags]).some((t) => !NAME_TAGS.has(t));
  return DERIVED_ENDING.test(key);
}
