// Builds the reference API (and the libraries it compiles in) through Nx, which skips the work when
// nothing changed since the last build.
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');

/** Runs `nx run api:build`; throws when the build fails. */
function buildApi() {
  execFileSync(process.execPath, [require.resolve('nx/bin/nx', { paths: [root] }), 'run', 'api:build', '--outputStyle=stream'], {
    cwd: root,
    stdio: ['ignore', 2, 2], // build chatter goes to stderr: stdout is for the command's own output
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
}

module.exports = { buildApi };
