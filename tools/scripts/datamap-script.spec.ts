import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const run = (...args: string[]) => spawnSync(process.execPath, ['tools/scripts/datamap.js', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' }, timeout: 240_000 });

describe('tools/scripts/datamap.js (npm run datamap / privacy:check)', () => {
  it('prints a complete JSON map on stdout (build output goes to stderr), parseable even when large', () => {
    const res = run('--format', 'json');
    expect(res.status).toBe(0);
    const map = JSON.parse(res.stdout);
    expect(map.fields.length).toBeGreaterThan(100);
  }, 240_000);

  it('privacy:check exits 0 with no findings on the reference backend', () => {
    const res = run('check');
    expect(res.stdout).toBe('privacy check: no findings\n');
    expect(res.status).toBe(0);
  }, 240_000);

  it('diff <git-ref> builds the map at the ref in a worktree, compares, and cleans up', () => {
    const res = run('diff', 'HEAD');
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/^## Personal data changes since `HEAD`/);
    const worktrees = execFileSync('git', ['worktree', 'list'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
    expect(worktrees).toHaveLength(1);
  }, 480_000);

  it('rejects an unknown ref with a clear message and exit code 2', () => {
    const res = run('diff', 'no-such-ref-xyz');
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('"no-such-ref-xyz" is not a commit, branch or tag of this repository');
  }, 240_000);
});
