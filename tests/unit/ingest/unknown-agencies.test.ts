import { recognizeEntities, RecognitionContext } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { StoryMemory } from '../../../src/ingest/recognise/story-memory';
import { EntityType } from '../../../src/modules/shared/enums';

/** Agencies no reference list knows, read from the shape of their names and given the country in view. */
const reference = loadReference();

function recognise(text: string, ctx: Partial<RecognitionContext> = {}) {
  return recognizeEntities(text, { reference, date: '2025-12-08', ...ctx }).mentions;
}

function agencies(text: string, ctx: Partial<RecognitionContext> = {}) {
  return recognise(text, ctx)
    .filter((m) => m.entity.type === EntityType.AGENCY)
    .map((m) => ({ id: m.id, name: m.entity.name, acronym: m.entity.acronym, countryCode: m.entity.countryCode }));
}

describe('unknown agencies by the shape of their names', () => {
  it('reads a head noun with an agency word as an agency of the country named in the sentence', () => {
    expect(agencies('In Moldova, the Central Revolutionary Investigation Department ran the prisons.')).toEqual([
      {
        id: 'agency:md-central-revolutionary-investigation-department',
        name: 'Central Revolutionary Investigation Department',
        acronym: undefined,
        countryCode: 'MD',
      },
    ]);
  });

  it('takes a defined acronym as the id and keeps a tail after the head ("Bureau of Naval Intelligence (BNX)")', () => {
    expect(agencies('Peru said the Bureau of Naval Intelligence (BNX) opened the case.')).toEqual([
      { id: 'agency:pe-bnx', name: 'Bureau of Naval Intelligence', acronym: 'BNX', countryCode: 'PE' },
    ]);
  });

  it('gives a country word inside or right before the name the agency, possessive or not', () => {
    expect(agencies('The head of the Slovak Police Force resigned.').map((a) => [a.id, a.name])).toEqual([
      ['agency:sk-slovak-police-force', 'Slovak Police Force'],
    ]);
    expect(agencies("Chile said Peru's Anti-Fraud Investigation Bureau had the files.").map((a) => [a.id, a.name])).toEqual([
      ['agency:pe-anti-fraud-investigation-bureau', 'Anti-Fraud Investigation Bureau'],
    ]);
  });

  it('reads "… of the <Demonym> police" as that country\'s unit, the demonym outside the name', () => {
    // The parent is named too, so it is a second label (LABELLING.md, convention 2); the recogniser reports it separately.
    expect(agencies('Kuwaiti banks were flagged by the Financial Intelligence Unit of the Hungarian police.').map((a) => a.id)).toContain(
      'agency:hu-financial-intelligence-unit',
    );
  });

  it("prefers a possessive country to another country's service of the same generic name", () => {
    expect(agencies("Kuwait's State Security Service said nothing.").map((a) => a.countryCode)).toEqual(['KW']);
  });

  it('makes no agency without a country in view, nor out of ministries, courts, think tanks or health bodies', () => {
    expect(agencies('The Central Revolutionary Investigation Department ran the prisons.')).toEqual([]);
    expect(
      agencies(
        'In France, the Ministry of Internal Security, the Security Court, the Center for Security Studies, the Health Security Agency and the Security Council met.',
      ),
    ).toEqual([]);
  });

  it('leaves titles and sentence openers out of the name', () => {
    expect(agencies('Former Investigation Bureau chief Ana Ruiz of Honduras resigned.').map((a) => a.name)).toEqual(['Investigation Bureau']);
  });

  it('keeps one agency per name across the texts of a story, whatever country the later text shows', () => {
    const story = new StoryMemory();
    expect(agencies('Dominican exiles feared the Military Security Bureau.', { story }).map((a) => a.id)).toEqual(['agency:do-military-security-bureau']);
    expect(agencies('Later the Military Security Bureau worked with Cuba.', { story }).map((a) => a.id)).toEqual(['agency:do-military-security-bureau']);
    expect(agencies('Later the Military Security Bureau worked with Cuba.').map((a) => a.id)).toEqual(['agency:cu-military-security-bureau']);
  });
});

