import path from 'node:path';
import { loadLabelledCards, precision, recall, Score, scoreCards, SCORED_TYPES, scoreTable, ScoredType } from '../../../src/ingest/assemble/recognition-score';
import { storyFromCard } from '../../../src/ingest/assemble/story-source';
import { EntityType } from '../../../src/modules/shared/enums';

/**
 * Recognition on whole story cards, through the importer's own cardToStoryInput.
 * All ten labelled sets here are development sets now: tests/fixtures/ner-dev, and tests/fixtures/ner-heldout,
 * ner-heldout-2, ner-heldout-3, ner-heldout-4, ner-heldout-5, ner-heldout-6, ner-heldout-7, ner-heldout-8 and ner-heldout-9, which were held out until each was scored once and have
 * since been tuned on (rules and reference entries for the class of each miss, never the one card). Their
 * scores therefore overstate unseen cards. Set 4 was first scored at 0.979 / 0.979 (countries), 0.925 /
 * 0.886 (agencies) and 0.948 / 0.920 (people) while unseen (bench/results/ner-heldout-4-before.json), and
 * has been tuned on since. Set 5 (tests/fixtures/ner-heldout-5) was scored once, unseen, at the end of the
 * session that wrote it: 0.993 / 1.000 (countries), 0.900 / 0.892 (agencies), 0.951 / 0.904 (people)
 * (bench/results/ner-heldout-5-first.json; with the recogniser from before that session's tuning:
 * ner-heldout-5-before.json) and has been tuned on since. Set 6 (tests/fixtures/ner-heldout-6) was scored
 * once, unseen, after that: 1.000 / 0.991 (countries), 0.947 / 0.806 (agencies), 0.957 / 0.896 (people)
 * (bench/results/ner-heldout-6.json, ner-heldout-6-before.json with the code from before the session);
 * it has been tuned on since. Set 7 (tests/fixtures/ner-heldout-7) was written unseen in the seventh round and scored once
 * at its end: 0.992 / 0.992 (countries), 0.880 / 0.846 (agencies), 0.934 / 0.939 (people) (bench/results/ner-heldout-7.json;
 * ner-heldout-7-first.json; ner-heldout-7-before.json with the code from before that round); it is a development set
 * since. Set 8 (tests/fixtures/ner-heldout-8) was written unseen in the eighth round and scored once at its end: 0.970 / 0.990
 * (countries), 0.941 / 0.928 (agencies), 0.968 / 0.922 (people), topic lines 42 / 43 (bench/results/ner-heldout-8.json;
 * ner-heldout-8-before.json with the code from before that round); it has been tuned on since. Set 9
 * (tests/fixtures/ner-heldout-9) was written unseen in the ninth round and scored once at its end: 0.990 / 1.000 (countries),
 * 0.929 / 0.915 (agencies), 0.970 / 0.932 (people), topic lines 50 / 50 (bench/results/ner-heldout-9.json;
 * ner-heldout-9-before.json with the code from before that round); its floors are that first score, and it is a
 * development set from now on. Set 10 (tests/fixtures/ner-heldout-10) was written unseen in the tenth round and scored once,
 * with that round's start code and again with its tuned code (the same score): 1.000 / 1.000 (countries), 0.867 / 0.881
 * (agencies), 0.964 / 0.934 (people), topic lines 47 / 50 (bench/results/ner-heldout-10-before.json); it is a development set
 * since the eleventh round, which took its agencies to 0.967 / 0.983 and people to 0.982 / 0.956 (bench/results/ner-heldout-10.json).
 * Set 11 (tests/fixtures/ner-heldout-11) was written unseen in the eleventh round and scored once on arrival with that round's
 * start code: 0.976 / 1.000 (countries), 0.931 / 0.947 (agencies), 0.944 / 0.882 (people), topic lines 50 / 50
 * (bench/results/ner-heldout-11-before.json); after the round's set-10 work, still unstudied, 0.949 / 0.886 people, the rest the same
 * (bench/results/ner-heldout-11.json as of commit c7fde73). It is a development set since: its classes took it to 1.000 / 1.000 (countries), 0.932 / 0.965
 * (agencies), 0.965 / 0.915 (people), and its floors are that development score.
 * Set 12 (tests/fixtures/ner-heldout-12) was written unseen in the twelfth round and is a development set since the thirteenth, set 13
 * likewise since the fourteenth (their floors below).
 * Organisations have no target; since session 14's organisation classes (docs/recognition.md) every set has organisation floors at
 * its development score then, rounded down (set 14's at 79/82, 79/112 = 0.963 / 0.705; sets 1–13 in the document's table).
 * The next held-out set is scored by whoever adds it, never here while tuning.
 * Same numbers as `node dist/scripts/score-ner.js <dir>` (bench/results/ner-*.json).
 */
