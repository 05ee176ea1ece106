// --pre-js for the ES-module glue. Emscripten 3.1.6's Node path is written for
// CommonJS: it reads `__dirname` and calls `require("fs"|"path")`, both absent
// in an ES module, so importing the glue in Node 20 throws. Define them here
// (inside the glue's factory, before the environment code runs), under Node only.
// js/index.js hands the glue `wasmBinary` in Node, so `require` is only a
// fallback for callers that import the glue directly.
var __dirname, require;
if (typeof process == "object" && typeof process.versions == "object" && typeof process.versions.node == "string") {
  __dirname = decodeURIComponent(new URL(".", _scriptDir).pathname);
  require = function (id) {
    if (typeof process.getBuiltinModule == "function") return process.getBuiltinModule(id);
    throw new Error("corroborate: load the glue through the package's init(), or pass {wasmBinary}");
  };
}
