import 'reflect-metadata';
import { runDataMapCli } from '@lawful/datamap';
import { DATAMAP_PROJECT } from './datamap.project';

// Entry point of `npm run datamap` and `npm run privacy:check` (see tools/scripts/datamap.js).
// Sets the exit code rather than exiting, so output piped to another program is flushed completely.
runDataMapCli(process.argv.slice(2), DATAMAP_PROJECT).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  },
);
