import { ASTNode, FragmentDefinitionNode, GraphQLError, Kind, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql';

/** Deeper than any legitimate query of this schema; stops pathological nesting before it runs. */
export const MAX_QUERY_DEPTH = 15;

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
      // A fragment spread cycle is reported by GraphQL's own rules; here it simply stops.
      deepest = Math.max(deepest, depthOf(fragments[selection.name.value].selectionSet, fragments, new Set([...seen, selection.name.value])));
    }
  }
  return deepest;
}

/** A validation rule: BAD_USER_INPUT-like GraphQL validation error when an operation nests too deeply. */
export function depthLimit(max = MAX_QUERY_DEPTH): ValidationRule {
  return (context: ValidationContext) => {
    const document = context.getDocument();
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > max) {
          context.reportError(new GraphQLError(`The query is ${depth} levels deep; at most ${max} are allowed`, { nodes: [node as ASTNode] }));
        }
      },
    };
  };
}
