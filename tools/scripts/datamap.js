#!/usr/bin/env node
// `npm run datamap -- [--format f] [--out path]`, `npm run datamap -- diff <git-ref>`, `npm run privacy:check`:
// builds the reference API if needed and runs the data-map CLI of @lawful/datamap on it.
const { execFileSync } = require('node:child_process');
const { existsSync, mkdtempSync, rmSync, symlinkSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { buildApi } = require('./build-api');
const { runDist, root } = require('./run-dist');

function fail(message) {
  console.error(`datamap: ${message}`);
  process.exit(2);
}

class DiffError extends Error {}

/** Builds the data map JSON of the code at `ref` in a temporary worktree; returns the file path. */
function mapAtRef(ref, work) {
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, stdio: 'ignore' });
  } catch {
    throw new DiffError(`"${ref}" is not a commit, branch or tag of this repository`);
  }
  const tree = path.join(work, 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', tree, ref], { cwd: root, stdio: ['ignore', 2, 2] });
  if (!existsSync(path.join(tree, 'tools', 'scripts', 'datamap.js'))) throw new DiffError(`${ref} predates the data map: nothing to compare with`);
  symlinkSync(path.join(root, 'node_modules'), path.join(tree, 'node_modules'), 'dir');
  const out = path.join(work, 'base.json');
  execFileSync(process.execPath, ['tools/scripts/datamap.js', '--format', 'json', '--out', out], { cwd: tree, stdio: ['ignore', 2, 2], env: { ...process.env, NX_DAEMON: 'false' } });
  return out;
}

const args = process.argv.slice(2);
if (args[0] === 'diff' && args[1] && !args[1].startsWith('--')) {
  const ref = args[1];
  const work = mkdtempSync(path.join(tmpdir(), 'lawful-diff-'));
  try {
    const base = mapAtRef(ref, work);
    buildApi();
    process.argv = [process.argv[0], 'datamap', 'diff', '--against', base, '--base-label', ref, ...args.slice(2)];
    process.on('exit', () => {
      execFileSync('git', ['worktree', 'remove', '--force', path.join(work, 'tree')], { cwd: root, stdio: 'ignore' });
      rmSync(work, { recursive: true, force: true });
    });
    runDist('privacy/datamap.main');
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    execFileSync('git', ['worktree', 'prune'], { cwd: root, stdio: 'ignore' });
    fail(error instanceof DiffError ? error.message : `could not build the data map at ${ref}: ${error instanceof Error ? error.message : error}`);
  }
} else {
  try {
    buildApi();
  } catch {
    fail('the build failed: fix the TypeScript errors above and run again');
  }
  runDist('privacy/datamap.main');
}
