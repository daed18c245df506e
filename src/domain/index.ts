export * from "./span.ts";
export * from "./diagnostic.ts";
export * from "./report.ts";
export * from "./entities.ts";
export * from "./entity-kinds.ts";
export * from "./extract-output.ts";
export * from "./text.ts";
export * from "./data-table.ts";
