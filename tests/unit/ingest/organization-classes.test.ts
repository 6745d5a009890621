import { distinctIds, recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';

const reference = loadReference();

/** Organisation ids recognised in a text (the fourteenth round's classes: heads, continuations, context cues, units). */
function organisations(text: string, subject: string[] = []): string[] {
  const subjectCountries = new Set(subject);
  return distinctIds(recognizeEntities(text, { reference, date: '2025-12-08', subjectCountries, storyCountries: subjectCountries }).mentions).filter((id) =>
    id.startsWith('org:'),
  );
}

describe('organisation names opened by their head word', () => {
  it('reads an organisation word followed by "of", "for" or "on" and a name as a body', () => {
    expect(organisations('The Court of Appeal quashed the conviction.')).toEqual(['org:court-of-appeal']);
    expect(organisations('He studied at the University of Cambridge.')).toEqual(['org:university-of-cambridge']);
    expect(organisations('The Commission on Human Rights said so.')).toEqual(['org:commission-on-human-rights']);
    expect(organisations('He had worked for the Department of Energy.')).toEqual(['org:department-of-energy']);
  });

  it('keeps a country that ends such a name inside it', () => {
    expect(organisations('He met a deputy governor of the Bank of Russia.')).toEqual(['org:bank-of-russia']);
  });

  it('does not read a lone organisation word as a body', () => {
    expect(organisations('The court of the king met on Monday.')).toEqual([]);
  });
});

describe('organisation names going on after "of the"', () => {
  it('goes on with "of the" and a capitalised word once an organisation word was read', () => {
    expect(organisations('He named himself head of the National Council for the Safeguard of the Homeland.')).toEqual([
      'org:national-council-for-the-safeguard-of-the-homeland',
    ]);
    expect(organisations('He led the Movement for the Survival of the Ogoni People.')).toEqual(['org:movement-for-the-survival-of-the-ogoni-people']);
  });
});

describe('organisation words completed for the class', () => {
  it('reads research, learned and sporting bodies, funds and chambers by their last word', () => {
    expect(organisations('He worked at Los Alamos National Laboratory.')).toEqual(['org:los-alamos-national-laboratory']);
    expect(organisations('He was president of the Asian Football Confederation.')).toEqual(['org:asian-football-confederation']);
    expect(organisations('The Law Society of Kenya protested.')).toEqual(['org:law-society-of-kenya']);
    expect(organisations('He was tried by the Extraordinary African Chambers.')).toEqual(['org:extraordinary-african-chambers']);
  });

  it('reads a military formation with an ordinal as an organisation', () => {
    expect(organisations('He kept the vault of the 8th Infantry Division in Bad Kreuznach.')).toEqual(['org:8th-infantry-division']);
  });
});

describe('the kind of body written before its name', () => {
  it('reads a name after a bank, site, station, platform, court or consultancy noun as an organisation', () => {
    expect(organisations('The bank BBVA was investigated for hiring him.')).toEqual(['org:bbva']);
    expect(organisations('The GKNB shut down the news site Kloop in 2024.')).toEqual(['org:kloop']);
    expect(organisations('In 1990 the anti-graft court Sandiganbayan convicted 16 soldiers.')).toEqual(['org:sandiganbayan']);
    expect(organisations('He posted the files on the chat platform Discord.')).toEqual(['org:discord']);
  });

  it('reads a name after what a business makes or holds as an organisation', () => {
    expect(organisations('Besse, chief executive of the French carmaker Renault, was shot.')).toEqual(['org:renault']);
    expect(organisations('Besse had earlier run the aluminium maker Pechiney.')).toEqual(['org:pechiney']);
    expect(organisations('Katsuhisa Ezaki, president of the Japanese confectioner Ezaki Glico, escaped.')).toEqual(['org:ezaki-glico']);
    expect(organisations('The charge concerned the investment fund Doyen Sports.')).toEqual(['org:doyen-sports']);
  });
});

describe('whom a body sides with, written before its name', () => {
  it('leaves the word after "pro-" or "anti-" out of the name', () => {
    expect(organisations('Mandić and Knežević, leaders of the pro-Russian Democratic Front, were sentenced.')).toEqual(['org:democratic-front']);
    expect(organisations('Seoul accused the pro-Pyongyang General Association of Korean Residents in Japan of directing him.')).toEqual([
      'org:general-association-of-korean-residents-in-japan',
    ]);
  });
});

describe('a body named by a number before its words', () => {
  it('keeps the number glued before the name inside it', () => {
    expect(organisations('Caruana Galizia had reported on 17 Black, a Dubai company owned by Fenech.')).toEqual(['org:17-black']);
    expect(organisations('The 22 July Commission found that the attack could have been stopped.')).toEqual(['org:22-july-commission']);
  });

  it('leaves a year or a count out of the name', () => {
    expect(organisations('The 1980 Olympic Committee met in Moscow.')).toEqual(['org:olympic-committee']);
    expect(organisations('He sued some 30 Banking Commission officials.')).toEqual(['org:banking-commission']);
  });
});

describe('a body named by a list of what it serves', () => {
  it("keeps the list's first word, set off by a comma, inside the name", () => {
    expect(organisations("Gambia's Truth, Reconciliation and Reparations Commission recorded testimony.")).toEqual([
      'org:truth-reconciliation-and-reparations-commission',
    ]);
  });

  it('reads no body in a list of places or before a name with no "and"', () => {
    expect(organisations('He lived in Moscow, London and Quebec City.')).toEqual([]);
    expect(organisations('In Banjul, the Reparations Commission met.')).toEqual(['org:reparations-commission']);
  });
});

describe('what a writer writes for', () => {
  it('reads the name a writer writes for as an outlet', () => {
    expect(organisations('McKee had written for The Atlantic and other outlets.')).toEqual(['org:atlantic']);
    expect(organisations('Guerin, who wrote for the Sunday Independent, was shot.')).toEqual(['org:sunday-independent']);
    expect(organisations('Bazoft was a journalist working for The Observer in London.')).toEqual(['org:observer']);
    expect(organisations('Woods was the editor of the Daily Dispatch.')).toEqual(['org:daily-dispatch']);
  });

  it('reads no outlet after other work, nor an empty name', () => {
    expect(organisations('He had worked for the Bolsheviks in Petrograd.')).toEqual([]);
    expect(organisations('She was a journalist working for the.')).toEqual([]);
  });
});

describe('names a reader takes for bodies from the words around them', () => {
  it('reads a name followed by an apposition whose head is a kind of body as an organisation', () => {
    expect(organisations('Frelimo, the ruling party, condemned the killing.')).toEqual(['org:frelimo']);
    expect(organisations('Choudry was a member of GATT Watchdog, a group opposing free-trade deals.')).toEqual(['org:gatt-watchdog']);
    expect(organisations('They read messages on EncroChat, an encrypted phone network used by gangs.')).toEqual(['org:encrochat']);
  });

  it('does not take a person for a body when the body word only qualifies the head', () => {
    expect(organisations('He met Andrew Jones, a company director, in Leeds.')).toEqual([]);
    expect(organisations('He met Andrew Jones, a member of the party, in Leeds.')).toEqual([]);
  });

  it('reads a name followed by its kind in lower case as an organisation, without the kind', () => {
    expect(organisations('Police searched the newsroom of his Apple Daily newspaper.')).toEqual(['org:apple-daily']);
    expect(organisations('Investigators named the leader of the Babbar Khalsa group.')).toEqual(['org:babbar-khalsa']);
  });

  it('leaves two names sharing one kind word alone rather than reading them as one body', () => {
    expect(organisations('The CIA organised air support for the Permesta and PRRI rebels.')).toEqual([]);
  });
});

describe('military units', () => {
  it('reads a unit named by a number after its kind word as an organisation', () => {
    expect(organisations('Israel blamed the attack in Larnaca on Force 17.')).toEqual(['org:force-17']);
    expect(organisations('Seoul formed its own commando unit, the later Unit 684.')).toEqual(['org:unit-684']);
    expect(organisations('Officers of Task Group 3.3.2 ran the camp.')).toEqual(['org:task-group-3-3-2']);
  });

  it('does not read a number after any other word as part of a name', () => {
    expect(organisations('The cartel had blown up Avianca Flight 203.')).not.toContain('org:flight-203');
  });

  it('reads platoons by their last word', () => {
    expect(organisations('Members of a unit known as the Tripoli Platoon were suspected.')).toEqual(['org:tripoli-platoon']);
  });
});

describe('office holders and causes inside a body name', () => {
  it("keeps an office holder's possessive before Office inside the name", () => {
    expect(organisations("The Anti-Corruption Prosecutor's Office said he had used police resources.")).toEqual(['org:anti-corruption-prosecutor-s-office']);
  });

  it('goes on with "against" and the one word of the cause after an organisation word', () => {
    expect(organisations('The International Commission against Impunity in Guatemala was closed.')).toContain(
      'org:international-commission-against-impunity-in-guatemala',
    );
    expect(organisations("He backed the People's National Party against Edward Seaga's party.")).toContain('org:people-s-national-party');
  });
});

describe('offices named without their holder', () => {
  it('reads a prosecutor named without a holder as the institution', () => {
    expect(organisations('The Federal Prosecutor said the group had planned to storm the parliament.')).toEqual(['org:federal-prosecutor']);
  });

  it("reads the office before its holder's name as a title", () => {
    expect(organisations('Special Prosecutor Robert Mueller was appointed.')).toEqual([]);
  });

  it('reads a subcommittee by its last word', () => {
    expect(organisations('He was named before the Senate Internal Security Subcommittee.')).toEqual(['org:senate-internal-security-subcommittee']);
  });
});

describe('learned and oversight bodies named with their country', () => {
  it('keeps the country word opening such a body', () => {
    expect(organisations('The Danish Intelligence Oversight Board accused the service.')).toEqual(['org:danish-intelligence-oversight-board']);
    expect(organisations('He was a member of the Austrian-Israeli Society.')).toEqual(['org:austrian-israeli-society']);
  });
});

describe('courts by another name', () => {
  it('reads a jurisdiction as a body', () => {
    expect(organisations('The Special Jurisdiction for Peace ordered his release in May 2019.')).toEqual(['org:special-jurisdiction-for-peace']);
  });
});

describe('acronyms spoken as words', () => {
  it('reads a reference acronym of five letters or more written as a word', () => {
    expect(organisations('Frelimo, the ruling party, and the opposition Renamo both condemned the killing.')).toEqual(['org:frelimo', 'org:renamo']);
  });

  it('keeps shorter acronyms to their capitals', () => {
    expect(organisations('Nato troops left.')).toEqual([]);
  });
});

describe('remits and offices (session 15, second round)', () => {
  it('goes on with "on the" after a commission or committee named in common words', () => {
    expect(organisations('He testified before the National Commission on the Disappearance of Persons in 1984.')).toEqual([
      'org:national-commission-on-the-disappearance-of-persons',
    ]);
    expect(organisations('The Commission on the Truth for El Salvador found in 1993 that he was guilty.')).toEqual([
      'org:commission-on-the-truth-for-el-salvador',
    ]);
  });

  it('stops before "on the" after a body named for someone, and after other heads', () => {
    expect(organisations('The Kahan Commission on the Sabra and Shatila massacre reported in 1983.')).toEqual(['org:kahan-commission']);
    expect(organisations('The Royal Army on the Golan Heights held.')).not.toContain('org:royal-army-on-the-golan-heights');
  });

  it('reads no body in what an office title leaves before "of"', () => {
    expect(organisations('The coup was led by the Commissioner of Police, John Harlley.')).toEqual([]);
    expect(organisations('He was shot dead with Assistant Inspector General of Police Andrew Kaweesi.')).toEqual([]);
  });
});

describe('known bodies inside longer names (session 15, second round)', () => {
  it('reads a known body joined to name words that go on to an organisation head as the longer body', () => {
    expect(organisations('He had founded the Student Solidarity Committee in Krakow.')).toEqual(['org:student-solidarity-committee']);
    expect(organisations('He taught at the Luoyang PLA University of Foreign Languages.')).toEqual(['org:luoyang-pla-university-of-foreign-languages']);
  });

  it('keeps the known body before a thing named after it, a title, or an agency named after it', () => {
    expect(organisations('Korean Air Flight 858 exploded over the Andaman Sea.')).toEqual(['org:korean-air']);
    expect(organisations('The U.S. Army Counter Intelligence Corps had employed him.')).not.toContain('org:united-states-army');
  });
});
