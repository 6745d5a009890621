import type { EntityMention } from './entity-mention';
import type { IndexedRole } from './role-index';
import { RoleLookup, roleLookup } from './role-lookup';
import { isCapitalised, Token } from './text-tokens';

/** Something a role is "of", found in the text: a country mention, or an agency/organisation mention. */
export interface RoleTargetMention {
  from: number;
  to: number;
  country?: string;
  entityId?: string;
}

export interface RoleDateContext {
  /** The story's date, YYYY-MM-DD: "the Mexican president" is whoever held the office then. */
  date: string;
  /** The claim's "As of" date (YYYY, YYYY-MM or YYYY-MM-DD), which takes precedence. */
  asOf?: string;
}

interface Period {
  start: string;
  end: string;
}

const QUALIFIERS = new Set(['new', 'current', 'acting', 'interim', 'incoming', 'outgoing', 'then', 'former', 'ex', 'late', 'previous', 'sitting']);
const PAST = new Set(['former', 'ex', 'late', 'previous']);
/** Words before a role that make it a kind, not its holder: "the only U.S. president to resign", "every Mexican president". */
const GENERIC = new Set(['only', 'first', 'last', 'any', 'every', 'each', 'no', 'another', 'sole', 'future', 'successive']);

function periodOf(partial: string): Period {
  if (/^\d{4}$/.test(partial)) return { start: `${partial}-01-01`, end: `${partial}-12-31` };
  if (/^\d{4}-\d{2}$/.test(partial)) return { start: `${partial}-01`, end: `${partial}-31` };
  return { start: partial, end: partial };
}

/** "then-President" refers to the time of the events: the claim's As of, or a year in the same sentence. */
function eventPeriod(text: string, tokens: readonly Token[], at: number, ctx: RoleDateContext): Period | undefined {
  if (ctx.asOf) return periodOf(ctx.asOf);
  let first = at;
  while (first > 0 && !tokens[first].sentenceStart) first--;
  let last = at;
  while (last + 1 < tokens.length && !tokens[last + 1].sentenceStart) last++;
  const year = /\b(?:in|since|during|by)\s+((?:19|20)\d{2})\b/i.exec(text.slice(tokens[first].start, tokens[last].end));
  return year ? periodOf(year[1]) : undefined;
}

/** Holder of one of the roles during the period; on a handover day, the incoming one. */
function holder(roles: IndexedRole[], period: Period): IndexedRole | undefined {
  const holding = roles.filter((r) => (r.role.from ?? '0000') <= period.end && (r.role.to ?? '9999') >= period.start);
  const people = new Set(holding.map((r) => r.person.id));
  if (people.size <= 1) return holding[0];
  if (period.start !== period.end) return undefined;
  return [...holding].sort((a, b) => (b.role.from ?? '').localeCompare(a.role.from ?? ''))[0];
}

function wordsAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.key === w && (k === 0 || !tokens[i + k].breakBefore));
}

interface Phrase {
  from: number;
  to: number;
  roles: IndexedRole[];
}

/** "<target> [qualifier] <title>" ("Iran's supreme leader", "CIA director") and "<title> of [the] <target>". */
function phrasesFor(tokens: readonly Token[], target: RoleTargetMention, lookup: RoleLookup): Phrase[] {
  const roles = lookup.rolesOf(target);
  if (roles.length === 0) return [];
  const spellings = lookup.spellings;
  const phrases: Phrase[] = [];
  const after = tokens[target.to] && QUALIFIERS.has(tokens[target.to].key) ? target.to + 1 : target.to;
  const longestAfter = !lookup.titleMayStartWith(tokens[after]?.key)
    ? 0
    : Math.max(
        0,
        ...roles.flatMap((r) =>
          spellings(r)
            .filter((s) => wordsAt(tokens, after, s))
            .map((s) => s.length),
        ),
      );
  if (longestAfter > 0) {
    const matching = roles.filter((r) => spellings(r).some((s) => s.length === longestAfter && wordsAt(tokens, after, s)));
    phrases.push({ from: target.from, to: after + longestAfter, roles: matching });
  }
  const ofAt = tokens[target.from - 1]?.key === 'the' ? target.from - 2 : target.from - 1;
  if (tokens[ofAt]?.key === 'of' && lookup.titleMayEndWith(tokens[ofAt - 1]?.key)) {
    const matching = roles.filter((r) => spellings(r).some((s) => ofAt - s.length >= 0 && wordsAt(tokens, ofAt - s.length, s)));
    const start = Math.min(
      ...matching.flatMap((r) =>
        spellings(r)
          .filter((s) => wordsAt(tokens, ofAt - s.length, s))
          .map((s) => ofAt - s.length),
      ),
    );
    if (matching.length > 0) phrases.push({ from: start, to: target.to, roles: matching });
  }
  return phrases;
}

/** Titles that stand alone and name a country's office: "the Director of National Intelligence". */
function standalonePhrases(tokens: readonly Token[], lookup: RoleLookup): Phrase[] {
  const phrases: Phrase[] = [];
  tokens.forEach((token, i) => {
    const matching = lookup.standaloneOpenedBy(token.key).filter((r) => wordsAt(tokens, i, r.keyword));
    if (matching.length > 0) phrases.push({ from: i, to: i + matching[0].keyword.length, roles: matching });
  });
  return phrases;
}

/**
 * Role phrases that name a person without naming them: "a new Mexican president", "Iran's supreme
 * leader", "head of the HUR". Resolved with the dated roles in seeds/reference/people.json for the claim's As-of
 * date or the story's date; "then-…" needs the events' date; "former …" is left alone (ambiguous); a
 * phrase followed by a name ("Venezuelan President Nicolás Maduro") is left to the name.
 */
export function findRolePhrases(
  text: string,
  tokens: readonly Token[],
  targets: readonly RoleTargetMention[],
  startsName: (i: number) => boolean,
  ctx: RoleDateContext,
  index: readonly IndexedRole[],
): EntityMention[] {
  const found: EntityMention[] = [];
  const lookup = roleLookup(index);
  const phrases = [...targets.flatMap((t) => phrasesFor(tokens, t, lookup)), ...standalonePhrases(tokens, lookup)];
  for (const phrase of phrases) {
    const next = tokens[phrase.to];
    const nameFollows =
      next && isCapitalised(next) && (!next.breakBefore || (text.slice(tokens[phrase.to - 1].end, next.start).trim() === ',' && startsName(phrase.to)));
    if (nameFollows) continue;
    const inner = tokens.slice(phrase.from, phrase.to).map((t) => t.key);
    const before = [tokens[phrase.from - 1]?.key, ...inner];
    if (before.some((w) => w !== undefined && PAST.has(w))) continue;
    if (GENERIC.has(tokens[phrase.from - 1]?.key ?? '')) continue;
    const period = before.includes('then') ? eventPeriod(text, tokens, phrase.from, ctx) : periodOf(ctx.asOf ?? ctx.date);
    const role = period && holder(phrase.roles, period);
    if (role) found.push({ id: role.person.id, entity: role.person.draft, from: phrase.from, to: phrase.to });
  }
  return found;
}
