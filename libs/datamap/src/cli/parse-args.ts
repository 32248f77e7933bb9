/** Parsed command line of the data-map CLI. */
export interface CliArgs {
  command: 'map' | 'check' | 'diff' | 'help';
  /** Output format; the default depends on the command (map: json, check: text). */
  format?: string;
  out?: string;
  rules?: string;
  /** For `diff`: the JSON data map to compare against. */
  against?: string;
  /** For `diff`: label of the base in the report (e.g. the git ref). */
  baseLabel?: string;
}

/** A command line the CLI cannot run; the message says what to type instead. */
export class CliUsageError extends Error {}

const VALUE_FLAGS = new Set(['--format', '--out', '--rules', '--against', '--base-label']);

/**
 * Parses `[map|check|diff] [--format f] [--out path] [--rules file] [--against map.json] [--base-label ref]`.
 *
 * @example
 * parseArgs(['--format', 'csv', '--out', 'map.csv']); // { command: 'map', format: 'csv', out: 'map.csv' }
 */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: 'map' };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') return { ...args, command: 'help' };
    if (!a.startsWith('--')) { positional.push(a); continue; }
    const [flag, inline] = a.split('=', 2);
    if (!VALUE_FLAGS.has(flag)) throw new CliUsageError(`unknown option ${flag}; run with --help for the options`);
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new CliUsageError(`${flag} needs a value`);
    if (flag === '--format') args.format = value;
    if (flag === '--out') args.out = value;
    if (flag === '--rules') args.rules = value;
    if (flag === '--against') args.against = value;
    if (flag === '--base-label') args.baseLabel = value;
  }
  const [command, ...rest] = positional;
  if (command !== undefined) {
    if (!['map', 'check', 'diff'].includes(command)) throw new CliUsageError(`unknown command "${command}"; use map, check or diff`);
    args.command = command as CliArgs['command'];
  }
  if (rest.length > 0) throw new CliUsageError(`unexpected argument(s): ${rest.join(' ')}`);
  if (args.command === 'diff' && !args.against) throw new CliUsageError('diff needs --against <data map JSON> (npm run datamap -- diff <git-ref> builds it for you)');
  return args;
}
