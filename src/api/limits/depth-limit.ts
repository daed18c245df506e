import type { ASTVisitor, SelectionSetNode, ValidationContext, ValidationRule } from "graphql";
import { Kind } from "../graphql-runtime.ts";
import { apiError } from "../errors.ts";

/**
 * Rejects operations nested deeper than `maxDepth` fields. The schema itself has no
 * cycles; introspection does, and a hand-written query can still nest fragments.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    // A fragment's depth does not depend on where it is spread, so each is measured once.
    const fragmentDepth = new Map<string, number>();
    const measure = (set: SelectionSetNode, visiting: ReadonlySet<string>): number => {
      let deepest = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, 1 + (selection.selectionSet ? measure(selection.selectionSet, visiting) : 0));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, measure(selection.selectionSet, visiting));
        } else {
          const name = selection.name.value;
          const fragment = context.getFragment(name);
          // Cycles are reported by graphql's own NoFragmentCyclesRule.
          if (!fragment || visiting.has(name)) continue;
          let depth = fragmentDepth.get(name);
          if (depth === undefined) {
            depth = measure(fragment.selectionSet, new Set([...visiting, name]));
            fragmentDepth.set(name, depth);
          }
          deepest = Math.max(deepest, depth);
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = measure(operation.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            apiError("DEPTH_LIMIT_EXCEEDED", `The query is nested ${depth} fields deep; the limit is ${maxDepth}.`),
          );
        }
      },
    };
  };
}
