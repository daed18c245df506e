import type { FieldNode, GraphQLResolveInfo, SelectionSetNode, ValueNode } from "graphql";
import { Kind } from "./graphql-runtime.ts";
import { pageSize, type PageLimits } from "./pagination.ts";

/** Field nodes reached from `set` by following field names, through fragments and aliases. */
function fieldsAt(set: SelectionSetNode | undefined, path: readonly string[], info: GraphQLResolveInfo): FieldNode[] {
  if (!set) return [];
  const [head, ...rest] = path;
  if (head === undefined) return [];
  const found: FieldNode[] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== head) continue;
      found.push(...(rest.length === 0 ? [selection] : fieldsAt(selection.selectionSet, rest, info)));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      found.push(...fieldsAt(selection.selectionSet, path, info));
    } else {
      found.push(...fieldsAt(info.fragments[selection.name.value]?.selectionSet, path, info));
    }
  }
  return found;
}

function intValue(node: ValueNode | undefined, info: GraphQLResolveInfo): number | null {
  if (!node) return null;
  if (node.kind === Kind.INT) return Number.parseInt(node.value, 10);
  if (node.kind === Kind.VARIABLE) {
    const value = info.variableValues[node.name.value];
    return typeof value === "number" ? value : null;
  }
  return null;
}

/**
 * How many items a nested list below the current field can show: the largest `first`
 * any selection of it asks for (capped), or nothing when it is not selected. Lets a
 * statement fetch five mentions per project instead of a hundred.
 */
export function nestedLimit(info: GraphQLResolveInfo, path: readonly string[], limits: PageLimits): number {
  const fields = info.fieldNodes.flatMap((node) => fieldsAt(node.selectionSet, path, info));
  if (fields.length === 0) return 0;
  return Math.max(
    ...fields.map((field) => {
      const first = intValue(field.arguments?.find((argument) => argument.name.value === "first")?.value, info);
      return pageSize(first === null ? null : Math.max(first, 0), limits.defaultNestedSize, limits);
    }),
  );
}
