import { readFileSync, writeFileSync } from 'node:fs';
import { getMetadataStorage, LawfulError } from '@lawful/annotations';
import { policyRule, type PolicyRuleConfig, validatePolicyRule } from '../check/policy-rule';
import { formatFindings, runChecks } from '../check/run-checks';
import { diffDataMaps, renderDiffMarkdown } from '../diff/data-map.diff';
import { buildDataMap } from '../model/build-data-map';
import { DATA_MAP_SCHEMA_VERSION, type DataMap } from '../model/data-map.types';
import type { CliIo } from './cli-io.types';
import type { DataMapProject } from './datamap-project.types';
import { FORMATS } from './formats';
import { type CliArgs, CliUsageError, parseArgs } from './parse-args';

/** Help text of the data-map CLI. */
export const USAGE = `Usage: datamap [map] --format <${Object.keys(FORMATS).join('|')}> [--out <path>]
       datamap check [--rules <rules.json>] [--format text|json]
       datamap diff --against <base datamap.json> [--base-label <name>] [--out <path>]
`;

const NODE_IO: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  writeFile: (p, t) => writeFileSync(p, t),
  readFile: (p) => readFileSync(p, 'utf8'),
};

function readJson(io: CliIo, path: string, what: string): unknown {
  let text: string;
  try {
    text = io.readFile(path);
  } catch {
    throw new CliUsageError(`cannot read ${what} ${path}: check the path`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliUsageError(`${what} ${path} is not valid JSON (${(e as Error).message})`);
  }
}

function projectRules(io: CliIo, project: DataMapProject, args: CliArgs): { rules: PolicyRuleConfig[]; disable: string[] } {
  const file = args.rules ? (readJson(io, args.rules, 'rules file') as { rules?: unknown[]; disable?: string[] }) : {};
  const rules = [...(project.rules ?? []), ...((file.rules ?? []) as PolicyRuleConfig[])];
  const problems = rules.flatMap((r, i) => validatePolicyRule(r, i));
  if (problems.length > 0) throw new CliUsageError(`invalid project rules:\n  ${problems.join('\n  ')}`);
  return { rules, disable: [...(project.disable ?? []), ...(file.disable ?? [])] };
}

/**
 * Runs the data-map CLI for a project and returns the exit code: 0 ok, 1 findings, 2 bad usage or input.
 *
 * @example
 * runDataMapCli(process.argv.slice(2), project).then((code) => process.exit(code));
 */
export async function runDataMapCli(argv: string[], project: DataMapProject, io: CliIo = NODE_IO): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    const storage = getMetadataStorage();
    if (storage.registry.purposes.all().length === 0) project.register(storage);
    const mapping = project.mapping ? await project.mapping() : undefined;
    const map = buildDataMap({ storage, entities: project.entities, mapping });
    const emit = (text: string): void => {
      if (!args.out) return io.stdout(text);
      io.writeFile(args.out, text);
      io.stderr(`wrote ${args.out}\n`);
    };
    if (args.command === 'check') {
      const { rules, disable } = projectRules(io, project, args);
      const findings = runChecks(map, { rules: rules.map(policyRule), disable });
      emit(args.format === 'json' ? `${JSON.stringify(findings, null, 2)}\n` : formatFindings(findings));
      return findings.length > 0 ? 1 : 0;
    }
    if (args.command === 'diff') {
      const before = readJson(io, args.against as string, 'data map') as DataMap;
      if (before?.schemaVersion !== DATA_MAP_SCHEMA_VERSION) throw new CliUsageError(`${args.against} is not a data map of schema ${DATA_MAP_SCHEMA_VERSION} (found ${JSON.stringify(before?.schemaVersion)})`);
      emit(renderDiffMarkdown(diffDataMaps(before, map), args.baseLabel ?? args.against));
      return 0;
    }
    const render = FORMATS[args.format ?? 'json'];
    if (!render) throw new CliUsageError(`unknown format "${args.format}"; use one of ${Object.keys(FORMATS).join(', ')}`);
    emit(render(map));
    return 0;
  } catch (error) {
    if (error instanceof CliUsageError || error instanceof LawfulError) {
      io.stderr(`datamap: ${error.message}\n${error instanceof CliUsageError ? `\n${USAGE}` : ''}`);
      return 2;
    }
    throw error;
  }
}
