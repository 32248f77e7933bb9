#!/usr/bin/env node
// Runs a compiled file of the reference API from dist/, resolving the workspace's @lawful/* path aliases
// to the compiled libraries. Usage: node tools/scripts/run-dist.js <file relative to apps/api/src> [args...]
const path = require('node:path');
const tsConfigPaths = require('tsconfig-paths');
const { compilerOptions } = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, '..', '..', 'tsconfig.base.json'), 'utf8'));

const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist', 'apps', 'api');

/** Makes `@lawful/*` imports resolve inside dist/apps/api. */
function registerPaths() {
  tsConfigPaths.register({ baseUrl: dist, paths: compilerOptions.paths });
  process.setSourceMapsEnabled(true);
}

/** Loads `apps/api/src/<relative>` (without extension) from the build output and returns its exports. */
function runDist(relative) {
  registerPaths();
  return require(path.join(dist, 'apps', 'api', 'src', relative));
}

module.exports = { runDist, dist, root };

if (require.main === module) {
  const [file, ...rest] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node tools/scripts/run-dist.js <file under apps/api/src, e.g. main> [args...]');
    process.exit(2);
  }
  process.argv = [process.argv[0], file, ...rest];
  runDist(file);
}