describe('collective security services', () => {
  it('reads "<Demonym> security services" as the country\'s collective security services', () => {
    expect(agencies('Emirati security services held him; Ethiopian security service files were lost.').map((a) => [a.id, a.name])).toEqual([
      ['agency:ae-emirati-security-services', 'Emirati security services'],
      ['agency:et-ethiopian-security-services', 'Ethiopian security services'],
    ]);
  });

  it('is no agency for the security situation or security forces', () => {
    expect(agencies('Ethiopian security deteriorated and Emirati security forces deployed.')).toEqual([]);
  });
});

describe('unknown agencies: units, squads, places', () => {
  it('reads a unit named before "of the <known agency>" as that agency\'s country, with its acronym', () => {
    expect(agencies('The Central Operations Service (SCO) of the Italian State Police led the inquiry.').map((a) => a.id)).toEqual([
      'agency:it-sco',
      'agency:it-italian-state-police',
    ]);
  });

  it('takes squads as heads and place names with particles in the tail', () => {
    expect(agencies('In India, the Kerala Anti-Terrorism Squad (KTS) made arrests.').map((a) => a.id)).toEqual(['agency:in-kts']);
    expect(agencies('Brazil said the Civil Police of Rio de Janeiro failed.').map((a) => a.name)).toEqual(['Civil Police of Rio de Janeiro']);
  });

  it("gives a capital inside the name its country, and no company's threat-intelligence unit is an agency", () => {
    expect(agencies('Officers of the Cairo Security Directorate met Americans.').map((a) => a.id)).toEqual(['agency:eg-cairo-security-directorate']);
    expect(agencies("U.S. officials cited Acme's Threat Intelligence Center and its Digital Crimes Unit.")).toEqual([]);
  });
});

describe("a country's spy agency", () => {
  it('is the principal service the reference marks, or the collective services where it marks none', () => {
    expect(agencies("Pakistan's spy agency and South Korea's main intelligence agency denied it.").map((a) => a.id)).toEqual([
      'agency:pk-isi',
      'agency:kr-nis',
    ]);
    expect(agencies("Russian spy agencies and Russia's spy agency.").map((a) => a.id)).toEqual([
      'agency:ru-russian-intelligence-services',
      'agency:ru-russian-intelligence-services',
    ]);
  });

  it('is only a description when the agency is named right after it', () => {
    expect(agencies("Greece's spy agency EYP is under scrutiny.").map((a) => a.id)).toEqual(['agency:gr-eyp']);
  });
});

describe('reference spellings read in context', () => {
  it('reads the Soviet KGB as the Soviet one and "Syrian military intelligence" as the Military Intelligence Directorate', () => {
    expect(agencies('The KGB of Belarus arrested him, as the Soviet KGB once did.').map((a) => a.id)).toEqual(['agency:by-kgb', 'agency:ru-kgb']);
    expect(agencies('Syrian military intelligence officers arrested him.').map((a) => a.id)).toEqual(['agency:sy-syrian-military-intelligence-directorate']);
  });

  it("ends an unknown agency's name at a plural possessive", () => {
    expect(agencies("The Kenya Defence Forces' Military Intelligence Directorate denied it.").map((a) => a.id)).toEqual([
      'agency:ke-military-intelligence-directorate',
    ]);
  });
});

describe('precision guards', () => {
  it('reads no agency in laws, buildings, international bodies or a name glued to another known name', () => {
    expect(
      agencies(
        'In Germany, the Security Service Act, the Police Academy, the European Union Agency for Criminal Justice Cooperation and the International Atomic Energy Agency were debated.',
      ),
    ).toEqual([]);
  });

  it('reads no collective services inside a capitalised name ("Israeli Intelligence Heritage … Center")', () => {
    expect(agencies('The Israeli Intelligence Heritage and Commemoration Center hosted the event.')).toEqual([]);
  });
});

