import type { AgencyRecord } from '../../src/ingest/recognise/reference-data';

/**
 * The kinds of service issue 10 asks every country to have, in the order the reference fills them.
 * The file's own `kind` field is coarser (law enforcement, intelligence and security, military
 * intelligence), so a finer kind is read from an entry's names: a heuristic for a coverage report,
 * never for recognition.
 */
export const SERVICE_KINDS = [
  'police',
  'gendarmerie',
  'security and intelligence',
  'foreign intelligence',
  'military intelligence',
  'financial intelligence',
  'anti-corruption',
  'border guard',
  'coast guard',
  'customs',
  'prison service',
  'presidential guard',
  'cyber',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** Words of an entry's names (English, official, aliases) that say what it does, most specific first. */
const NAMED_KINDS: Array<[ServiceKind, RegExp]> = [
  [
    'financial intelligence',
    /financial (?:intelligence|analysis|information|monitoring|investigations?)|\bFIU\b|money laundering|\bTRACFIN\b|\bFinCEN\b|\bCTIF\b|\bUIF\b|\bUAF\b|\bUIAF\b|\bCENTIF\b|\bFINTRAC\b|\bAUSTRAC\b/i,
  ],
  ['anti-corruption', /corruption|\bgraft\b|integrity commission|\bKPK\b/i],
  ['coast guard', /coast ?guard|guardacostas|garde[- ]côtes|küstenwache|maritime (?:police|security|enforcement|border)/i],
  ['border guard', /border|frontier|frontera|fronteira|grenz|frontières|\bFrontex\b/i],
  ['customs', /customs|douanes?\b|aduanas?\b|alfândega|\bzoll/i],
  ['prison service', /prison|correction|penitentiar|custodial|\bBuCor\b/i],
  [
    'presidential guard',
    /presidential (?:guard|security)|(?<!national )republican guard|garde républicaine|guardia presidencial|protective service|\bsecret service\b/i,
  ],
  ['cyber', /cyber|computer emergency|\bCERT\b|\bCSIRT\b|information (?:systems )?security|network security|cybersécurité|ciberseguridad/i],
  ['gendarmerie', /gendarm|carabinier|guardia civil|guarda nacional republicana|jandarma|marechaussee|guardia nacional/i],
  ['foreign intelligence', /foreign|external|extérieure?|exterior|overseas|secret intelligence service/i],
];

/** A law-enforcement entry that is a police force, also when its name says so in other words ("Public Force", "Internal Security Forces"). */
const POLICE =
  /police|policía|polícia|polizia|polizei|politi|\bpolis\b|constabulary|garda|militsiya|public (?:security|safety|force)|fuerza pública|security forces?|sûreté|national security|law enforcement (?:command|force)|(?:social|people's) security/i;

/** Names an entry goes by: its English and official names, acronym and aliases. */
function namesOf(agency: AgencyRecord): string {
  return [agency.name, agency.officialName, agency.acronym, ...agency.aliases].filter(Boolean).join(' | ');
}

/** The kinds one entry counts for (a coast guard under the police counts once, as a coast guard). */
export function serviceKindsOf(agency: AgencyRecord): ServiceKind[] {
  const names = namesOf(agency);
  const named = NAMED_KINDS.filter(([, pattern]) => pattern.test(names)).map(([kind]) => kind);
  const kinds = new Set<ServiceKind>(named.filter((k) => k !== 'foreign intelligence' || agency.kind !== 'law enforcement'));
  if (agency.kind === 'military intelligence') kinds.add('military intelligence');
  if (agency.kind === 'protective service') kinds.add('presidential guard');
  const specific = kinds.size > 0;
  if (!specific && (agency.kind === 'intelligence and security' || agency.kind === 'signals intelligence')) kinds.add('security and intelligence');
  if (!specific && agency.kind === 'law enforcement' && POLICE.test(names)) kinds.add('police');
  return [...kinds];
}
