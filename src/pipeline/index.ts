export { extractDocument, toExtractedReport } from "./extract-document.ts";
