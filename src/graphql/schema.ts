import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema, emitSchemaDefinitionFile, NonEmptyArray } from 'type-graphql';
import { authChecker } from './auth';
import { directFieldResolvers } from './direct-resolvers';
import { CitationResolver, ClaimResolver } from '../modules/claim/claim.resolver';
import { EntityResolver, PersonResolver } from '../modules/entity/entity.resolver';
import { Agency, Country, Group, Organization, Person } from '../modules/entity/entity.type';
import { SourceResolver } from '../modules/source/source.resolver';
import { StoryResolver } from '../modules/story/story.resolver';
import { TopicResolver } from '../modules/topic/topic.resolver';
import { CitationCredibilityResolver, CitationGradeResolver, SourceGradeResolver, SourceReliabilityResolver } from '../modules/grading/grading.resolver';
import { ClaimLinkResolver, ClaimRelationsResolver } from '../modules/provenance/claim-relation.resolver';
import { ClaimAnalysisResolver, ProvenanceResolver } from '../modules/provenance/provenance.resolver';
import { ExploreResolver } from '../modules/explore/explore.resolver';
import { SearchResolver } from '../modules/search/search.resolver';
import { AnalyticsResolver } from '../modules/analytics/analytics.resolver';
import { ApiKeyResolver } from '../modules/identity/api-key.resolver';
import { ViewerResolver } from '../modules/identity/identity.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { NodeResolver } from '../modules/node/node.resolver';
import { FeedResolver } from '../modules/feed/feed.resolver';
import { processFeed } from '../modules/feed/feed.pubsub';
import { InterchangeResolver } from '../modules/interchange/interchange.resolver';
import { MarkingResolver } from '../modules/marking/marking.resolver';
import { fromRoot } from '../config/paths';

export const SCHEMA_FILE = fromRoot('schema', 'schema.graphql');

/** Every resolver, listed explicitly: registration never depends on import order. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
export const RESOLVERS: NonEmptyArray<Function> = [
  StoryResolver,
  ClaimResolver,
  CitationResolver,
  SourceResolver,
  EntityResolver,
  PersonResolver,
  TopicResolver,
  SourceGradeResolver,
  CitationGradeResolver,
  SourceReliabilityResolver,
  CitationCredibilityResolver,
  ClaimLinkResolver,
  ClaimRelationsResolver,
  ProvenanceResolver,
  ClaimAnalysisResolver,
  ExploreResolver,
  SearchResolver,
  AnalyticsResolver,
  ViewerResolver,
  ApiKeyResolver,
  AuditResolver,
  NodeResolver,
  FeedResolver,
  InterchangeResolver,
  MarkingResolver,
];

let cached: Promise<GraphQLSchema> | undefined;

/** type-graphql gives the root types no description; every element of the schema has one (a unit test checks). */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const roots = {
    Query: 'What can be read',
    Mutation: 'What can be written (roles: see AccessRole)',
    Subscription: 'Live events, over WebSocket (graphql-ws)',
  };
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (type && !type.description) type.description = roots[type.name as keyof typeof roots];
  }
  return schema;
}

/** Builds the schema once per process; `validate: true` runs class-validator on every input. */
export function buildAppSchema(options: { emitTo?: string } = {}): Promise<GraphQLSchema> {
  if (options.emitTo || !cached) {
    const built = buildSchema({
      resolvers: RESOLVERS,
      orphanedTypes: [Country, Agency, Person, Organization, Group],
      validate: { forbidUnknownValues: false },
      authChecker,
      authMode: 'error',
      // Subscriptions read from the context's feed (the server gives processFeed()); type-graphql still wants a pub/sub here.
      pubSub: processFeed().pubSub,
    })
      .then(describeRootTypes)
      .then((schema) => (directFieldResolvers(schema, RESOLVERS), schema));
    if (options.emitTo) {
      const emitTo = options.emitTo;
      return built.then(async (schema) => {
        await emitSchemaDefinitionFile(emitTo, schema, { sortedSchema: true });
        return schema;
      });
    }
    cached = built;
  }
  return cached;
}
