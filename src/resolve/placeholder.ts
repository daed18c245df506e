// Same marks the extractors refuse (`XX`, `20xx`, `××`, `某某`): a resolved key must never
// be built from a template blank, so the check is repeated at this edge.
const PLACEHOLDER =
  /(?:(?<![A-Za-z])(?:[Xx×＊*]{2,}|[○〇□]{2,}|_{2,}|＿{2,})(?![A-Za-z])|(?<![0-9])(?:19|20)[0-9]?[Xx×＊*]{1,2}(?![A-Za-z])|某某)/u;

/** True when a name is empty or holds a template placeholder. */
export function isPlaceholderName(name: string): boolean {
  return name.trim() === "" || PLACEHOLDER.test(name);
}
