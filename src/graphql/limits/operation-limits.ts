import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { Limits } from '../../config/env';
import { LimitName, limitExceeded } from './limit-error';

/**
 * Aliases, depth, directives (validation rules) and tokens (counted while parsing) from
 * graphql-armor, so refusals happen before anything executes. Armor's own errors say
 * "Syntax Error: ..." with a generic code; ours name the limit and use LIMIT_EXCEEDED.
 */
export function operationLimits(limits: Limits, production: boolean): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const refuse = (limit: LimitName, max: number) => ({
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, armorError: GraphQLError) => {
        const found = /found (\d+)/.exec(armorError.message);
        const error = limitExceeded(limit, max, found ? Number(found[1]) : undefined);
        // The token counter runs inside the parser, which has no validation context: throwing
        // there stops parsing at the first token over the limit.
        if (!context) throw error;
        context.reportError(error);
      },
    ],
  });
  const { plugins, validationRules } = new ApolloArmor({
    costLimit: { enabled: false }, // schema-aware cost model in operation-gate.plugin.ts instead
    maxAliases: { n: limits.maxAliases, allowList: ['__typename'], ...refuse('aliases', limits.maxAliases) },
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...refuse('depth', limits.maxDepth) },
    maxDirectives: { n: limits.maxDirectives, ...refuse('directives', limits.maxDirectives) },
    maxTokens: { n: limits.maxTokens, ...refuse('tokens', limits.maxTokens) },
    // "Did you mean ...?" would map the schema for anyone where introspection is off.
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { plugins: plugins as ApolloServerPlugin[], validationRules };
}
