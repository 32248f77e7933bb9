import type { EntityTarget, PrivacyMetadataStorage } from '@lawful/annotations';
import { sampleModel } from '../testing/sample-model';
import type { CliIo } from './cli-io.types';
import type { DataMapProject } from './datamap-project.types';
import { runDataMapCli } from './run-cli';

function harness(files: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '', files: { ...files } };
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    writeFile: (p, t) => void (out.files[p] = t),
    readFile: (p) => {
      if (!(p in out.files)) throw new Error('ENOENT');
      return out.files[p];
    },
  };
  return { out, io };
}

function project(): DataMapProject {
  const { entities, mapping } = sampleModel();
  return { entities: entities as EntityTarget[], register: (_s: PrivacyMetadataStorage) => undefined, mapping: async () => mapping };
}

describe('data-map CLI', () => {
  it('prints the JSON map to stdout by default and writes --out files', async () => {
    const { out, io } = harness();
    expect(await runDataMapCli([], project(), io)).toBe(0);
    expect(JSON.parse(out.stdout).fields).toHaveLength(5);
    expect(await runDataMapCli(['--format', 'md', '--out', 'map.md'], project(), io)).toBe(0);
    expect(out.files['map.md']).toContain('# Data map');
    expect(out.stderr).toContain('wrote map.md');
  });

  it('check exits 0 with no findings, 1 with findings from project rules, 2 on bad rules', async () => {
    const ok = harness();
    expect(await runDataMapCli(['check'], project(), ok.io)).toBe(0);
    expect(ok.out.stdout).toBe('privacy check: no findings\n');
    const rules = JSON.stringify({ rules: [{ id: 'no-email-marketing', description: 'No marketing on emails', categories: { matches: 'ANY', values: ['user.contact.email'] }, purposes: { matches: 'ANY', values: ['marketing'] } }] });
    const bad = harness({ 'rules.json': rules });
    expect(await runDataMapCli(['check', '--rules', 'rules.json'], project(), bad.io)).toBe(1);
    expect(bad.out.stdout).toMatch(/\[no-email-marketing\] Account\.email/);
    const broken = harness({ 'rules.json': '{"rules":[{"id":"x"}]}' });
    expect(await runDataMapCli(['check', '--rules', 'rules.json'], project(), broken.io)).toBe(2);
    expect(broken.out.stderr).toMatch(/invalid project rules:\n {2}rule "x": "description" must be a non-empty string/);
  });

  it('diff compares against a saved map', async () => {
    const saved = harness();
    await runDataMapCli(['--format', 'json', '--out', 'base.json'], project(), saved.io);
    const base = JSON.parse(saved.out.files['base.json']);
    base.fields = base.fields.filter((f: { property: string }) => f.property !== 'email');
    const { out, io } = harness({ 'base.json': JSON.stringify(base) });
    expect(await runDataMapCli(['diff', '--against', 'base.json', '--base-label', 'main'], project(), io)).toBe(0);
    expect(out.stdout).toContain('## Personal data changes since `main`');
    expect(out.stdout).toContain('### Added fields (1)\n\n- `Account.email`');
  });

  it.each([
    [['--format', 'pdf'], /unknown format "pdf"; use one of json, csv, md, html, fides, ropa, ropa-csv, policy/],
    [['--colour'], /unknown option --colour/],
    [['--out'], /--out needs a value/],
    [['export'], /unknown command "export"/],
    [['diff'], /diff needs --against/],
    [['diff', '--against', 'missing.json'], /cannot read data map missing.json/],
  ])('rejects %j with a message and exit code 2', async (argv, message) => {
    const { out, io } = harness();
    expect(await runDataMapCli(argv, project(), io)).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stdout).toBe('');
  });
});
