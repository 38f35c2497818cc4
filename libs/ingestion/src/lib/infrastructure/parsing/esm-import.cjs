// A real dynamic `import()`, for ESM-only packages (pdfjs-dist). Plain CommonJS on purpose: SWC
// compiles `.ts` to CommonJS (tests and `npm start` alike) and would rewrite `import()` into
// `require()`, which cannot load an ES module with top-level await; `.cjs` files are never
// compiled, like the dependencies (PGlite) that load ES modules the same way. Under Jest this
// needs `NODE_OPTIONS=--experimental-vm-modules` (see the project's test target).
'use strict';

module.exports.importEsm = (specifier) => import(specifier);
