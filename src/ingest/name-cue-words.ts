/** Word lists the unknown-name finder reads capitalised runs with (all folded lowercase). */

/** Lowercase pieces of names: "Mohammed bin Salman", "Anwaar-ul-Haq", "Ursula von der Leyen". */
export const PARTICLES = new Set(['al', 'bin', 'ibn', 'el', 'da', 'de', 'del', 'der', 'van', 'von', 'ul', 'la', 'le', 'dos', 'du', 'di']);
/** Lowercase words inside organisation names: "Ministry of External Affairs". */
export const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on']);
/** Titles written before a name; stripped, and they show that a name follows. */
export const TITLES = new Set([
  'president', 'prime', 'minister', 'chancellor', 'director', 'general', 'deputy', 'interior', 'defence', 'defense', 'foreign',
  'secretary', 'crown', 'prince', 'king', 'queen', 'mr', 'mrs', 'ms', 'dr', 'sir', 'ayatollah', 'sheikh', 'senator', 'sen', 'rep',
  'judge', 'justice', 'governor', 'mayor', 'commissioner', 'ambassador', 'chief', 'colonel', 'col', 'admiral', 'lieutenant',
  'major', 'captain', 'sergeant', 'marshal', 'field', 'pope', 'caretaker', 'acting', 'former', 'vice', 'leader', 'premier', 'marine',
  'agent', 'officer', 'spokesman', 'spokeswoman', 'head', 'attorney', 'speaker', 'envoy',
]);
/** Lowercase words right before a name that say a person is named: "reporter Evan Gershkovich". */
export const PERSON_CUES = new Set([
  ...TITLES, 'reporter', 'journalist', 'activist', 'dissident', 'defector', 'businessman', 'businesswoman', 'lawyer', 'commander',
  'aliases', 'alias', 'named', 'analyst', 'adviser', 'advisor', 'aide', 'official', 'diplomat', 'politician', 'candidate', 'hacker',
  'blogger', 'oligarch', 'spy', 'informant', 'suspect', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister',
  'executive', 'ceo', 'founder', 'owner', 'chairman', 'chairwoman', 'manager', 'employee', 'engineer', 'scientist', 'professor',
  'researcher', 'soldier', 'pilot', 'banker', 'mercenary', 'operative', 'whistleblower', 'prosecutor', 'widow',
]);
/** Plural cues before "<First> and <First> <Last>": "brothers Peyman and Payam Kia". */
export const FAMILY_CUES = new Set(['brothers', 'sisters', 'couple', 'spouses', 'twins', 'siblings', 'cousins']);
/** Verbs that, right after a name, say a person acted or spoke. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'who', 'wrote', 'added', 'blamed', 'accused', 'warned', 'denied', 'announced', 'urged', 'claimed',
  'insisted', 'vowed', 'argued', 'testified', 'tweeted', 'posted',
]);
/** Lowercase words right before a name that say an organisation is named: "a Hungarian company, BAC Consulting". */
export const ORGANIZATION_CUES = new Set(['company', 'firm', 'contractor', 'manufacturer', 'militia', 'startup', 'subsidiary', 'conglomerate', 'outfit']);
/** Last words of organisation names: "Electoral Commission", "State Guard Service". */
export const ORG_HEADS = new Set([
  'party', 'commission', 'committee', 'council', 'agency', 'office', 'service', 'group', 'front', 'army', 'forces', 'corps', 'brigade',
  'brigades', 'movement', 'bank', 'university', 'institute', 'company', 'corporation', 'inc', 'ltd', 'foundation', 'organization',
  'organisation', 'union', 'alliance', 'association', 'court', 'ministry', 'department', 'bureau', 'directorate', 'guard', 'police',
  'navy', 'command', 'network', 'cartel', 'assembly', 'parliament', 'coalition', 'center', 'centre', 'consulting', 'holdings',
  'systems', 'technologies', 'industries', 'labs', 'partners', 'airlines', 'enterprises', 'solutions',
]);
export const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
