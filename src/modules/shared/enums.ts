import { registerEnumType } from 'type-graphql';

export enum ClaimKind {
  KEY_FACT = 'KEY_FACT',
  DATA_POINT = 'DATA_POINT',
  STATEMENT = 'STATEMENT',
}

export enum SourceKind {
  NEWS_REPORT = 'NEWS_REPORT',
  GOVERNMENT_RECORD = 'GOVERNMENT_RECORD',
  OFFICIAL_STATEMENT = 'OFFICIAL_STATEMENT',
  ANALYSIS = 'ANALYSIS',
  DATASET = 'DATASET',
  SOCIAL_MEDIA = 'SOCIAL_MEDIA',
  OTHER = 'OTHER',
}

export enum EntityType {
  COUNTRY = 'COUNTRY',
  AGENCY = 'AGENCY',
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  GROUP = 'GROUP',
}

/** How an organisation is tied to a country. */
export enum TieRelation {
  REPRESENTS = 'REPRESENTS',
  LOCATED_IN = 'LOCATED_IN',
  AFFILIATED_WITH = 'AFFILIATED_WITH',
}

registerEnumType(ClaimKind, {
  name: 'ClaimKind',
  description: 'What sort of statement a claim is',
  valuesConfig: {
    KEY_FACT: { description: "A fact the story asserts (a card's 📌 Key Facts)" },
    DATA_POINT: { description: "A statement backed by a cited source (a card's 📊 Relevant Data)" },
    STATEMENT: { description: 'Anything else someone said' },
  },
});
registerEnumType(SourceKind, {
  name: 'SourceKind',
  description: 'What sort of document a source is',
  valuesConfig: {
    NEWS_REPORT: { description: 'An article by a news outlet' },
    OFFICIAL_STATEMENT: { description: 'A statement by a government, agency or organisation' },
    GOVERNMENT_RECORD: { description: 'A record, filing or transcript of a government body' },
    ANALYSIS: { description: 'A report or analysis by a think tank, researcher or firm' },
    DATASET: { description: 'Data: statistics, a database, a leak' },
    SOCIAL_MEDIA: { description: 'A post on a social network or messaging channel' },
    OTHER: { description: 'Anything else' },
  },
});
registerEnumType(EntityType, {
  name: 'EntityType',
  description: 'The kinds of entity; each is also a GraphQL type implementing Entity',
  valuesConfig: {
    COUNTRY: { description: 'A country (ISO 3166-1)' },
    AGENCY: { description: 'A government agency' },
    PERSON: { description: 'A named person' },
    ORGANIZATION: { description: 'A company, outlet, embassy or other organisation' },
    GROUP: { description: 'People speaking as one' },
  },
});
/** What each tie means; CountryTieKind reuses them for the same ties. */
export const TIE_MEANINGS: Readonly<Record<TieRelation, { description: string }>> = {
  REPRESENTS: { description: 'It acts for the country, e.g. an embassy' },
  LOCATED_IN: { description: 'It is in the country' },
  AFFILIATED_WITH: { description: 'It is linked to the country otherwise' },
};
registerEnumType(TieRelation, { name: 'TieRelation', description: 'How an organisation is tied to a country', valuesConfig: TIE_MEANINGS });