const fixtures = path.join(__dirname, '../../fixtures');
const development = loadLabelledCards(path.join(fixtures, 'ner-dev'));

interface Floor {
  precision: number;
  recall: number;
}

/**
 * Floors at what the sets reached after tuning on them (rounded down), so a change that loses
 * recognition fails. The issue's targets on unseen cards are 0.98 (countries), 0.95 (agencies) and
 * 0.90 (people); these sets, once held out, were first scored at 0.96 / 0.92 (countries), 0.93 / 0.86
 * (agencies) and 0.95 / 0.88 (people) on set 3 before this round.
 */
const HELD_OUT_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 0.99, recall: 0.99 },
  [EntityType.AGENCY]: { precision: 0.98, recall: 0.98 },
  [EntityType.PERSON]: { precision: 0.98, recall: 0.97 },
  [EntityType.ORGANIZATION]: { precision: 0.97, recall: 0.75 },
};
const HELD_OUT_2_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 0.99, recall: 0.99 },
  [EntityType.AGENCY]: { precision: 0.98, recall: 0.98 },
  [EntityType.PERSON]: { precision: 0.98, recall: 0.97 },
  [EntityType.ORGANIZATION]: { precision: 0.95, recall: 0.8 },
};
const HELD_OUT_3_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 0.99, recall: 0.99 },
  [EntityType.AGENCY]: { precision: 0.98, recall: 0.96 },
  // People 0.988 / 0.988 after the twelfth round's classes (kin named by a given name without commas, cover names).
  [EntityType.PERSON]: { precision: 0.98, recall: 0.98 },
  [EntityType.ORGANIZATION]: { precision: 0.91, recall: 0.87 },
};
/** Set 4 after tuning on it (1.000 / 1.000, 0.986 / 1.000; people untouched at 0.948 / 0.920), rounded down. */
const HELD_OUT_4_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 0.99, recall: 0.99 },
  [EntityType.AGENCY]: { precision: 0.98, recall: 0.99 },
  // People 0.948 / 0.920 when first scored; 0.989 / 0.967 after the people classes of the seventh round (titles, lists, appositions, non-people names);
  // 0.993 / 0.975 after the eighth's (monarchs and popes by one name); 0.993 / 0.985 after the twelfth's (kin by given name).
  [EntityType.PERSON]: { precision: 0.99, recall: 0.98 },
  [EntityType.ORGANIZATION]: { precision: 0.89, recall: 0.8 },
};
const HELD_OUT_5_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 0.99, recall: 0.99 },
  // First score 0.900 / 0.892; 0.923 / 0.973 after adding sub-national forces, units, bare short forms and held-in places as classes;
  // 0.948 / 0.991 in the seventh round (its scorer, one reference agency's spellings as one, alone took 0.923 / 0.973 to 0.940 / 0.991);
  // 0.965 / 0.991 in the twelfth ("<Demonym> intelligence officers" describe people, no agency). Session 14 relabelled 5 cards to
  // LABELLING.md (0.965 / 0.948 on the new labels) and its national-police rules read 4 of them: 0.966 / 0.983 (114/118, 114/116); the
  // fifth, "the Ryazan police", is a city no list knows, so the recall floor is one label lower than before, on more labels.
  [EntityType.AGENCY]: { precision: 0.96, recall: 0.98 },
  // People first 0.951 / 0.904; 0.986 / 0.960 after the seventh round's people classes; 0.993 / 0.980 after the eighth's (kin named by a given name, quoted slogans).
  [EntityType.PERSON]: { precision: 0.99, recall: 0.98 },
  [EntityType.ORGANIZATION]: { precision: 0.87, recall: 0.74 },
};

