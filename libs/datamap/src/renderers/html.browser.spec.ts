import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import type { DataMap } from '../model/data-map.types';
import { sampleDecisionsModel } from '../testing/sample-decisions-model';
import { sampleModel } from '../testing/sample-model';
import { renderHtml } from './html.renderer';

// The page in a real browser: Debian's Chromium (apt-get install chromium), driven by playwright-core, the file opened
// through file:// with the network off. Set DATAMAP_SCREENSHOT=/tmp/datamap.png to keep a full-page screenshot.
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TIMEOUT = 60_000;

describe('renderHtml in a browser', () => {
  let browser: Browser | undefined;
  let dir = '';
  let problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is missing at ${CHROMIUM}; the HTML data map browser test needs it. Install it with: apt-get update && apt-get install -y chromium`);
    }
    dir = mkdtempSync(join(tmpdir(), 'datamap-html-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: TIMEOUT });
  }, TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, TIMEOUT);

  beforeEach(() => {
    problems = [];
  });

  afterEach(() => {
    expect(problems).toEqual([]);
  });

  /** Renders the map to a file, opens it offline and records console errors, page errors and non-file requests. */
  async function open(map: DataMap, name = 'datamap.html'): Promise<Page> {
    if (!browser) throw new Error('the browser did not start');
    const file = join(dir, name);
    writeFileSync(file, renderHtml(map));
    const context = await browser.newContext({ offline: true, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => { if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`); });
    await page.goto(pathToFileURL(file).href);
    return page;
  }

  const visibleFields = (page: Page) => page.locator('#fields tbody tr[data-field]:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-field')));
  const count = (page: Page) => page.locator('#visible-count').textContent();
  const dimmed = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.classList.contains('dim'));

  it('shows every field and draws the flow with nodes and links', async () => {
    const { map } = sampleModel();
    const page = await open(map);
    try {
      expect(await visibleFields(page)).toEqual(map.fields.map((f) => `${f.entity}.${f.property}`));
      expect(await count(page)).toBe(String(map.fields.length));
      expect(await page.locator('#no-match').isVisible()).toBe(false);
      expect(await page.locator('#flow .node').count()).toBeGreaterThan(0);
      expect(await page.locator('#flow path.link').count()).toBeGreaterThan(0);
      for (const selector of ['#flow', '#flow .node >> nth=0', '#flow path.link >> nth=0']) {
        const box = await page.locator(selector).boundingBox();
        expect(box && box.width > 0 && box.height > 0).toBe(true);
      }
      expect(await page.locator('#flow text.node-label').allTextContents()).toEqual(expect.arrayContaining(['Email address', 'Marketing', 'Mailer Inc', 'US']));
      if (process.env['DATAMAP_SCREENSHOT']) await page.screenshot({ path: process.env['DATAMAP_SCREENSHOT'], fullPage: true });
    } finally {
      await page.context().close();
    }
  }, TIMEOUT);

  it('narrows the rows to those matching every word of the search and updates the counter', async () => {
    const page = await open(sampleModel().map);
    try {
      await page.fill('#search', 'lastIp');
      expect(await visibleFields(page)).toEqual(['Account.lastIp']);
      expect(await count(page)).toBe('1');
      await page.fill('#search', 'lead');
      expect(await visibleFields(page)).toEqual(['Lead.fullName', 'LeadNote.body']);
      await page.fill('#search', 'ACCOUNT   service');
      expect(await visibleFields(page)).toEqual(['Account.email', 'Account.name']);
      expect(await count(page)).toBe('2');
      await page.fill('#search', 'no such thing');
      expect(await visibleFields(page)).toEqual([]);
      expect(await count(page)).toBe('0');
      expect(await page.locator('#no-match').isVisible()).toBe(true);
      await page.press('#search', 'Escape');
      expect(await visibleFields(page)).toHaveLength(5);
      expect(await count(page)).toBe('5');
    } finally {
      await page.context().close();
    }
  }, TIMEOUT);

  it('shows exactly the rows having a selected filter value, combined with the search, and clear restores all', async () => {
    const page = await open(sampleModel().map);
    try {
      await page.selectOption('#filter-recipient', 'mailer');
      expect(await visibleFields(page)).toEqual(['Account.email']);
      expect(await count(page)).toBe('1');
      expect(await dimmed(page, '#flow [data-id="recipient:mailer"]')).toBe(false);
      expect(await dimmed(page, '#flow [data-id="category:user.name"]')).toBe(true);
      await page.selectOption('#filter-recipient', 'maple_crm');
      expect(await visibleFields(page)).toEqual([]);
      await page.selectOption('#filter-recipient', '');
      await page.selectOption('#filter-purpose', 'service.crm');
      expect(await visibleFields(page)).toEqual(['Lead.fullName', 'LeadNote.body']);
      await page.fill('#search', 'note');
      expect(await visibleFields(page)).toEqual(['LeadNote.body']);
      await page.fill('#search', '');
      await page.selectOption('#filter-purpose', '');
      await page.selectOption('#filter-basis', 'legitimate_interests');
      expect(await visibleFields(page)).toEqual(['Account.lastIp', 'Lead.fullName']);
      await page.selectOption('#filter-role', 'processor');
      expect(await visibleFields(page)).toEqual(['Lead.fullName']);
      await page.click('#clear');
      expect(await visibleFields(page)).toHaveLength(5);
      expect(await count(page)).toBe('5');
      expect(await page.inputValue('#filter-basis')).toBe('');
      expect(await page.inputValue('#filter-role')).toBe('');
      expect(await page.locator('#flow .dim').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  }, TIMEOUT);

  it('toggles the matching filter when a flow node is clicked', async () => {
    const page = await open(sampleModel().map);
    try {
      await page.click('#flow [data-id="purpose:marketing"]');
      expect(await page.inputValue('#filter-purpose')).toBe('marketing');
      expect(await visibleFields(page)).toEqual(['Account.email']);
      await page.click('#flow [data-id="purpose:marketing"]');
      expect(await page.inputValue('#filter-purpose')).toBe('');
      expect(await visibleFields(page)).toHaveLength(5);
    } finally {
      await page.context().close();
    }
  }, TIMEOUT);

  it('shows hostile values as text, runs none of them, and embeds the map intact', async () => {
    const map = structuredClone(sampleModel().map);
    map.fields[0].description = '</script><script>window.__pwned = 1</script>';
    map.recipients[0].name = '<img src=x onerror="window.__pwned = 1">';
    const page = await open(map, 'hostile.html');
    try {
      expect(await page.evaluate('window.__pwned')).toBeUndefined();
      expect(await page.locator('#fields tr[data-field="Account.email"]').textContent()).toContain('</script><script>window.__pwned = 1</script>');
      expect(await page.locator('#recipients-table').textContent()).toContain('<img src=x onerror="window.__pwned = 1">');
      expect(JSON.parse((await page.locator('#datamap-data').textContent()) ?? '')).toEqual(map);
      expect(await visibleFields(page)).toHaveLength(5);
    } finally {
      await page.context().close();
    }
  }, TIMEOUT);

  it('shows the automated decision-making section and filters the fields feeding or produced by automated decisions', async () => {
    const map = structuredClone(sampleDecisionsModel().map);
    map.automatedDecisions[0].effects[1].logic = '<img src=x onerror="window.__pwned = 1">';
    const page = await open(map, 'decisions.html');
    try {
      const section = page.locator('#automated-decisions');
      expect(await section.isVisible()).toBe(true);
      expect(await section.locator('h2').textContent()).toBe('Automated decision-making (Art. 22)');
      expect(await section.locator('tr[data-effect]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-effect')))).toEqual(['lead.disqualify', 'lead.reassign_owner']);
      expect(await section.locator('tr[data-effect="lead.disqualify"]').textContent()).toContain('Proposed when the lead score is below the workspace threshold');
      expect(await section.locator('tr[data-effect="lead.reassign_owner"]').textContent()).toContain('<img src=x onerror="window.__pwned = 1">');
      expect(await page.evaluate('window.__pwned')).toBeUndefined();
      expect(await section.locator('li[data-safeguard]').count()).toBe(map.automatedDecisions[0].safeguards.length);
      const box = await section.boundingBox();
      expect(box && box.width > 0 && box.height > 0).toBe(true);
      await page.selectOption('#filter-decision', 'input');
      expect(await visibleFields(page)).toEqual(['Lead.jobTitle', 'Lead.lastActivityAt', 'Lead.summary']);
      await page.selectOption('#filter-decision', 'output');
      expect(await visibleFields(page)).toEqual(['LeadScore.score']);
      await page.selectOption('#filter-decision', '__none__');
      expect(await visibleFields(page)).toEqual(['Lead.fullName', 'Lead.email']);
      await page.click('#clear');
      expect(await visibleFields(page)).toHaveLength(map.fields.length);
    } finally {
      await page.context().close();
    }
  }, TIMEOUT);
});
