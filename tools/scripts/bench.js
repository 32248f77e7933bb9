#!/usr/bin/env node
// `npm run bench`: compiles the benchmarks in tools/bench and runs each. Figures are printed, never asserted.
const { execFileSync } = require('node:child_process');
const { readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');
const tsConfigPaths = require('tsconfig-paths');

const root = path.join(__dirname, '..', '..');
const out = path.join(root, 'dist', 'bench');
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc', { paths: [root] }), '-p', 'tools/bench/tsconfig.json'], { cwd: root, stdio: 'inherit' });
const { compilerOptions } = JSON.parse(readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));
tsConfigPaths.register({ baseUrl: out, paths: compilerOptions.paths });
const only = process.argv[2];
for (const file of readdirSync(path.join(root, 'tools', 'bench')).filter((f) => f.endsWith('.bench.ts')).sort()) {
  if (only && !file.includes(only)) continue;
  console.log(`# ${file}`);
  require(path.join(out, 'tools', 'bench', file.replace(/\.ts$/, '.js')));
}