describe('the country of an unknown agency named with no country beside it', () => {
  it('is the one country of the agencies named earlier in the sentence', () => {
    const story = { storyCountries: new Set(['KE', 'TR']) };
    expect(agencies('The DCI and the National Police Service said they had no record.', story).map((a) => a.id)).toEqual([
      'agency:ke-dci',
      'agency:ke-national-police-service',
    ]);
  });

  it('passes over countries after a preposition for the nearest one that is no place or party', () => {
    expect(
      agencies('India has tried Rana, extradited from the United States. The chief of the Kerala Anti-Terrorism Squad (KTS) was killed.').map((a) => a.id),
    ).toEqual(['agency:in-kts']);
  });

  it('takes inquiries, review bodies and ministries named "Commission" or "Secretariat" for no agency', () => {
    expect(agencies('Australia set up the Royal Commission on Espionage after the defection.')).toEqual([]);
    expect(agencies('Norway: the Norwegian Criminal Cases Review Commission reopened the case.')).toEqual([]);
    expect(agencies("He ran Mexico's Secretariat of Public Security for six years.")).toEqual([]);
    expect(
      agencies("Kenya's Ethics and Anti-Corruption Commission and Ghana's Economic and Organised Crime Commission both acted.").map((a) => a.id),
    ).toContain('agency:ke-eacc');
  });

  it('reads a name on over "and" when a defined acronym closes it', () => {
    expect(agencies('In Mauritania the Directorate of Surveillance and Intelligence (DSR) was dissolved.').map((a) => a.id)).toEqual(['agency:mr-dsr']);
  });
});

describe('units of a service', () => {
  it('reads a unit named right after its service and defined by an acronym, without an agency word', () => {
    expect(agencies('In Kenya, police Rapid Response Unit (RRU) officers came.').map((a) => a.id)).toEqual(['agency:ke-rru']);
    expect(agencies("In Northern Ireland the army's Source Handling Squad (SHS) ran informers for Britain.").map((a) => a.id)).toEqual(['agency:gb-shs']);
    expect(agencies('The police Press Office (PPO) in Kenya said.')).toEqual([]);
  });

  it('reads a numbered unit in a sentence about a service, not a numbered section of a law', () => {
    expect(agencies('In Syria, detainees were tortured at Branch 216 for months.').map((a) => a.id)).toEqual(['agency:sy-branch-216']);
    expect(agencies("Capt. Piotrowski ran a section of the SB's Department VI in Poland.").map((a) => a.id)).toEqual([
      'agency:pl-sb',
      'agency:pl-department-vi',
    ]);
    expect(agencies('Chinese military hackers of Unit 61398 broke in.').map((a) => a.id)).toEqual(['agency:cn-unit-61398']);
    expect(agencies('Section 702 lets officials in the United States collect data; Division 2 of the league in Spain.')).toEqual([]);
  });

  it('reads a lettered directorate as a unit of the service named before it in the sentence, whatever country came first', () => {
    expect(agencies('France had a source inside the Stasi: an engineer in Department M, which read the mail.').map((a) => [a.id, a.countryCode])).toEqual([
      ['agency:de-stasi', 'DE'],
      ['agency:de-department-m', 'DE'],
    ]);
    expect(agencies('In Spain, Division A of the league plays on Sundays.')).toEqual([]);
  });

  it("reads an unknown acronym described by a police or intelligence unit after it, not a guerrilla's unit", () => {
    expect(agencies('In Kazakhstan, officers of the SOBN riot police unit fired.').map((a) => [a.id, a.acronym])).toEqual([['agency:kz-sobn', 'SOBN']]);
    expect(agencies('In Colombia, the FARC special forces unit attacked; the IRA active service unit in Britain waited.')).toEqual([]);
  });

  it("reads a unit owned by a known agency's possessive and defined by an acronym, and drug enforcement agencies, not revenue offices", () => {
    expect(agencies("Officers of the Kenya Police Service's Special Service Unit (SSU) abducted him.").map((a) => a.id)).toEqual([
      'agency:ke-kenya-police-service',
      'agency:ke-ssu',
    ]);
    expect(agencies("Gambia's National Drug Enforcement Agency and its Revenue Enforcement Office came.").map((a) => a.id)).toEqual([
      'agency:gm-national-drug-enforcement-agency',
    ]);
  });

  it('reads an intervention or police group as an agency, not an armed or a business group', () => {
    expect(agencies("Gabon's Police Intervention Group stormed the house.").map((a) => a.id)).toEqual(['agency:ga-police-intervention-group']);
    expect(agencies('In Algeria, the Armed Islamic Group (GIA) and the Cevital Security Group were named.')).toEqual([]);
  });

  it('reads "<generic service name> of <country>" as that country\'s, not the reference service of that name', () => {
    expect(agencies('Mustač headed the State Security Service of Montenegro.').map((a) => [a.id, a.countryCode])).toEqual([
      ['agency:me-state-security-service-of-montenegro', 'ME'],
    ]);
  });
});

