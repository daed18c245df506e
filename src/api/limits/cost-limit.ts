import type { ASTVisitor, FieldNode, GraphQLCompositeType, SelectionSetNode, ValidationContext, ValidationRule } from "graphql";
import { Kind, getNamedType, getNullableType, isCompositeType, isListType, isObjectType } from "../graphql-runtime.ts";
import { apiError } from "../errors.ts";
import type { PageLimits } from "../pagination.ts";

export interface CostSettings {
  readonly maxCost: number;
  readonly limits: PageLimits;
}

/** Each root field is at least one Cypher round trip, whatever it selects. */
const ROOT_FIELD_COST = 20;
/** Lists without a `first` argument (evidence of a mention, sections) are short. */
const UNSIZED_LIST_ESTIMATE = 5;

/**
 * Estimates how many objects an operation can return: every object costs 1, a list
 * multiplies its items by `first` (capped, as the resolvers cap it; a variable counts
 * as the maximum). Introspection is free: it is bounded by the schema and by the depth
 * limit. Rejects operations above `maxCost`.
 */
export function costLimitRule({ maxCost, limits }: CostSettings): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();

    const listSize = (field: FieldNode, atRoot: boolean): number => {
      const first = field.arguments?.find((argument) => argument.name.value === "first");
      if (!first) return atRoot ? limits.defaultPageSize : limits.defaultNestedSize;
      if (first.value.kind === Kind.INT) return Math.max(0, Math.min(Number.parseInt(first.value.value, 10), limits.maxPageSize));
      return limits.maxPageSize;
    };

    const cost = (set: SelectionSetNode, parent: GraphQLCompositeType, atRoot: boolean, visiting: ReadonlySet<string>): number => {
      let total = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
          if (condition && isCompositeType(condition)) total += cost(selection.selectionSet, condition, atRoot, visiting);
        } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const name = selection.name.value;
          const fragment = context.getFragment(name);
          const condition = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
          if (fragment && condition && isCompositeType(condition) && !visiting.has(name)) {
            total += cost(fragment.selectionSet, condition, atRoot, new Set([...visiting, name]));
          }
        } else {
          total += fieldCost(selection, parent, atRoot, visiting);
        }
      }
      return total;
    };

    const fieldCost = (field: FieldNode, parent: GraphQLCompositeType, atRoot: boolean, visiting: ReadonlySet<string>): number => {
      if (field.name.value.startsWith("__") || !isObjectType(parent)) return 0;
      const definition = parent.getFields()[field.name.value];
      if (!definition || !field.selectionSet) return 0;
      const type = getNamedType(definition.type);
      if (!isCompositeType(type)) return 0;
      const inner = 1 + cost(field.selectionSet, type, false, visiting);
      const paged = definition.args.some((argument) => argument.name === "first");
      const list = isListType(getNullableType(definition.type));
      // A connection's `items` is sized by the `first` of the field that returned the connection.
      const sizedByParent = parent.name.endsWith("Connection");
      const multiplier = paged ? listSize(field, atRoot) : list && !sizedByParent ? UNSIZED_LIST_ESTIMATE : 1;
      return multiplier * inner + (atRoot ? ROOT_FIELD_COST : 0);
    };

    return {
      OperationDefinition(operation) {
        const root = schema.getRootType(operation.operation);
        if (!root) return;
        const total = cost(operation.selectionSet, root, true, new Set());
        if (total > maxCost) {
          context.reportError(
            apiError(
              "COST_LIMIT_EXCEEDED",
              `The query could return about ${total} objects; the limit is ${maxCost}. Ask for fewer items (smaller \`first\`) or fewer fields.`,
            ),
          );
        }
      },
    };
  };
}
