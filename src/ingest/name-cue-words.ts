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
  'mp', 'mep', 'congressman', 'congresswoman', 'lawmaker', 'emir', 'sultan', 'shah', 'archbishop', 'bishop', 'cardinal', 'rabbi',
  'imam', 'cleric', 'pastor', 'adviser', 'advisor', 'editor', 'founder', 'chairman', 'chairwoman', 'president-elect', 'ex',
]);
/** Offices after "of" that belong to the title, not the name: "Secretary of State John Kerry". */
export const OFFICE_WORDS = new Set(['state', 'defense', 'defence', 'justice', 'finance', 'interior', 'staff', 'security', 'intelligence', 'health', 'energy', 'commerce']);
/** Honorifics that are also part of some names: "Sheikh Hasina" keeps hers when nothing else is left. */
export const NAME_HONORIFICS = new Set(['sheikh']);
/** Nouns of an apposition that describe a person: "Nick du Toit, a South African arms dealer". */
export const PERSON_APPOSITIVES = new Set([
  'dealer', 'pastor', 'priest', 'member', 'citizen', 'national', 'student', 'academic', 'historian', 'doctor', 'leader', 'chief',
  'head', 'son', 'daughter', 'nephew', 'niece', 'widow', 'father', 'mother', 'cousin', 'uncle', 'aunt', 'deputy', 'veteran',
  'colonel', 'general', 'commander', 'candidate', 'lawmaker', 'senator', 'writer', 'author', 'poet', 'artist', 'photographer',
  'monk', 'teacher', 'worker', 'agent', 'officer', 'official', 'chairman', 'chairwoman', 'president', 'minister', 'director',
]);
/** Nouns of an apposition that describe an organisation or a place: "Intellexa, a consortium …". */
export const NON_PERSON_APPOSITIVES = new Set([
  'company', 'firm', 'consortium', 'party', 'group', 'outlet', 'site', 'movement', 'agency', 'organisation', 'organization',
  'newspaper', 'network', 'bank', 'service', 'militia', 'gang', 'unit', 'force', 'forces', 'army', 'department', 'ministry',
  'university', 'school', 'charity', 'channel', 'startup', 'platform', 'app', 'tool', 'ship', 'vessel', 'hotel', 'airport',
  'city', 'town', 'village', 'region', 'province', 'country', 'state', 'republic', 'island', 'base', 'consultancy', 'body',
]);
/** Words that make a capitalised run a place, at its end or right after it: "Sheridan Circle", "Ain al-Asad air base". */
export const PLACE_HEADS = new Set([
  'circle', 'square', 'street', 'avenue', 'road', 'park', 'airport', 'base', 'bridge', 'station', 'hotel', 'harbour', 'harbor',
  'island', 'islands', 'bay', 'sea', 'strait', 'river', 'lake', 'mountain', 'mountains', 'valley', 'province', 'district', 'county',
  'city', 'town', 'village', 'prison', 'camp', 'palace', 'tower', 'towers', 'plaza', 'boulevard', 'lane', 'highway', 'port',
  'canal', 'desert', 'peninsula', 'gulf', 'coast', 'airfield', 'region', 'oblast', 'state', 'fields', 'field', 'depot', 'mansion',
]);
/** Words right before a name that introduce another name of someone just named: "born Kim Schmitz". */
export const ALIAS_CUES = [['born'], ['known', 'as'], ['aka'], ['alias'], ['spelled'], ['spelt'], ['transliterated'], ['travelling', 'as'], ['traveling', 'as'], ['travelled', 'as'], ['traveled', 'as'], ['posing', 'as'], ['posed', 'as'], ['name', 'is'], ['called'], ['nee'], ['née']];
/** Lowercase words right before a name that say a person is named: "reporter Evan Gershkovich". */
export const PERSON_CUES = new Set([
  ...TITLES, 'reporter', 'journalist', 'activist', 'dissident', 'defector', 'businessman', 'businesswoman', 'lawyer', 'commander',
  'aliases', 'alias', 'named', 'analyst', 'adviser', 'advisor', 'aide', 'official', 'diplomat', 'politician', 'candidate', 'hacker',
  'blogger', 'oligarch', 'spy', 'informant', 'suspect', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister',
  'executive', 'ceo', 'founder', 'owner', 'chairman', 'chairwoman', 'manager', 'employee', 'engineer', 'scientist', 'professor',
  'researcher', 'soldier', 'pilot', 'banker', 'mercenary', 'operative', 'whistleblower', 'prosecutor', 'widow',
]);
/** Plural cues before "<First> and <First> <Last>": "brothers Peyman and Payam Kia". */
export const FAMILY_CUES = new Set(['brothers', 'sisters', 'couple', 'spouses', 'twins', 'siblings', 'cousins', 'children', 'sons', 'daughters', 'parents']);
/** Verbs whose object is usually a person: "killed Qasem Soleimani", "appointed Demelash Gebremichael". */
export const PERSON_OBJECT_VERBS = new Set([
  'killed', 'appointed', 'replaced', 'succeeded', 'arrested', 'sentenced', 'pardoned', 'convicted', 'elected', 'interviewed',
  'dismissed', 'fired', 'sacked', 'executed', 'freed', 'released', 'overthrow', 'overthrew', 'ousted', 'deposed', 'assassinated',
  'murdered', 'poisoned', 'kidnapped', 'abducted', 'extradited', 'detained', 'indicted', 'acquitted', 'named', 'promoted',
  'questioned', 'interrogated', 'charged', 'summoned', 'jailed', 'imprisoned', 'sued', 'recruited', 'hired',
]);
/** Words right before a name that put it somewhere: "near Port-au-Prince", "in Great Yarmouth". */
export const LOCATIVES = new Set(['in', 'near', 'outside', 'at', 'from', 'into', 'across', 'via', 'toward', 'towards', 'around', 'inside']);
/** Verbs that, right after a name, say a person acted or spoke. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'who', 'wrote', 'added', 'blamed', 'accused', 'warned', 'denied', 'announced', 'urged', 'claimed',
  'insisted', 'vowed', 'argued', 'testified', 'tweeted', 'posted', 'pleaded', 'admitted', 'denied', 'fled', 'died', 'resigned',
  'confessed', 'met',
]);
/** Lowercase words right before a name that say an organisation is named: "a Hungarian company, BAC Consulting". */
export const ORGANIZATION_CUES = new Set(['company', 'firm', 'contractor', 'manufacturer', 'militia', 'startup', 'subsidiary', 'conglomerate', 'outfit']);
/** Last words of organisation names: "Electoral Commission", "State Guard Service". */
export const ORG_HEADS = new Set([
  'party', 'commission', 'committee', 'council', 'agency', 'office', 'service', 'group', 'front', 'army', 'forces', 'corps', 'brigade',
  'brigades', 'movement', 'bank', 'university', 'institute', 'company', 'corporation', 'inc', 'ltd', 'foundation', 'organization',
  'organisation', 'union', 'alliance', 'association', 'court', 'ministry', 'department', 'bureau', 'directorate', 'guard', 'police',
  'navy', 'command', 'network', 'cartel', 'assembly', 'parliament', 'coalition', 'center', 'centre', 'consulting', 'holdings',
  'systems', 'technologies', 'industries', 'labs', 'partners', 'airlines', 'enterprises', 'solutions', 'tribunal',
]);
export const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