describe('collective agencies', () => {
  it('reads "<Demonym> security services" as the collective, but not a country\'s own services described by possessive', () => {
    expect(agencies('Emirati security services held him.').map((a) => a.id)).toEqual(['agency:ae-emirati-security-services']);
    expect(agencies("He was found by Israel's security services.")).toEqual([]);
    expect(agencies("Russia's security service, the FSB, withholds the files.").map((a) => a.id)).toEqual(['agency:ru-fsb']);
  });

  it("reads a phrase set off after an agency's name as describing it, not as the collective, but keeps a collective in a list", () => {
    expect(
      new Set(
        agencies("The Special Intervention Group belonged to the Department of Intelligence and Security (DRS), Algeria's military intelligence service.").map(
          (a) => a.id,
        ),
      ),
    ).toEqual(new Set(['agency:dz-gis', 'agency:dz-drs']));
    expect(agencies('The files went to the FBI, Russian intelligence services and the press.').map((a) => a.id)).toEqual([
      'agency:us-fbi',
      'agency:ru-russian-intelligence-services',
    ]);
  });

  it('reads no agency in "a U.S. intelligence source" or "a Saudi intelligence report"', () => {
    expect(agencies('Cuba released a jailed U.S. intelligence source and a Saudi intelligence report leaked.')).toEqual([]);
    expect(agencies('Libyan intelligence planted the bomb.').map((a) => a.id)).toEqual(['agency:ly-libyan-intelligence-services']);
  });

  it('reads no agency in people described by the service they work for ("a Ruritanian intelligence officer"), the services where they act', () => {
    expect(agencies('Two Russian intelligence officers were sentenced in Doha.')).toEqual([]);
    expect(agencies('An FBI agent posed as a Cuban intelligence officer; Chinese intelligence officials denied it.').map((a) => a.id)).toEqual([
      'agency:us-fbi',
    ]);
    expect(agencies('The commission recommended polygraphs for British intelligence staff.')).toEqual([]);
    expect(agencies('He passed secrets to Bulgarian intelligence and Polish intelligence services.').map((a) => a.id)).toEqual([
      'agency:bg-bulgarian-intelligence-services',
      'agency:pl-polish-intelligence-services',
    ]);
    // Military intelligence is the reference's military service whoever follows: "Syrian military intelligence officers" above.
    expect(agencies('Russian military intelligence officers poisoned him.').map((a) => a.id)).toEqual(['agency:ru-gru']);
  });

  it('reads no agency in the other people a service employs, nor in one unnamed service ("a Bulgarian intelligence service")', () => {
    expect(agencies('The wife of a Hungarian intelligence employee left the country; two Polish intelligence contractors stayed.')).toEqual([]);
    expect(agencies('He sold the files to a Bulgarian intelligence service.')).toEqual([]);
    expect(agencies('He sold the files to Bulgarian intelligence services.').map((a) => a.id)).toEqual(['agency:bg-bulgarian-intelligence-services']);
  });
});

