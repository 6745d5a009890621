/** The recognise stage of the ingest pipeline: what other stages and callers use. */
export { agencyIdForms, statedAgencyIdForms } from './agency-id-forms';
export { organizationIdForms } from './organization-id-forms';
export { personIdForms } from './person-id-forms';
export { bareLegislatureIds } from './legislature-country';
export { countryName } from './country-forms';
export { entityIdOf } from './entity-drafts';
export type { EntityDraft } from './entity-drafts';
export type { EntityMention } from './entity-mention';
export { countryCodesIn, countryMentionsIn, distinctIds, recognizeEntities } from './entity-recognition';
export { citedBodies } from './cited-outlets';
export { canonicalPublisher, findStorySource, sourceKindOf } from './publishers';
export { loadReference, Reference } from './reference';
export { sharedCountryReadings } from './shared-country-forms';
export { StoryMemory } from './story-memory';
export { splitTopics } from './topics';
