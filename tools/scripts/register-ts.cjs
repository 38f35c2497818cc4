// Runs the TypeScript sources directly (`node -r ./tools/scripts/register-ts.cjs app.ts`):
// SWC compiles each file on load with decorator metadata, which NestJS dependency injection
// reads (tsx/esbuild cannot emit it), and `@sagewire/*` imports resolve through the path
// aliases of tsconfig.base.json, exactly as in the tests.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '../..');
const aliases = Object.entries(require(path.join(root, 'tsconfig.base.json')).compilerOptions.paths).map(([pattern, [target]]) => ({
  prefix: pattern.replace(/\*$/, ''),
  wildcard: pattern.endsWith('*'),
  target: path.join(root, target.replace(/\*$/, '')),
}));

function mapAlias(request) {
  for (const alias of aliases) {
    if (alias.wildcard ? request.startsWith(alias.prefix) : request === alias.prefix) {
      return alias.wildcard ? alias.target + request.slice(alias.prefix.length) : alias.target;
    }
  }
  return undefined;
}

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveWithAliases(request, ...rest) {
  const mapped = request.startsWith('@sagewire/') ? mapAlias(request) : undefined;
  return resolveFilename.call(this, mapped ?? request, ...rest);
};

const SWC_OPTIONS = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

Module._extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...SWC_OPTIONS, filename });
  module._compile(code, filename);
};
process.setSourceMapsEnabled(true);
