// Minimal stand-in for codegen output: convex-test finds a module root by
// its `_generated` folder, and the fixture only needs untyped references.
export { anyApi as api, anyApi as internal } from "convex/server";
