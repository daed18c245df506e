export { type KeyAlias } from "./aliases.ts";
export type { ConfirmedName } from "./confirmed-name.ts";
export { buildLexicon, changedTerms, storedEntries, type Lexicon, type LexiconTerm } from "./lexicon.ts";
export { findLinks, indexLexicon, type LinkEvidence, type LinkResult, type LinkRow, type LinkSection, type LinkTarget } from "./find-links.ts";
export { foldText } from "./fold.ts";