describe('places people are held in', () => {
  it('reads no agency in a prison or detention centre named like one', () => {
    expect(agencies("He was held at El Salvador's Terrorism Confinement Center (CECOT) for months.")).toEqual([]);
    expect(agencies('Australia sent them to the Regional Security Detention Centre on Nauru.')).toEqual([]);
  });
});

describe('services the reference does not hold, by their shape and the story around them', () => {
  it('takes a syllable acronym the name defines ("Narkodit"), not a place in parentheses', () => {
    expect(agencies('In Indonesia, the Narcotics Investigation Directorate (Narkodit) questioned him.').map((a) => a.id)).toEqual(['agency:id-narkodit']);
    expect(agencies('In Indonesia, the Narcotics Investigation Directorate (Jakarta) questioned him.').map((a) => a.id)).toEqual([
      'agency:id-narcotics-investigation-directorate',
    ]);
  });

  it('reads a Branch as a service only with a word of police work, a Guard only at a border or as a civil force', () => {
    expect(agencies("Malta's Police and its Criminal Investigation Branch agreed.").map((a) => a.id)).toContain('agency:mt-criminal-investigation-branch');
    expect(agencies("In Ireland, the Garda's Anti-Terrorist Branch made arrests.").map((a) => a.id)).toEqual([
      'agency:ie-garda-siochana',
      'agency:ie-anti-terrorist-branch',
    ]);
    expect(agencies("Moldova's Border Guard stopped them.").map((a) => a.id)).toEqual(['agency:md-border-guard']);
    expect(agencies('In Peru, the Executive Branch and the Republican Guard and the Old Guard met.')).toEqual([]);
  });

  it('reads the Crown\'s customs as the UK\'s and a name on over "and Excise"', () => {
    expect(agencies('An officer of HM Customs and Excise, a Jamaican, searched the bags.').map((a) => [a.id, a.name])).toEqual([
      ['agency:gb-hm-customs-and-excise', 'HM Customs and Excise'],
    ]);
  });

  it("gives a dependent territory's force the territory's code", () => {
    expect(agencies('The Guam Police said the two had fled.').map((a) => [a.id, a.countryCode])).toEqual([['agency:gu-guam-police', 'GU']]);
  });

  it('reads a tail on over a second "of" when the first ends on a head', () => {
    expect(agencies('In Bolivia, the Intelligence Department of the Police of the Capital kept files.').map((a) => a.id)).toEqual([
      'agency:bo-intelligence-department-of-the-police-of-the-capital',
    ]);
  });

  it('takes the country of the agencies named later in a sentence that names no country, and a reference short form of it', () => {
    const story = { storyCountries: new Set(['RO', 'MD']) };
    expect(agencies('The National Police and the SBU said the men had fled.', story).map((a) => a.id)).toEqual([
      'agency:ua-national-police-of-ukraine',
      'agency:ua-sbu',
    ]);
  });

  it("reads a numbered unit of a story's service in a text naming no country, and no owner glued before a known agency as an agency", () => {
    const story = new StoryMemory();
    recognise('Cuban intelligence ran the network from Havana.', { story, storyCountries: new Set(['ES', 'CU']) });
    expect(agencies('An officer of Unit 2270 recruited him.', { story, storyCountries: new Set(['ES', 'CU']) }).map((a) => a.id)).toEqual([
      'agency:cu-unit-2270',
    ]);
    expect(agencies('The Lahore Police Counter Terrorism Department arrested him.', { storyCountries: new Set(['PK']) }).map((a) => a.id)).toEqual([
      'agency:pk-ctd',
    ]);
  });

  it("reads a lone Gendarmerie as the country's, the reference's where it holds one", () => {
    expect(agencies('In Luxembourg, the Gendarmerie was merged into the police in 2000.').map((a) => a.id)).toEqual(['agency:lu-gendarmerie']);
    expect(agencies('The Gendarmerie arrested him in Mali.').map((a) => a.id)).toEqual(['agency:ml-national-gendarmerie-of-mali']);
    expect(agencies('In Mali, the Gendarmerie Bill passed.')).toEqual([]);
  });

  it("reads a unit a known service owns by its own name, not by a description ('Special Operations')", () => {
    expect(agencies("In Russia, a veteran of the FSB's Vympel special unit spoke.").map((a) => a.id)).toEqual(['agency:ru-fsb', 'agency:ru-vympel']);
    expect(agencies("Officers of Sokol, the SBU's counter-terrorism unit, were charged.").map((a) => a.id)).toEqual(['agency:ua-sokol', 'agency:ua-sbu']);
    expect(agencies("In South Africa, the SSA's Special Operations unit spent it.").map((a) => a.id)).toEqual(['agency:za-ssa']);
  });

  it("reads no reference agency in the first words of a council's or a law's name, but keeps an acronym before one", () => {
    expect(agencies('In South Africa, the State Security Council met weekly.')).toEqual([]);
    expect(agencies('He trained at the FBI Academy in Virginia.').map((a) => a.id)).toEqual(['agency:us-fbi']);
  });

  it("reads a unit named after a known agency's possessive without an acronym, its name going on past its head and a second 'of'", () => {
    expect(agencies("The FSB's Directorate for the Protection of the Constitutional Order questioned him.").map((a) => a.id)).toEqual([
      'agency:ru-fsb',
      'agency:ru-directorate-for-the-protection-of-the-constitutional-order',
    ]);
    expect(agencies("In Australia, the Victoria Police's Task Force Lorimer found him.").map((a) => a.id)).toEqual([
      'agency:au-victoria-police',
      'agency:au-task-force-lorimer',
    ]);
    expect(
      agencies('In Chile, the Intelligence Directorate of the Army of Chile and the Directorate of Intelligence of the Ministry of Defence met.').map(
        (a) => a.id,
      ),
    ).toEqual(['agency:cl-intelligence-directorate-of-the-army', 'agency:cl-directorate-of-intelligence']);
  });

  it('names a former state\'s collective services with its own adjective ("Soviet intelligence"), under its successor\'s code', () => {
    expect(agencies('He passed secrets to Soviet intelligence for years.').map((a) => a.id)).toEqual(['agency:ru-soviet-intelligence-services']);
    expect(agencies('He passed secrets to Russian intelligence for years.').map((a) => a.id)).toEqual(['agency:ru-russian-intelligence-services']);
  });

  it("reads a service named in its own language, ending before the first English word, the reference's by its short form where it holds one", () => {
    expect(agencies('The Brigade des stupéfiants of the Paris police seized the drugs, France said.').map((a) => a.id)).toContain(
      'agency:fr-brigade-des-stupefiants',
    );
    expect(agencies('In Italy, the Squadra Mobile arrested the boss.').map((a) => a.id)).toEqual(['agency:it-squadra-mobile']);
    expect(agencies('In Chile, the Policía de Investigaciones arrested him.').map((a) => a.id)).toEqual(['agency:cl-pdi']);
    expect(agencies('In Chile, the Brigade Intelligence Officer and the Direction of Traffic spoke.')).toEqual([]);
  });
});

describe('units a card names through an apposition or a crime branch', () => {
  it('reads a name called "a (special) unit of" a known service as that country\'s agency', () => {
    expect(agencies('The boss was killed in 1994 by the Hunter Group, a special unit of the National Police of Colombia.').map((a) => a.id)).toEqual([
      'agency:co-hunter-group',
      'agency:co-national-police-of-colombia',
    ]);
    // A person or a body that is no known service's part stays unread.
    expect(agencies('Maria Lopez, a member of the FBI, testified.').map((a) => a.id)).toEqual(['agency:us-fbi']);
    expect(agencies('The Hunter Group, a unit of the army, withdrew.')).toEqual([]);
  });

  it('reads a city\'s "Crime Branch" as a police unit of the country the story names', () => {
    expect(agencies('In India, the Surat Crime Branch arrested two men.').map((a) => a.id)).toEqual(['agency:in-surat-crime-branch']);
  });
});
