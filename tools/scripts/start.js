#!/usr/bin/env node
// `npm start`: build the reference API if needed, then run it. The app migrates its database, seeds the demo
// data when empty and serves on PORT (default 3000). Without DATABASE_URL it uses the embedded PGlite database
// in .data/pglite.
const { buildApi } = require('./build-api');
const { runDist } = require('./run-dist');

try {
  buildApi();
} catch {
  console.error('Build failed: fix the TypeScript errors above, then run `npm start` again.');
  process.exit(1);
}
runDist('main');