const HELD_OUT_6_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 0.99, recall: 0.99 },
  // Agencies first 0.947 / 0.806; 1.000 / 0.985 after the seventh round's agency classes and the one-agency-many-spellings scorer.
  [EntityType.AGENCY]: { precision: 0.99, recall: 0.98 },
  // People first 0.957 / 0.896; 0.983 / 0.994 after the seventh round's people classes.
  [EntityType.PERSON]: { precision: 0.98, recall: 0.98 },
  [EntityType.ORGANIZATION]: { precision: 0.9, recall: 0.69 },
};

/** The first score of set 7, unseen (bench/results/ner-heldout-7.json), rounded down; people after tuning on it. */
const HELD_OUT_7_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 0.99, recall: 0.99 },
  // 0.988 / 1.000 (80/81, 80/80) since session 15 (two labels brought in line with LABELLING.md: the Comoros' Presidential
  // Guard an agency, "handed to Libyan intelligence" the collective).
  [EntityType.AGENCY]: { precision: 0.98, recall: 0.98 },
  // People first 0.934 / 0.939; 0.983 / 0.989 after the eighth round's people classes.
  [EntityType.PERSON]: { precision: 0.98, recall: 0.98 },
  // 0.793 (73/92) in session 14, when the recogniser took the Comoros' "Presidential Guard" as an agency and set 7 still labelled it
  // an organisation; 0.826 (71/86) since session 15 relabelled it (LABELLING.md convention 4) and organisations were read by class.
  [EntityType.ORGANIZATION]: { precision: 0.93, recall: 0.82 },
};

/** The first score of set 8, unseen (bench/results/ner-heldout-8.json), rounded down; then as tuned on in the ninth round. */
const HELD_OUT_8_FLOORS: Partial<Record<ScoredType, Floor>> = {
  // Countries first 0.970 / 0.990; 1.000 / 0.990 after the ninth round's country precision classes.
  [EntityType.COUNTRY]: { precision: 0.99, recall: 0.98 },
  // First score 0.941 / 0.928; 1.000 / 1.000 after the ninth round's agency classes (places' countries, police with and without their head,
  // the headline's country for a shared name, reference entries); floors left one label under it, for changes merged beside them.
  [EntityType.AGENCY]: { precision: 0.98, recall: 0.98 },
  // People first 0.968 / 0.922; 0.988 / 0.958 after the ninth round's people classes; 0.988 / 0.964 after the twelfth's.
  [EntityType.PERSON]: { precision: 0.98, recall: 0.96 },
  [EntityType.ORGANIZATION]: { precision: 0.96, recall: 0.87 },
};

/**
 * Set 11 as a development set, rounded down (bench/results/ner-heldout-11.json): 81/81, 81/81; 55/59, 55/57; 193/200, 193/211. Its first
 * score, unseen, stays in bench/results/ner-heldout-11-before.json (81/83, 81/81; 54/58, 54/57; 186/197, 186/211).
 */
const HELD_OUT_11_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 1, recall: 1 },
  // Twelfth round: agencies 0.983 / 1.000 (57/58, 57/57), people 0.985 / 0.953 (201/204, 201/211); thirteenth: people 0.985 / 0.962
  // (203/206, 203/211: one name after an office title, "President Suharto", "Lt. Col. Hartomo").
  [EntityType.AGENCY]: { precision: 0.98, recall: 1 },
  [EntityType.PERSON]: { precision: 0.98, recall: 0.96 },
  [EntityType.ORGANIZATION]: { precision: 0.91, recall: 0.81 },
};

