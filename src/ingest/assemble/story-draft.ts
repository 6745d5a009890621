import type { StoryInput } from '../../modules/story/story.input';

/**
 * The plain object a card becomes: StoryInput's fields without its id/url (the API derives the id,
 * cards carry no url). class-validator checks it when the API ingests it.
 */
export type StoryDraft = Pick<StoryInput, 'title' | 'summary' | 'publishedAt' | 'topics' | 'sources' | 'basedOn' | 'entities' | 'claims' | 'marking'>;

export type SourceDraft = StoryDraft['sources'][number];
export type ClaimDraft = StoryDraft['claims'][number];
