import { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/** The fields a client selected below a resolver, by field name (aliases merged), nested. */
export interface Selection {
  [field: string]: Selection;
}

function collect(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, into: Selection, seen: Set<string>): void {
  for (const node of set?.selections ?? []) {
    if (node.kind === Kind.FIELD) {
      if (node.name.value.startsWith('__')) continue;
      const child = (into[node.name.value] ??= {});
      collect(node.selectionSet, fragments, child, seen);
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      collect(node.selectionSet, fragments, into, seen);
    } else if (!seen.has(node.name.value) && fragments[node.name.value]) {
      collect(fragments[node.name.value].selectionSet, fragments, into, new Set([...seen, node.name.value]));
    }
  }
}

/** What the client asked for under this field, optionally under a path (['edges', 'node'] of a connection). */
export function selectionOf(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: string[] = []): Selection {
  const root: Selection = {};
  for (const field of info.fieldNodes as readonly FieldNode[]) collect(field.selectionSet, info.fragments, root, new Set());
  return path.reduce<Selection>((sel, name) => sel[name] ?? {}, root);
}