/**
 * The first score of set 9, unseen (the README's "held-out 9 first score" column), rounded down: 95/96, 95/95; 65/70, 65/71;
 * 191/197, 191/205; agencies and people since raised to its development score.
 */
const HELD_OUT_9_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 0.98, recall: 1 },
  // Twelfth round, tuned on: agencies 0.972 / 0.986 (70/72, 70/71), people 0.985 / 0.971 (199/202, 199/205).
  [EntityType.AGENCY]: { precision: 0.97, recall: 0.98 },
  [EntityType.PERSON]: { precision: 0.98, recall: 0.97 },
  [EntityType.ORGANIZATION]: { precision: 0.91, recall: 0.76 },
};

/** The first score of set 10, unseen (bench/results/ner-heldout-10-before.json), rounded down: 92/92, 92/92; 52/60, 52/59; 212/220, 212/227. */
const HELD_OUT_10_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 1, recall: 1 },
  // Agencies first 0.867 / 0.881; 0.917 / 0.932 with the scorer counting a card's "Name (ACR)" as one agency, 0.967 / 0.983 (58/60,
  // 58/59) after the eleventh round's agency classes; 1.000 / 0.983 (58/58) after the twelfth's; 1.000 / 1.000 (62/62) in session
  // 14, with 3 labels added to LABELLING.md's convention 1 and read by its national-police rule.
  [EntityType.AGENCY]: { precision: 1, recall: 1 },
  // People first 0.964 / 0.934; 0.982 / 0.956 (217/221, 217/227) after the eleventh round's people classes and the scorer counting
  // two spellings of one reference person as one; 0.987 / 0.978 (222/225, 222/227) after the twelfth round's.
  [EntityType.PERSON]: { precision: 0.98, recall: 0.97 },
  [EntityType.ORGANIZATION]: { precision: 0.92, recall: 0.8 },
};

/**
 * Set 12 (tests/fixtures/ner-heldout-12): written unseen in the twelfth round and scored on arrival with that round's start code
 * (bench/results/ner-heldout-12-before.json: 99/99, 99/99; 51/54, 51/53; 181/193, 181/192), then at the round's end, still
 * unstudied, with the rules the round tuned on sets 1–11 (bench/results/ner-heldout-12-unseen.json): agencies 51/52, 51/53, the
 * rest the same. A development set since the thirteenth round, whose classes took it to agencies 1.000 / 1.000 (53/53) and people
 * 0.979 / 0.979 (188/192, 188/192; bench/results/ner-heldout-12.json); floors at that, rounded down.
 */
const HELD_OUT_12_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 1, recall: 1 },
  [EntityType.AGENCY]: { precision: 1, recall: 1 },
  [EntityType.PERSON]: { precision: 0.97, recall: 0.97 },
  [EntityType.ORGANIZATION]: { precision: 0.91, recall: 0.84 },
};

/**
 * Set 13 (tests/fixtures/ner-heldout-13): written unseen in the thirteenth round (44 of its 50 events from 2014–2025), scored on
 * arrival with the code of the twelfth round's end (bench/results/ner-heldout-13-before.json) and again at the thirteenth round's
 * end, still unstudied, with the rules that round tuned on sets 1–12 (bench/results/ner-heldout-13.json): the same both times,
 * countries 136/138, 136/136; agencies 67/74, 67/77; people 172/180, 172/178 (kept in bench/results/ner-heldout-13-unseen.json).
 * A development set since the fourteenth round, whose agency classes took it to 0.973 / 0.922 (71/73, 71/77); session 14 added 2
 * labels to LABELLING.md's convention 1 and its national-police rule took it to 0.974 / 0.962 (76/78, 76/79;
 * bench/results/ner-heldout-13.json); agency floors at that, rounded down, the rest at the unseen score.
 */
const HELD_OUT_13_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 0.98, recall: 1 },
  [EntityType.AGENCY]: { precision: 0.97, recall: 0.96 },
  [EntityType.PERSON]: { precision: 0.95, recall: 0.96 },
  [EntityType.ORGANIZATION]: { precision: 0.88, recall: 0.64 },
};

