// German's long words and Bulgarian's Cyrillic at phone width: every main page of every area, in
// headless Chromium against a real server with the demo network, is written in the language asked
// for and fits the phone's width (a wide table scrolls inside its own box, never the page).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserArgs, chromium, logIn, missing, startServer, stopServer } from './server.mjs';

const cluster = '/clusters/mobility-basque';
const pages = ['', '/organisations', '/contacts', '/events', '/engagement', '/strategy', '/projects', '/services',
  '/surveys', '/economics', '/monitoring', '/members', '/invoices', '/tasks', '/segments', '/imports',
  '/duplicates', '/people', '/organisations/new', '/events/new'];
// What the navigation calls the organisations in each language: the page is in it.
const languages = [['de', 'Organisationen'], ['bg', 'Организации']];

test('in German and Bulgarian, the main pages fit a phone', async (t) => {
  const why = missing();
  if (why) {
    t.skip(why);
    return;
  }
  const { chromium: browserType } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'clusterdesk-e2e-'));
  const browser = await browserType.launch({ executablePath: chromium, args: browserArgs });
  const { server, url } = startServer(dir);
  try {
    const base = (await url).replace(/\/$/, '');
    for (const [code, organisations] of languages) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await logIn(page, base, 'manager@clusterdesk.example');
      // The choice a visitor makes on a public page's switcher holds for the pages too, for a
      // user who has not chosen a language of their own.
      await page.goto(`${base}${cluster}?lang=${code}`);
      const wide = [];
      for (const p of pages) {
        const response = await page.goto(base + cluster + p);
        assert.equal(response.status(), 200, p);
        assert.equal(await page.getAttribute('html', 'lang'), code, p);
        assert.ok((await page.content()).includes(`>${organisations}</a>`), `${code} ${p}: the navigation's words`);
        const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
        if (scroll > width + 1) wide.push(`${p}: ${scroll} px wide`);
      }
      assert.deepEqual(wide, [], `${code}: pages wider than the phone`);
      await context.close();
    }
  } finally {
    await browser.close();
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
});
