import { cypher, type Statement } from "../connection.ts";
import { NODE_SCHEMA, RELATIONSHIP_SCHEMA } from "../export/export-schema.ts";

const NAMES = new Set([...Object.keys(NODE_SCHEMA), ...Object.keys(RELATIONSHIP_SCHEMA), ...Object.values(NODE_SCHEMA).map((spec) => spec.key)]);
const PLACEHOLDER = /__([A-Z_]+?)__/gu;

/**
 * A cypher/admin statement with its `__NAME__` placeholders filled in. Cypher takes no
 * labels, types or property names as parameters, so each filler must be a label, type or
 * key of the graph model's closed list; anything else is a bug and throws.
 */
export function modelStatement(name: string, fillers: Readonly<Record<string, string>>): Statement {
  for (const [placeholder, value] of Object.entries(fillers)) {
    if (!NAMES.has(value)) throw new Error(`"${value}" for ${placeholder} in ${name} is not a label, type or key of the graph model`);
  }
  const template = cypher(name);
  const text = template.text.replace(PLACEHOLDER, (match, placeholder: string) => {
    const value = fillers[placeholder];
    if (value === undefined) throw new Error(`${name}: no value for ${match}`);
    return value;
  });
  return { name: `${name}(${Object.values(fillers).join(",")})`, text };
}