/**
 * Set 14 (tests/fixtures/ner-heldout-14): written unseen in the fourteenth round (25 events from 1955–2007, 25 from 2015–2025),
 * scored on arrival with the thirteenth round's rules (bench/results/ner-heldout-14-before.json) and again at the fourteenth
 * round's end, still unstudied, after it tuned agencies on sets 1–13: the same both times, its unseen score, countries
 * 107/108, 107/107; agencies 0.859 / 0.836 (61/71, 61/73); people 152/161, 152/159 (kept in bench/results/ner-heldout-14-unseen.json).
 * A development set since session 14, whose rules for every country (national police, place forces, generic names by the sentence's
 * country, a lone gendarmerie, presidential guards, armies' fighting units) took its agencies to 0.932 / 0.945 (69/74, 69/73;
 * bench/results/ner-heldout-14.json); agency floors at that, rounded down, the rest at the unseen score.
 */
const HELD_OUT_14_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 0.99, recall: 1 },
  // 0.973 / 0.973 (72/74, 72/74) since session 15 (a collective relabelled, a unit after its owner's possessive).
  [EntityType.AGENCY]: { precision: 0.97, recall: 0.97 },
  [EntityType.PERSON]: { precision: 0.94, recall: 0.95 },
  [EntityType.ORGANIZATION]: { precision: 0.96, recall: 0.72 },
};

/**
 * Sets 15 and 16 (tests/fixtures/ner-heldout-15, -16): written unseen in session 14 at the same time by two writers under the four
 * conventions of tests/fixtures/LABELLING.md (set 15 the Americas, Europe and Oceania, set 16 Asia, the Middle East and Africa;
 * 25 events before 2014 and 25 after in each), scored on arrival with session 13's rules (bench/results/ner-heldout-15-before.json,
 * -16-before.json) and again at session 14's end, still unstudied, after its rounds tuned agencies and organisations on sets
 * 1–14 and added 314 reference agencies (bench/results/ner-heldout-15-unseen.json, ner-heldout-16.json). Set 16 was scored once
 * more after the session's second round, which studied set 15 (set 15 is development data since; bench/results/ner-heldout-15.json):
 * no count changed. Set 16's floors are its unseen score, rounded down; its agencies are below the issue's target (0.95), and the
 * floor records where they are, not where they should be. Set 15's are its studied score where that is higher.
 */
const HELD_OUT_15_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 1, recall: 0.99 },
  // 0.930 / 0.870 (80/86, 80/92) on arrival; 0.944 / 0.913 (84/89, 84/92) at the end. Studied in session 14 (agency15): three
  // "<Demonym> intelligence" collectives relabelled to LABELLING.md took agencies to 0.978 / 0.916 (87/89, 87/95); a word hyphened
  // after a name ("-themed") took people from 0.968 / 0.962 (151/156, 151/157) to 0.974 / 0.968 (152/156, 152/157).
  // Session 15's capital forces, units after their owner's possessive and four reference entries: 0.989 / 0.979 (93/94, 93/95).
  [EntityType.AGENCY]: { precision: 0.98, recall: 0.97 },
  [EntityType.PERSON]: { precision: 0.97, recall: 0.96 },
  [EntityType.ORGANIZATION]: { precision: 0.82, recall: 0.66 },
};

const HELD_OUT_16_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 0.99, recall: 1 },
  // 0.939 / 0.954 (62/66, 62/65) on arrival and after each of session 14's two rounds (bench/results/ner-heldout-16-unseen.json).
  // Studied in session 15: 0.985 / 1.000 (66/67, 66/66; one label added to LABELLING.md, the Royal Malaysia Police acting).
  [EntityType.AGENCY]: { precision: 0.98, recall: 1 },
  [EntityType.PERSON]: { precision: 0.97, recall: 0.94 },
  [EntityType.ORGANIZATION]: { precision: 0.93, recall: 0.67 },
};

