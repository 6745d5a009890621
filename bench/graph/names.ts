/**
 * The real names the benchmark graph starts from. Fixed here rather than read from seeds/ (which
 * grows with entity recognition), so the generated graph, its ids and the benchmark's targets
 * stay the same from one version of the project to the next.
 */
export const AGENCIES: { name: string; acronym: string; countryCode: string }[] = [
  { name: 'Central Intelligence Agency', acronym: 'CIA', countryCode: 'US' },
  { name: 'Federal Bureau of Investigation', acronym: 'FBI', countryCode: 'US' },
  { name: 'National Security Agency', acronym: 'NSA', countryCode: 'US' },
  { name: 'Defense Intelligence Agency', acronym: 'DIA', countryCode: 'US' },
  { name: 'Drug Enforcement Administration', acronym: 'DEA', countryCode: 'US' },
  { name: 'Foreign Intelligence Service', acronym: 'SVR', countryCode: 'RU' },
  { name: 'Federal Security Service', acronym: 'FSB', countryCode: 'RU' },
  { name: 'Main Intelligence Directorate', acronym: 'GRU', countryCode: 'RU' },
  { name: 'Ministry of State Security', acronym: 'MSS', countryCode: 'CN' },
  { name: 'Intelligence Bureau of the Joint Staff', acronym: 'IBJS', countryCode: 'CN' },
  { name: 'National Intelligence Center', acronym: 'CNI', countryCode: 'MX' },
  { name: 'Secretariat of National Defense', acronym: 'SEDENA', countryCode: 'MX' },
  { name: 'Security Service of Ukraine', acronym: 'SBU', countryCode: 'UA' },
  { name: 'Main Directorate of Intelligence', acronym: 'HUR', countryCode: 'UA' },
  { name: 'Ministry of Intelligence', acronym: 'MOIS', countryCode: 'IR' },
  { name: 'Secret Intelligence Service', acronym: 'MI6', countryCode: 'GB' },
  { name: 'Security Service', acronym: 'MI5', countryCode: 'GB' },
  { name: 'Government Communications Headquarters', acronym: 'GCHQ', countryCode: 'GB' },
  { name: 'Federal Intelligence Service', acronym: 'BND', countryCode: 'DE' },
  { name: 'Federal Office for the Protection of the Constitution', acronym: 'BfV', countryCode: 'DE' },
  { name: 'General Directorate for External Security', acronym: 'DGSE', countryCode: 'FR' },
  { name: 'General Directorate for Internal Security', acronym: 'DGSI', countryCode: 'FR' },
  { name: 'Mossad', acronym: 'Mossad', countryCode: 'IL' },
  { name: 'Israel Security Agency', acronym: 'Shin Bet', countryCode: 'IL' },
  { name: 'Research and Analysis Wing', acronym: 'RAW', countryCode: 'IN' },
  { name: 'Reconnaissance General Bureau', acronym: 'RGB', countryCode: 'KP' },
  { name: 'National Intelligence Organization', acronym: 'MIT', countryCode: 'TR' },
  { name: 'Inter-Services Intelligence', acronym: 'ISI', countryCode: 'PK' },
  { name: 'Internal Security Agency', acronym: 'ABW', countryCode: 'PL' },
  { name: 'Public Security Intelligence Agency', acronym: 'PSIA', countryCode: 'JP' },
  { name: 'National Intelligence Service', acronym: 'NIS', countryCode: 'KR' },
  { name: 'Canadian Security Intelligence Service', acronym: 'CSIS', countryCode: 'CA' },
  { name: 'Brazilian Intelligence Agency', acronym: 'ABIN', countryCode: 'BR' },
  { name: 'Intelligence Directorate', acronym: 'DI', countryCode: 'CU' },
];

