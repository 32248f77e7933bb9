#!/usr/bin/env node
// `npm run migration:generate -- <Name>`: writes a migration with the SQL that brings an empty (or current)
// schema in line with the entities. Runs on a fresh in-memory PGlite unless DATABASE_URL is set.
const { buildApi } = require('./build-api');
const { runDist } = require('./run-dist');

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run migration:generate -- <PascalCaseName>   (e.g. AddDealStage)');
  process.exit(2);
}
buildApi();
process.env.PGLITE_DIR = process.env.PGLITE_DIR || 'memory';
runDist('database/generate-migration')
  .generateMigration(name)
  .then((message) => console.log(message))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
