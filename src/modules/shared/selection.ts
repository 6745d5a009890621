import {
  FieldNode,
  FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  GraphQLResolveInfo,
  isInterfaceType,
  isObjectType,
  Kind,
  SelectionSetNode,
} from 'graphql';

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

function fieldNodes(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  name: string,
  out: FieldNode[],
  seen: Set<string>,
): void {
  for (const node of set?.selections ?? []) {
    if (node.kind === Kind.FIELD) {
      if (node.name.value === name) out.push(node);
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      fieldNodes(node.selectionSet, fragments, name, out, seen);
    } else if (!seen.has(node.name.value) && fragments[node.name.value]) {
      fieldNodes(fragments[node.name.value].selectionSet, fragments, name, out, new Set([...seen, node.name.value]));
    }
  }
}

/**
 * The arguments and selection of a child field that the client asked for exactly once (so the parent
 * may read it in the same statement); null when absent, aliased several times, or not a field of the type.
 */
export function childField(info: GraphQLResolveInfo, name: string): { args: Record<string, unknown>; selection: Selection } | null {
  const nodes: FieldNode[] = [];
  for (const field of info.fieldNodes) fieldNodes(field.selectionSet, info.fragments, name, nodes, new Set());
  const type = getNamedType(info.returnType);
  const definition = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
  if (nodes.length !== 1 || !definition) return null;
  const selection: Selection = {};
  collect(nodes[0].selectionSet, info.fragments, selection, new Set());
  return { args: getArgumentValues(definition, nodes[0], info.variableValues), selection };
}
