import { distinctIds, recognizeEntities } from '../../../src/ingest/recognise/entity-recognition';
import { loadReference } from '../../../src/ingest/recognise/reference';
import { StoryMemory } from '../../../src/ingest/recognise/story-memory';

const reference = loadReference();

function idsIn(text: string): string[] {
  return distinctIds(recognizeEntities(text, { reference, date: '2025-12-08' }).mentions);
}

function organisations(text: string, story = new StoryMemory()): string[] {
  return distinctIds(recognizeEntities(text, { reference, date: '2025-12-08', story }).mentions).filter((id) => id.startsWith('org:'));
}

describe('news outlets named in a text', () => {
  it('reads an outlet as an organisation under the spelling the text uses, without its article', () => {
    expect(organisations('Phillips, a longtime contributor to The Guardian, was researching a book.')).toEqual(['org:guardian']);
    expect(organisations('He told the Wall Street Journal that he was innocent.')).toEqual(['org:wall-street-journal']);
    expect(organisations('He posted the video on Telegram.')).toEqual(['org:telegram']);
  });

  it('keeps a service named after the outlet whole', () => {
    expect(organisations('He broadcast for the BBC World Service until 1978.')).toEqual(['org:bbc-world-service']);
  });

  it('stops the outlet name before another name or a day', () => {
    expect(idsIn('In an interview with Reuters Vladimir Putin denied it.')).toEqual(['org:reuters', 'person:vladimir-putin']);
    expect(organisations('He spoke to The Washington Post Amnesty International said.')).toEqual(['org:washington-post', 'org:amnesty-international']);
    expect(organisations('He spoke to the BBC Sunday about the plot.')).toEqual(['org:bbc']);
    expect(organisations('He spoke to CNN Monday and to the Guardian Tuesday.')).toEqual(['org:cnn', 'org:guardian']);
  });

  it('reads no outlet in a lower-case phrase, a one-letter name, the outlet a text reports from, or the acronym of a body the story named', () => {
    expect(organisations('They climbed the hill and posted on X about it.')).toEqual([]);
    expect(organisations('The New York Times reports that the CIA gave Mexico a list.')).toEqual([]);
    expect(organisations('According to Reuters, the CIA gave Mexico a list.')).toEqual([]);
    expect(organisations('The New York Times has reported that the CIA gave Mexico a list.')).toEqual([]);
    expect(organisations('Reuters found that the CIA gave Mexico a list.')).toEqual([]);
    expect(organisations('The Washington Post disclosed that the CIA gave Mexico a list.')).toEqual([]);
    const story = new StoryMemory();
    organisations('The Australian Federal Police tipped off Indonesia.', story);
    expect(organisations('His father asked the AFP to stop him.', story)).toEqual([]);
  });
});
