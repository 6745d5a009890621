import { recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { EntityType } from '../../../src/modules/shared/enums';

/** Services no list holds, read from how a text names them: staff intelligence sections and units named with their parent. */
const reference = loadReference();

function agencyIds(text: string): string[] {
  return recognizeEntities(text, { reference, date: '2025-12-08' })
    .mentions.filter((m) => m.entity.type === EntityType.AGENCY)
    .map((m) => m.id);
}

describe('staff intelligence sections', () => {
  it('reads "the G-2" in a sentence about intelligence as a service of the country in view', () => {
    expect(agencyIds("In Panama, Noriega had headed the G-2, the National Guard's intelligence service.")).toContain('agency:pa-g-2');
    expect(agencyIds('In Colombia, the army J2 intelligence staff ran the informants.')).not.toContain('agency:co-j2');
    expect(agencyIds('In Colombia, officers of the J2 ran the army intelligence network.')).toContain('agency:co-j2');
  });

  it('needs an intelligence word in the sentence: a road or a summit is no service', () => {
    expect(agencyIds('In France, the A2 motorway was closed after the crash.')).toEqual([]);
    expect(agencyIds('In Germany, leaders of the G-2 met in Berlin.')).toEqual([]);
  });
});

describe('units named with their parent', () => {
  it('reads a name closed by a unit noun after a known agency\'s possessive ("the DINA\'s Mulchén Brigade")', () => {
    expect(agencyIds("In Chile, the DINA's Mulchén Brigade carried out the abduction.")).toEqual(['agency:cl-dina', 'agency:cl-mulchen-brigade']);
  });

  it('keeps a descriptive name a description ("the DINA\'s Special Operations Brigade")', () => {
    expect(agencyIds("In Chile, the DINA's Special Operations Brigade carried out the abduction.")).toEqual(['agency:cl-dina']);
  });

  it('reads a described unit after a known agency\'s possessive by the acronym the text gives it ("mobile brigade (BMG)")', () => {
    expect(agencyIds("Two officers of the Grand Ducal Police's mobile brigade (BMG) went on trial in Luxembourg.")).toEqual([
      'agency:lu-grand-ducal-police',
      'agency:lu-bmg',
    ]);
    expect(agencyIds("Two officers of the Grand Ducal Police's mobile brigade went on trial in Luxembourg.")).toEqual(['agency:lu-grand-ducal-police']);
  });

  it('reads "<Name>, the special unit of the <agency>" as that agency\'s unit', () => {
    expect(agencyIds('Two officers of Aras, the special unit of the Lithuanian Police, were killed.')).toContain('agency:lt-aras');
  });

  it('takes no sentence opener for a name ("Yesterday, the special unit of the …")', () => {
    expect(agencyIds('Yesterday, the special unit of the Lithuanian Police was deployed.')).toEqual(['agency:lt-lithuanian-police']);
  });
});

describe('bodies that watch the services', () => {
  it.each([
    'In New Zealand, the Independent Police Conduct Authority found the roadblocks unlawful.',
    'In Britain, the Police Complaints Authority investigated the shooting.',
  ])('are no agencies: %s', (text) => {
    expect(agencyIds(text)).toEqual([]);
  });

  // The Danish board is read in the next test: an exact list there shows "(TET)" is no agency either.

  it('leave the service they watch an agency', () => {
    expect(agencyIds('In Denmark, the Danish Intelligence Oversight Board (TET) accused the FE of unlawful surveillance.')).toEqual(['agency:dk-fe']);
  });
});

describe('forces named by their country', () => {
  it('reads "<demonym> Police" as a force even when the demonym holds a word that makes other bodies ("South African Police")', () => {
    expect(agencyIds('The Security Branch was the political police of the South African Police under apartheid.')).toEqual([
      'agency:za-sb',
      'agency:za-south-african-police',
    ]);
  });

  it('still reads "African" outside a country name as another kind of body', () => {
    expect(agencyIds('In Kenya, the African Police Bureau met.')).toEqual([]);
  });
});

describe('task forces', () => {
  it("reads a task force a known agency leads as an agency of that agency's country", () => {
    // The reference holds the Counter Foreign Interference Taskforce since session 15: a task force it lacks shows the shape rule.
    expect(agencyIds('He was charged by the Joint Counter Terrorism Taskforce, led by the Australian Federal Police with ASIO.')).toContain(
      'agency:au-joint-counter-terrorism-taskforce',
    );
  });

  it('reads a task force whose name says police or intelligence work as an agency', () => {
    expect(agencyIds('In Kenya, the Anti-Terrorism Police Task Force arrested two men.')).toContain('agency:ke-anti-terrorism-police-task-force');
  });

  it("reads a task force after a known agency's possessive as that agency's (\"the Federal Police's Car Wash Task Force\")", () => {
    expect(agencyIds("In Brazil, the Federal Police's Car Wash Task Force arrested the executives.")).toEqual([
      'agency:br-pf',
      'agency:br-car-wash-task-force',
    ]);
  });

  it('leaves a soldiers\' task force no agency, even with "Security" in its name', () => {
    expect(agencyIds('In Nigeria, the Rivers State Internal Security Task Force, commanded by Maj. Paul Okuntimo, raided villages.')).toEqual([]);
  });
});

describe('a reference agency written with its country word before it', () => {
  it.each([
    ["Human rights groups have linked Rwanda's Directorate of Military Intelligence to attacks on exiles.", 'agency:rw-dmi'],
    ["Among them was Martin Dolinchek of South Africa's National Intelligence Service.", 'agency:za-national-intelligence-service-of-south-africa'],
  ])('is the reference entry whose name holds that country: %s', (text, id) => {
    expect(agencyIds(text)).toEqual([id]);
  });
});

describe('brigades and corps', () => {
  it('reads a police brigade or an investigation corps by its work', () => {
    expect(agencyIds('In Mexico, the Anti-Kidnapping Brigade freed him.')).toEqual(['agency:mx-anti-kidnapping-brigade']);
    expect(agencyIds('In Peru, the Criminal Investigation Corps arrested him.')).toEqual(['agency:pe-criminal-investigation-corps']);
  });

  it("leaves an army's or a militia's brigade and other corps no agency", () => {
    expect(agencyIds('In Russia, the 53rd Anti-Aircraft Missile Brigade fired the missile.')).toEqual([]);
    expect(agencyIds('In the United States, the Marine Corps and the Peace Corps recruited.')).toEqual([]);
  });
});

describe('a reference name that settles on no country', () => {
  it('lends no tail to a new agency ("Security Center" of the National Counterintelligence and Security Center)', () => {
    const mentions = recognizeEntities('The National Counterintelligence and Security Center has warned about networking sites.', {
      reference,
      date: '2019-05-17',
      storyCountries: new Set(['CN']),
    }).mentions;
    expect(mentions.map((m) => m.id)).toEqual([]);
  });
});