/**
 * Sets 17 and 18 (tests/fixtures/ner-heldout-17, -18): written unseen in session 15 at the same time by two writers under
 * tests/fixtures/LABELLING.md (set 17 the Americas, Europe and Oceania, set 18 Asia, the Middle East and Africa; 25 events before
 * 2014 and 25 after in each; 111 and 92 agency labels), scored on arrival with session 14's rules
 * (bench/results/ner-heldout-17-before.json, -18-before.json) and again at session 15's end, still unstudied, after its round
 * tuned agencies and organisations on sets 1–16 (ner-heldout-17-unseen.json, -18-unseen.json). Floors were that unseen score,
 * rounded down; both sets were studied in the session's second round, and the floors it raised say so line by line.
 */
const HELD_OUT_17_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 0.99, recall: 0.99 },
  // 1.000 / 0.919 (102/102, 102/111) on arrival; 1.000 / 0.928 (103/103, 103/111) at the end.
  [EntityType.AGENCY]: { precision: 1, recall: 0.92 },
  // People 0.961 / 0.967 unseen; 0.974 / 0.980 (150/154, 150/153) studied in session 15's second round (British ranks stripped).
  [EntityType.PERSON]: { precision: 0.97, recall: 0.98 },
  // 0.740 / 0.617 at the end; 0.800 / 0.645 (40/50, 40/62) after the second round (remits after "on the", titles' "of Police", 2 relabels).
  [EntityType.ORGANIZATION]: { precision: 0.8, recall: 0.64 },
};

const HELD_OUT_18_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 1, recall: 0.99 },
  // 0.918 / 0.848 (78/85, 78/92) on arrival and at the end.
  // 0.953 / 0.880 (81/85, 81/92) after the second round: one relabel (Soweto's 1976 force) and three reference names.
  [EntityType.AGENCY]: { precision: 0.95, recall: 0.88 },
  // People 0.944 / 0.933 unseen; 0.956 / 0.933 (153/160, 153/164) studied in session 15's second round ("Harkat-" groups no people).
  [EntityType.PERSON]: { precision: 0.95, recall: 0.93 },
  // 0.859 / 0.718 at the end; 0.868 / 0.718 (79/91, 79/110) after the second round (a title's "of Police" is no body).
  [EntityType.ORGANIZATION]: { precision: 0.86, recall: 0.71 },
};

/**
 * Set 19 (tests/fixtures/ner-heldout-19): written unseen in session 15's second round (50 cards from the whole world, 26 events
 * before 2014 and 24 after; 88 agency labels), scored on arrival with the first round's rules (bench/results/ner-heldout-19-before.json)
 * and again at the session's end, still unstudied, after the second round tuned on sets 17 and 18 (ner-heldout-19-unseen.json):
 * every count the same. Floors are that unseen score, rounded down: its countries' and people's precision and its agencies are below
 * the issue's targets, and the floors record where they are, not where they should be.
 */
const HELD_OUT_19_FLOORS: Partial<Record<ScoredType, Floor>> = {
  // 0.958 / 1.000 (91/95, 91/91).
  [EntityType.COUNTRY]: { precision: 0.95, recall: 1 },
  // 0.925 / 0.841 (74/80, 74/88).
  [EntityType.AGENCY]: { precision: 0.92, recall: 0.84 },
  // 0.879 / 0.932 (124/141, 124/133).
  [EntityType.PERSON]: { precision: 0.87, recall: 0.93 },
  [EntityType.ORGANIZATION]: { precision: 0.84, recall: 0.72 },
};

/**
 * Topic lines split exactly as labelled, per set, at what the eighth round reached (a country's name a topic of its own, topics
 * told apart by their shapes); set 7 was 22 / 45 and set 6 30 / 43 before. The four development misses left write "US–China
 * Relations" where the reference spells the known topic "U.S.–China Relations". Set 3 is 44, not 45: a compass word before a
 * country no longer forces the country to end its topic (that rule fitted one card, "Northern Ireland Collusion", and split
 * "Northern Ireland Peace Process" where "Ireland Peace Process" stays whole).
 */
