// graphql ships both CommonJS (main) and ESM (module) builds without an exports map.
// Node, and so Yoga and graphql-tools, load the CommonJS one; a bundler-style resolver
// (vitest) would hand us the ESM one, and graphql's instanceof checks fail across the
// two. Naming the file pins one copy for everybody.
export { GraphQLError, Kind, getNamedType, getNullableType, isCompositeType, isListType, isObjectType } from "graphql/index.js";
