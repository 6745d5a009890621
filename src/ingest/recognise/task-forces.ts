import type { EntityMention } from './entity-mention';
import { SENTENCE_OPENERS } from './name-cue-words';
import { isCapitalised, Token } from './text-tokens';

/** Words that make a task force's own name a police or intelligence body's: "Joint Terrorism Task Force", "Police Task Force". */
const POLICE_WORK_WORDS = new Set([
  'police',
  'intelligence',
  'counterintelligence',
  'investigation',
  'investigations',
  'terrorism',
  'counterterrorism',
  'crime',
]);

/** Verbs that put a task force under a service right after its name: "…, led by the Australian Federal Police". */
const LED = new Set(['led', 'run', 'headed', 'coordinated', 'established', 'created']);

const OPENERS = new Set(['the', 'a', 'an']);

export interface TaskForce {
  from: number;
  to: number;
  /** The known agency that leads it, whose country it takes. */
  leader?: EntityMention;
}

/** "Task Force" or "Taskforce" ending at token i (inclusive): its first token, or -1. */
function taskForceStart(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!isCapitalised(t)) return -1;
  if (t.key === 'taskforce') return i;
  return t.key === 'force' && tokens[i - 1]?.key === 'task' && isCapitalised(tokens[i - 1]) && !t.breakBefore ? i - 1 : -1;
}

/** The known agency whose possessive ends right before the name: "the Federal Police's Car Wash Task Force". */
function ownerBefore(tokens: readonly Token[], from: number, knownAgencies: readonly EntityMention[]): EntityMention | undefined {
  if (!tokens[from - 1]?.possessive) return undefined;
  return knownAgencies.find((m) => m.to === from && m.entity.countryCode);
}

/** The known agency a "led by (the) …" right after the name points at. */
function leaderAfter(tokens: readonly Token[], to: number, knownAgencies: readonly EntityMention[]): EntityMention | undefined {
  for (let k = to; k < to + 3 && k < tokens.length; k++) {
    if (!LED.has(tokens[k].key) || tokens[k + 1]?.key !== 'by') continue;
    const at = tokens[k + 2]?.key === 'the' ? k + 3 : k + 2;
    return knownAgencies.find((m) => m.from === at && m.entity.countryCode);
  }
  return undefined;
}

/**
 * A task force is a police or intelligence body when its name says so ("Joint Terrorism Task Force") or
 * a known agency leads it ("the Counter Foreign Interference Taskforce, led by the Australian Federal
 * Police") or owns it ("the Federal Police's Car Wash Task Force"); otherwise it is an army's or a
 * government's ("Rivers State Internal Security Task Force, commanded by Maj. …") and no agency. Every
 * task force's tokens are returned, so no other rule reads them.
 */
export function findTaskForces(
  tokens: readonly Token[],
  isFree: (i: number) => boolean,
  knownAgencies: readonly EntityMention[],
): { agencies: TaskForce[]; others: TaskForce[] } {
  const agencies: TaskForce[] = [];
  const others: TaskForce[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = taskForceStart(tokens, i);
    if (head < 0 || !isFree(i) || !isFree(head)) continue;
    let from = head;
    while (from > 0 && head - from < 5 && isFree(from - 1) && isCapitalised(tokens[from - 1]) && !tokens[from].breakBefore && !tokens[from - 1].possessive)
      from--;
    while (from < head && (OPENERS.has(tokens[from].key) || SENTENCE_OPENERS.has(tokens[from].key))) from++;
    // "the Victoria Police's Task Force Lorimer": a task force named after its head is left to the rules for owned units.
    if (from === head) continue;
    const leader = leaderAfter(tokens, i + 1, knownAgencies) ?? ownerBefore(tokens, from, knownAgencies);
    const named = tokens.slice(from, head).some((t) => POLICE_WORK_WORDS.has(t.key));
    (leader || named ? agencies : others).push({ from, to: i + 1, leader });
  }
  return { agencies, others };
}