const TOPIC_LINE_FLOORS: Record<string, number> = {
  development: 64,
  heldOut: 32,
  heldOut2: 39,
  heldOut3: 44,
  heldOut4: 52,
  heldOut5: 63,
  heldOut6: 43,
  heldOut7: 45,
  heldOut8: 42,
  heldOut9: 50,
  heldOut10: 47,
  heldOut11: 50,
  // Sets 12–14 were 46, 43 and 48 until session 14: "Law Enforcement" split after its head noun on 13 of their lines (a -ment
  // noun now continues a head noun).
  heldOut12: 50,
  heldOut13: 50,
  heldOut14: 50,
  // Set 15 was 23 / 50 unseen: 26 misses were labels written one word an entry (relabelled, LABELLING.md convention 5), one
  // "Law Enforcement" split after its head noun (a -ment noun now continues a head noun, as in sets 12–14).
  heldOut15: 50,
  heldOut16: 45,
  heldOut17: 50,
  heldOut18: 50,
  heldOut19: 49,
};

const DEVELOPMENT_FLOORS: Partial<Record<ScoredType, Floor>> = {
  [EntityType.COUNTRY]: { precision: 0.99, recall: 0.99 },
  [EntityType.AGENCY]: { precision: 0.99, recall: 0.99 },
  [EntityType.PERSON]: { precision: 0.99, recall: 0.99 },
  [EntityType.ORGANIZATION]: { precision: 0.92, recall: 0.8 },
};

/** Every once-held-out set: its folder, its floors, and what its test says it checks. */
const HELD_OUT_SETS: Array<{ set: keyof typeof TOPIC_LINE_FLOORS; dir: string; floors: Partial<Record<ScoredType, Floor>>; what: string }> = [
  { set: 'heldOut', dir: 'ner-heldout', floors: HELD_OUT_FLOORS, what: 'the first once-held-out set' },
  { set: 'heldOut2', dir: 'ner-heldout-2', floors: HELD_OUT_2_FLOORS, what: 'the second once-held-out set' },
  { set: 'heldOut3', dir: 'ner-heldout-3', floors: HELD_OUT_3_FLOORS, what: 'the third once-held-out set' },
  { set: 'heldOut4', dir: 'ner-heldout-4', floors: HELD_OUT_4_FLOORS, what: 'the fourth once-held-out set' },
  { set: 'heldOut5', dir: 'ner-heldout-5', floors: HELD_OUT_5_FLOORS, what: 'the fifth once-held-out set (its first, unseen score)' },
  { set: 'heldOut6', dir: 'ner-heldout-6', floors: HELD_OUT_6_FLOORS, what: 'the sixth once-held-out set (its first, unseen score)' },
  { set: 'heldOut7', dir: 'ner-heldout-7', floors: HELD_OUT_7_FLOORS, what: 'the seventh once-held-out set (its first, unseen score)' },
  { set: 'heldOut8', dir: 'ner-heldout-8', floors: HELD_OUT_8_FLOORS, what: 'the eighth once-held-out set (its first, unseen score)' },
  { set: 'heldOut9', dir: 'ner-heldout-9', floors: HELD_OUT_9_FLOORS, what: 'the ninth once-held-out set (its first, unseen score)' },
  {
    set: 'heldOut10',
    dir: 'ner-heldout-10',
    floors: HELD_OUT_10_FLOORS,
    what: 'the tenth once-held-out set (its first, unseen score, and agencies as tuned on since)',
  },
  { set: 'heldOut11', dir: 'ner-heldout-11', floors: HELD_OUT_11_FLOORS, what: 'the eleventh once-held-out set (its first, unseen score)' },
  { set: 'heldOut12', dir: 'ner-heldout-12', floors: HELD_OUT_12_FLOORS, what: 'the twelfth once-held-out set (a development set since the thirteenth round)' },
  {
    set: 'heldOut13',
    dir: 'ner-heldout-13',
    floors: HELD_OUT_13_FLOORS,
    what: 'the thirteenth once-held-out set (a development set since the fourteenth round)',
  },
  { set: 'heldOut14', dir: 'ner-heldout-14', floors: HELD_OUT_14_FLOORS, what: 'the fourteenth once-held-out set (a development set since session 14)' },
  { set: 'heldOut15', dir: 'ner-heldout-15', floors: HELD_OUT_15_FLOORS, what: 'the fifteenth once-held-out set (a development set since session 14)' },
  { set: 'heldOut16', dir: 'ner-heldout-16', floors: HELD_OUT_16_FLOORS, what: 'the sixteenth once-held-out set (a development set since session 15)' },
  {
    set: 'heldOut17',
    dir: 'ner-heldout-17',
    floors: HELD_OUT_17_FLOORS,
    what: "the seventeenth once-held-out set (a development set since session 15's second round)",
  },
  {
    set: 'heldOut18',
    dir: 'ner-heldout-18',
    floors: HELD_OUT_18_FLOORS,
    what: "the eighteenth once-held-out set (a development set since session 15's second round)",
  },
  { set: 'heldOut19', dir: 'ner-heldout-19', floors: HELD_OUT_19_FLOORS, what: 'the nineteenth held-out set (its unseen score)' },
];
const heldOutCards = new Map(HELD_OUT_SETS.map(({ set, dir }) => [set, loadLabelledCards(path.join(fixtures, dir))]));
const everyCard = [...[...heldOutCards.values()].flat(), ...development];

