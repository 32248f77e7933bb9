import type { DataMap } from '../model/data-map.types';
import { BUILTIN_RULES } from './builtin.rules';
import type { CheckRule, Finding } from './finding.types';

/** Which rules to run besides (or instead of) the built-ins. */
export interface CheckOptions {
  /** Extra rules (e.g. project rules from `policyRule`). */
  rules?: CheckRule[];
  /** Built-in rule ids to skip. */
  disable?: string[];
}

/**
 * Runs the built-in and project rules over a data map; findings come sorted by file, line and rule.
 *
 * @example
 * const findings = runChecks(map);
 * process.exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;
 */
export function runChecks(map: DataMap, options: CheckOptions = {}): Finding[] {
  const disabled = new Set(options.disable ?? []);
  const rules = [...BUILTIN_RULES.filter((r) => !disabled.has(r.id)), ...(options.rules ?? [])];
  const findings = rules.flatMap((r) => r.check(map)).filter((f) => !disabled.has(f.rule));
  return findings.sort((a, b) =>
    (a.location?.file ?? '').localeCompare(b.location?.file ?? '') || (a.location?.line ?? 0) - (b.location?.line ?? 0) || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
}

/**
 * Human-readable report: one block per finding (rule, `Entity.property`, file:line, problem, fix).
 *
 * @example
 * console.log(formatFindings(runChecks(map)));
 */
export function formatFindings(findings: Finding[]): string {
  if (findings.length === 0) return 'privacy check: no findings\n';
  const blocks = findings.map((f) => {
    const where = f.location ? `${f.location.file}:${f.location.line}` : '(location unknown)';
    const subject = f.property === null ? f.entity ?? '' : `${f.entity}.${f.property}`;
    return `${where}: ${f.severity} [${f.rule}] ${subject}\n  ${f.message}\n  fix: ${f.fix}`;
  });
  return `${blocks.join('\n\n')}\n\nprivacy check: ${findings.length} finding(s)\n`;
}