export const PEOPLE: { name: string; aliases?: string[]; countryCode: string; roles?: { title: string; from: string; to?: string }[] }[] = [
  { name: 'Andrés Manuel López Obrador', aliases: ['AMLO', 'López Obrador'], countryCode: 'MX', roles: [{ title: 'President of Mexico', from: '2018-12-01', to: '2024-09-30' }] },
  { name: 'Claudia Sheinbaum', countryCode: 'MX', roles: [{ title: 'President of Mexico', from: '2024-10-01' }] },
  { name: 'Vladimir Putin', countryCode: 'RU', roles: [{ title: 'President of Russia', from: '2012-05-07' }] },
  { name: 'Sergey Lavrov', countryCode: 'RU', roles: [{ title: 'Minister of Foreign Affairs of Russia', from: '2004-03-09' }] },
  { name: 'Joe Biden', countryCode: 'US', roles: [{ title: 'President of the United States', from: '2021-01-20', to: '2025-01-20' }] },
  { name: 'Donald Trump', countryCode: 'US', roles: [{ title: 'President of the United States', from: '2025-01-20' }] },
  { name: 'William Burns', countryCode: 'US', roles: [{ title: 'Director of the CIA', from: '2021-03-19', to: '2025-01-20' }] },
  { name: 'Xi Jinping', countryCode: 'CN', roles: [{ title: 'President of China', from: '2013-03-14' }] },
  { name: 'Volodymyr Zelensky', aliases: ['Zelenskyy'], countryCode: 'UA', roles: [{ title: 'President of Ukraine', from: '2019-05-20' }] },
  { name: 'Olaf Scholz', countryCode: 'DE', roles: [{ title: 'Chancellor of Germany', from: '2021-12-08', to: '2025-05-06' }] },
  { name: 'Emmanuel Macron', countryCode: 'FR', roles: [{ title: 'President of France', from: '2017-05-14' }] },
  { name: 'Ali Khamenei', countryCode: 'IR', roles: [{ title: 'Supreme Leader of Iran', from: '1989-06-04' }] },
];

export const ORGANIZATIONS: { name: string; aliases?: string[]; ties: { relation: string; countryCode: string }[] }[] = [
  { name: 'Russian Embassy in Mexico', aliases: ['Embassy of the Russian Federation in Mexico'], ties: [{ relation: 'REPRESENTS', countryCode: 'RU' }, { relation: 'LOCATED_IN', countryCode: 'MX' }] },
  { name: 'Sinaloa Cartel', ties: [{ relation: 'LOCATED_IN', countryCode: 'MX' }] },
  { name: 'Wagner Group', ties: [{ relation: 'AFFILIATED_WITH', countryCode: 'RU' }] },
  { name: 'Huawei', ties: [{ relation: 'LOCATED_IN', countryCode: 'CN' }] },
  { name: 'NATO', ties: [{ relation: 'LOCATED_IN', countryCode: 'BE' }] },
  { name: 'Gazprom', ties: [{ relation: 'LOCATED_IN', countryCode: 'RU' }] },
];

export const PUBLISHERS: { name: string; kind: string }[] = [
  ...['Reuters', 'Associated Press', 'The New York Times', 'The Washington Post', 'NBC News', 'BBC News', 'The Guardian', 'Al Jazeera', 'CNN', 'Financial Times',
    'The Wall Street Journal', 'Bloomberg', 'Le Monde', 'Der Spiegel', 'El País', 'Politico', 'SpyTalk', 'The Economist', 'CBS News', 'ABC News',
    'Milenio', 'El Universal', 'Proceso', 'Meduza', 'Kyiv Independent', 'South China Morning Post', 'Nikkei Asia', 'Haaretz', 'The Times of India', 'Deutsche Welle',
  ].map((name) => ({ name, kind: 'NEWS_REPORT' })),
  ...['gob.mx', 'state.gov', 'justice.gov', 'gov.uk'].map((name) => ({ name, kind: 'GOVERNMENT_RECORD' })),
  ...['Atlantic Council', 'RAND Corporation', 'Bellingcat', 'Center for Strategic and International Studies'].map((name) => ({ name, kind: 'ANALYSIS' })),
];

export const TOPICS = [
  'Intelligence and Espionage', 'U.S.–Mexico Relations', 'U.S.–China Relations', 'U.S.–Russia Relations', 'China–Taiwan Relations',
  'Russia–Ukraine War', 'Middle East', 'Latin America', 'Indo-Pacific', 'Korean Peninsula', 'Sahel', 'Cybersecurity', 'Cyber Espionage',
  'Counterintelligence', 'Diplomacy', 'Sanctions', 'Trade', 'Defense', 'Military', 'National Security', 'Terrorism', 'Organized Crime',
  'Drug Trafficking', 'Migration', 'Energy', 'Elections', 'Disinformation', 'Human Rights', 'Nuclear Proliferation', 'Arms Control',
];
