export { type KeyAlias } from "./aliases.ts";
export { buildLexicon, changedTerms, storedEntries, type ConfirmedName, type Lexicon, type LexiconTerm } from "./lexicon.ts";
export { findLinks, indexLexicon, type LinkEvidence, type LinkResult, type LinkRow, type LinkSection, type LinkTarget } from "./find-links.ts";
export { foldText } from "./fold.ts";
