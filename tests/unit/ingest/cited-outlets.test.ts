import { citedBodies, findCitedOutlets } from '../../../src/ingest/recognise/cited-outlets';
import { tokenize } from '../../../src/ingest/recognise/text-tokens';

function outlets(text: string, publishers: string[], isFree: (i: number) => boolean = () => true): string[] {
  return findCitedOutlets(text, tokenize(text), publishers, isFree).map((m) => m.id);
}

describe('publishers the story cites, named in its text', () => {
  it('reads a cited publisher named in the text as an organisation, without its article', () => {
    expect(outlets('The reports appeared in The Age and The Sydney Morning Herald from 2018.', ['The Age', 'The Sydney Morning Herald'])).toEqual([
      'org:age',
      'org:sydney-morning-herald',
    ]);
    expect(outlets('She told Channel 4 that the service had tapped their phones.', ['Channel 4'])).toEqual(['org:channel-4']);
    expect(outlets("Greenpeace received $8.16 million in damages; Yad Vashem's record", ['Greenpeace', 'Yad Vashem'])).toEqual([
      'org:greenpeace',
      'org:yad-vashem',
    ]);
  });

  it('needs the article a masthead is written with, inside a sentence', () => {
    expect(outlets('Investigators linked the accused to the Hindu hardline group.', ['The Hindu'])).toEqual([]);
    expect(outlets('The Hindu nationalist leader was acquitted.', ['The Hindu'])).toEqual([]);
    expect(outlets('Namibian prosecutors charged the accused.', ['The Namibian'])).toEqual([]);
  });

  it('reads no acronym, building, domain, longer name, outlet reported from or claimed word', () => {
    expect(outlets('The UGTT is the largest trade union.', ['UGTT'])).toEqual([]);
    expect(outlets('A statue stands above the door of Westminster Abbey.', ['Westminster Abbey'])).toEqual([]);
    expect(outlets('The ministry posted the decree on gob.mx yesterday.', ['gob.mx'])).toEqual([]);
    expect(outlets('He was the editor of Forbes Russia.', ['Forbes'])).toEqual([]);
    expect(outlets('He said that The Age reported the raid.', ['The Age'])).toEqual([]);
    expect(outlets('The FBI arrested him.', ['FBI Press Office', 'FBI'], (i) => i !== 1)).toEqual([]);
    expect(outlets('Investors in Forbes said so.', ['Forbes'], () => false)).toEqual([]);
  });

  it('leaves out a cited name the story writes as an operation', () => {
    const texts = ['The Operation Kenova report led by Jon Boutcher concluded …', 'Kenova examined 101 murders.'];
    expect(citedBodies(['Kenova', 'The Irish Times', 'Kenova'], texts)).toEqual(['The Irish Times']);
  });
});
