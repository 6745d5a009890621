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
  valuesConfig: {
    KEY_FACT: { description: "A fact the story asserts (a card's 📌 Key Facts)" },
    DATA_POINT: { description: "A statement backed by a cited source (a card's 📊 Relevant Data)" },
    STATEMENT: { description: 'Anything else someone said' },
  },
});
registerEnumType(SourceKind, { name: 'SourceKind' });
registerEnumType(EntityType, { name: 'EntityType' });
registerEnumType(TieRelation, { name: 'TieRelation' });