function belowFloor(score: Score, floors: Partial<Record<ScoredType, Floor>>, set: keyof typeof TOPIC_LINE_FLOORS): string[] {
  const topics =
    score.topicLines.right < TOPIC_LINE_FLOORS[set] ? [`topic lines ${score.topicLines.right}/${score.topicLines.total} < ${TOPIC_LINE_FLOORS[set]}`] : [];
  return topics.concat(
    (Object.entries(floors) as Array<[ScoredType, Floor]>).flatMap(([type, floor]) => {
      const c = score.byType[type];
      return [
        ...(precision(c) < floor.precision ? [`${type} precision ${precision(c).toFixed(3)} < ${floor.precision}`] : []),
        ...(recall(c) < floor.recall ? [`${type} recall ${recall(c).toFixed(3)} < ${floor.recall}`] : []),
      ];
    }),
  );
}

describe('entity recognition on labelled story cards', () => {
  it('has at least 30 held-out and 15 development cards, every label an id of its type', () => {
    for (const [set, cards] of heldOutCards) expect([set, cards.length >= 30]).toEqual([set, true]);
    expect(development.length).toBeGreaterThanOrEqual(15);
    const prefix: Record<ScoredType, string> = { COUNTRY: 'country:', AGENCY: 'agency:', PERSON: 'person:', ORGANIZATION: 'org:' };
    const mistyped = everyCard.flatMap((c) =>
      SCORED_TYPES.flatMap((t) => c.expected[t].filter((id) => !id.startsWith(prefix[t])).map((id) => `${c.file}: ${id}`)),
    );
    expect(mistyped).toEqual([]);
  });

  it('turns every labelled card into a story the API accepts (names, aliases and acronyms within its limits)', async () => {
    const problems: string[] = [];
    for (const card of everyCard) await storyFromCard(card.text, card.file).catch((err: Error) => problems.push(err.message));
    expect(problems).toEqual([]);
  });

  it('reaches the development floors (errors printed for tuning)', () => {
    const score = scoreCards(development);
    console.log(`${scoreTable(`Development: ${score.cards} cards`, score)}\n\nErrors:\n  ${score.errors.join('\n  ') || 'none'}`);
    expect(belowFloor(score, DEVELOPMENT_FLOORS, 'development')).toEqual([]);
  });

  it.each(HELD_OUT_SETS)('reaches the floors of $what', ({ set, dir, floors }) => {
    const score = scoreCards(heldOutCards.get(set)!);
    console.log(scoreTable(`${dir}: ${score.cards} cards`, score));
    expect(belowFloor(score, floors, set)).toEqual([]);
  });
});
