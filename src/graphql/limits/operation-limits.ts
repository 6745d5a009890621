import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { Limits } from '../../config/env';
import { LimitName, limitExceeded } from './limit-error';

/**
 * Aliases, depth and directives as graphql-armor validation rules, so refusals happen before
 * anything executes. Armor's own errors say "Syntax Error: ..." with a generic code; ours name
 * the limit and use LIMIT_EXCEEDED.
 *
 * Tokens are not counted by armor's max-tokens plugin: it throws from Apollo's parsingDidStart
 * hook, which Apollo Server 5 answers with a 500. The same counting lexer is built into
 * graphql-js (`parseOptions.maxTokens`, see server.ts); its refusal is recognised below.
 */
/** graphql-js's refusal of a document over `maxTokens`, as a LIMIT_EXCEEDED error (undefined for other errors). */
export function tokenLimitError(message: string): GraphQLError | undefined {
  const over = /Document contains more (?:than|that) (\d+) tokens/.exec(message);
  return over ? limitExceeded('tokens', Number(over[1])) : undefined;
}

export function operationLimits(limits: Limits, production: boolean): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const refuse = (limit: LimitName, max: number) => ({
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, armorError: GraphQLError) => {
        const found = /found (\d+)/.exec(armorError.message);
        context?.reportError(limitExceeded(limit, max, found ? Number(found[1]) : undefined));
      },
    ],
  });
  const { plugins, validationRules } = new ApolloArmor({
    costLimit: { enabled: false }, // schema-aware cost model in operation-gate.plugin.ts instead
    maxAliases: { n: limits.maxAliases, allowList: ['__typename'], ...refuse('aliases', limits.maxAliases) },
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...refuse('depth', limits.maxDepth) },
    maxDirectives: { n: limits.maxDirectives, ...refuse('directives', limits.maxDirectives) },
    maxTokens: { enabled: false },
    // "Did you mean ...?" would map the schema for anyone where introspection is off.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { plugins: plugins as ApolloServerPlugin[], validationRules };
}
