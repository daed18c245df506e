export { buildLexicon, changedTerms, type ConfirmedName, type Lexicon, type LexiconTerm } from "./lexicon.ts";
export { findLinks, indexTerms, type LinkEvidence, type LinkResult, type LinkRow, type LinkSection, type LinkTarget } from "./find-links.ts";
export { foldText } from "./fold.ts";
