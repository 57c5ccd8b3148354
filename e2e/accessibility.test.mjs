// axe-core over the main pages of every area, in headless Chromium against a real server on
// 127.0.0.1 with the demo network: no violation of WCAG 2.1 A and AA rules; after a refused form,
// the focus is on the first field to fix; on a phone, the navigation is behind a Menu button.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserArgs, chromium, logIn, missing, startServer, stopServer } from './server.mjs';

const cluster = '/clusters/mobility-basque';
// Lists, and for each the record its first row opens.
const lists = ['/organisations', '/contacts', '/events', '/invoices', '/projects', '/services', '/surveys'];
const pages = ['', '/search?q=ber', '/engagement', '/strategy', '/economics', '/monitoring', '/members', '/tasks',
  '/segments', '/imports', '/duplicates', '/people', '/people/new', '/organisations/new', '/contacts/new'];

test('the main pages of every area pass axe-core, and a refused form focuses its first error', async (t) => {
  const why = missing();
  if (why) {
    t.skip(why);
    return;
  }
  const { chromium: browserType } = await import('playwright-core');
  const { AxeBuilder } = await import('@axe-core/playwright');
  const dir = mkdtempSync(join(tmpdir(), 'clusterdesk-e2e-'));
  const browser = await browserType.launch({ executablePath: chromium, args: browserArgs });
  const { server, url } = startServer(dir);
  try {
    const base = (await url).replace(/\/$/, '');
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const found = [];
    const check = async (path) => {
      const response = await page.goto(base + path);
      assert.equal(response.status(), 200, path);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of result.violations) {
        found.push(`${path}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      }
    };

    await page.goto(base + '/login');
    await check('/login');
    await check('/password/forgot');
    await logIn(page, base, 'manager@clusterdesk.example');
    await check('/account');
    for (const p of pages) await check(cluster + p);
    for (const list of lists) {
      await check(cluster + list);
      const records = page.locator('main table tbody tr a, main .board-card a');
      if ((await records.count()) > 0) await check(await records.first().getAttribute('href'));
    }
    assert.deepEqual(found, [], `axe-core found:\n${found.join('\n')}`);

    // A refused form comes back with the focus on its first field to fix.
    await page.goto(base + cluster + '/organisations/new');
    await page.getByLabel('Employees').fill('-5');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.getByRole('alert').first().waitFor();
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.id);
    const invalid = await page.locator('[aria-invalid="true"]').evaluateAll((all) => all.map((f) => f.id));
    assert.ok(invalid.length >= 1, 'the refused form marks its fields');
    assert.equal(focused, invalid[0]);

    // On a phone the navigation waits behind the Menu button, and a wide table keeps its first
    // column in view while it scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(base + cluster + '/organisations');
    const menu = page.getByRole('button', { name: 'Menu' });
    const modules = page.getByRole('navigation', { name: 'Modules' });
    assert.equal(await modules.isVisible(), false);
    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await modules.getByRole('link', { name: 'Invoices' }).waitFor();
    const sticky = await page.locator('main table tbody td').first().evaluate((td) => getComputedStyle(td).position);
    assert.equal(sticky, 'sticky');
  } finally {
    await browser.close();
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
});
