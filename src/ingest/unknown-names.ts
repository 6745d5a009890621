import nlp from 'compromise';
import { EntityType } from '../modules/shared/enums';
import { capitalNamed } from './country-forms';
import { CALENDAR, CONNECTORS, FAMILY_CUES, ORG_HEADS, ORGANIZATION_CUES, PARTICLES, PERSON_CUES, SPEECH_VERBS, TITLES } from './name-cue-words';
import { isCapitalised, spanText, Token } from './text-tokens';

/** A person or organisation not in the reference data, found from capitalisation, context and compromise's tags. */
export interface UnknownName {
  type: EntityType.PERSON | EntityType.ORGANIZATION;
  name: string;
  from: number;
  to: number;
}

interface NlpTerm {
  tags: string[];
  offset: { start: number; length: number };
}

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific'];

/** compromise's tags per token, aligned by character offsets. */
function tagsByToken(text: string, tokens: readonly Token[]): Array<Set<string>> {
  const tags = tokens.map(() => new Set<string>());
  const sentences = nlp(text).json({ offset: true }) as Array<{ terms: NlpTerm[] }>;
  for (const term of sentences.flatMap((s) => s.terms)) {
    const start = term.offset.start;
    const end = start + term.offset.length;
    tokens.forEach((t, i) => {
      if (t.start < end && t.end > start) term.tags.forEach((tag) => tags[i].add(tag));
    });
  }
  return tags;
}

/** Maximal runs of capitalised words (with particles and connectors inside), stopping at anything known. */
function capitalisedRuns(tokens: readonly Token[], isFree: (i: number) => boolean): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isFree(i) || !isCapitalised(tokens[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && isFree(end) && !tokens[end].breakBefore && !tokens[end - 1].possessive) {
      const t = tokens[end];
      const inner = PARTICLES.has(t.text) || CONNECTORS.has(t.text);
      if (!isCapitalised(t) && !(inner && tokens[end + 1] && isCapitalised(tokens[end + 1]) && isFree(end + 1))) break;
      end++;
    }
    runs.push([i, end]);
    i = end;
  }
  return runs;
}

/** "Security Secretary Omar García Harfuch": the name starts after the last title word that leaves two words. */
function afterTitles(tokens: readonly Token[], from: number, to: number): number {
  let start = from;
  for (let k = from; k < to - 2; k++) if (TITLES.has(tokens[k].key)) start = k + 1;
  while (start < to && TITLES.has(tokens[start].key)) start++;
  return start;
}

function previousWord(tokens: readonly Token[], from: number): Token | undefined {
  const before = tokens[from - 1];
  return before && !isCapitalised(before) ? before : undefined;
}

function personIn(text: string, tokens: readonly Token[], from: number, to: number, tags: () => Array<Set<string>>, accepted: UnknownName[]): UnknownName | undefined {
  const start = afterTitles(tokens, from, to);
  const words = tokens.slice(start, to);
  if (words.length < 2 || words.length > 5 || words[0].key === 'the') return undefined;
  if (words.some((t) => CONNECTORS.has(t.text) || ORG_HEADS.has(t.key) || CALENDAR.has(t.key) || capitalNamed(t.text))) return undefined;
  if (capitalNamed(spanText(text, tokens, start, to))) return undefined;

  const titled = start > from;
  const before = tokens[from - 1];
  const cued = PERSON_CUES.has(previousWord(tokens, from)?.key ?? '');
  const after = tokens[to];
  const speaks = !!after && SPEECH_VERBS.has(after.key);
  const coordinated = !!before && before.key === 'and' && accepted.some((p) => p.type === EntityType.PERSON && p.to === from - 1);
  // compromise tags "al" or "bin" as names even inside organisation names; the evidence must be a real word.
  const tagged = () => words.some((t) => !PARTICLES.has(t.text) && PERSON_TAGS.some((tag) => tags()[t.index].has(tag)));
  if (!(titled || cued || speaks || coordinated || tagged())) return undefined;
  return { type: EntityType.PERSON, name: spanText(text, tokens, start, to), from: start, to };
}

function organizationIn(text: string, tokens: readonly Token[], from: number, to: number): UnknownName | undefined {
  let start = from;
  while (start < to && (tokens[start].key === 'the' || TITLES.has(tokens[start].key))) start++;
  const headed = to - start >= 2 && ORG_HEADS.has(tokens[to - 1].key);
  const cued = to > start && ORGANIZATION_CUES.has(previousWord(tokens, start)?.key ?? '');
  return headed || cued ? { type: EntityType.ORGANIZATION, name: spanText(text, tokens, start, to), from: start, to } : undefined;
}

/** "brothers Peyman and Payam Kia": the lone first name takes the surname of the person after "and". */
function sharedSurname(tokens: readonly Token[], run: [number, number], people: UnknownName[]): UnknownName | undefined {
  const [from, to] = run;
  const partner = people.find((p) => p.from === to + 1 && p.to - p.from >= 2);
  if (to - from !== 1 || tokens[to]?.key !== 'and' || !partner) return undefined;
  if (!FAMILY_CUES.has(previousWord(tokens, from)?.key ?? '')) return undefined;
  return { type: EntityType.PERSON, name: `${tokens[from].text} ${tokens[partner.to - 1].text}`, from, to };
}

/**
 * Names the reference data does not know. A capitalised run is a person when compromise tags a
 * name in it, a title precedes it ("Interior Minister Nancy Faeser"), a cue word does ("reporter
 * Evan Gershkovich"), it speaks ("… said"), or it is coordinated with a person; it is an
 * organisation when it ends with an organisation word ("Electoral Commission").
 */
export function findUnknownNames(text: string, tokens: readonly Token[], isFree: (i: number) => boolean): UnknownName[] {
  const runs = capitalisedRuns(tokens, isFree);
  // compromise is by far the slowest step: tag only when cheaper evidence did not settle a name.
  let cached: Array<Set<string>> | undefined;
  const tags = () => (cached ??= tagsByToken(text, tokens));
  const found: UnknownName[] = [];
  for (const [from, to] of runs) {
    const organization = organizationIn(text, tokens, from, to);
    if (organization) {
      found.push(organization);
      continue;
    }
    const parts = splitAtConnectors(tokens, from, to);
    const unnamed: Array<[number, number]> = [];
    for (const [start, end] of parts) {
      const person = personIn(text, tokens, start, end, tags, found);
      if (person) found.push(person);
      else unnamed.push([start, end]);
    }
    for (const part of unnamed) {
      const sibling = sharedSurname(tokens, part, found);
      if (sibling) found.push(sibling);
    }
  }
  return found;
}

/** "Alexander Petrov and Ruslan Boshirov" is two names. */
function splitAtConnectors(tokens: readonly Token[], from: number, to: number): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || CONNECTORS.has(tokens[i].text)) {
      if (i > start) parts.push([start, i]);
      start = i + 1;
    }
  }
  return parts;
}
