// The check-in at the door on a phone, in headless Chromium against a real server on 127.0.0.1:
// closed before the event's day; on the day, found by typing and marked in place, the page
// neither reloading nor losing its place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserArgs, chromium, logIn, missing, screenshots, startServer, stopServer } from './server.mjs';

test('check people in at the door on a phone', async (t) => {
  const why = missing();
  if (why) {
    t.skip(why);
    return;
  }
  const { chromium: browserType } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'clusterdesk-e2e-'));
  const browser = await browserType.launch({ executablePath: chromium, args: browserArgs });
  let running = startServer(dir);
  try {
    // Before the day: the demo's next event, closed for check-in, says when it opens.
    let base = await running.url;
    let page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await logIn(page, base, 'staff@clusterdesk.example');
    // Days written as ISO 8601 on this user's pages, to read the event's day back.
    await page.goto(`${base}account`);
    await page.getByLabel('Dates are written').selectOption({ label: '2026-12-31' });
    await page.locator('form', { has: page.getByLabel('Dates are written') }).getByRole('button', { name: 'Save' }).click();
    await page.getByText('Dates are now written like 2026-12-31.').waitFor();
    await page.goto(`${base}clusters/mobility-basque/events`);
    await page.getByRole('link', { name: 'Lean management for SMEs' }).first().click();
    // The event's address on this server, without its port: the second server has another.
    const event = new URL(page.url()).pathname.slice(1);
    await page.goto(`${base}${event}/check-in`);
    const closed = await page.getByText(/Check-in opens on the event's day, (\d{4}-\d{2}-\d{2})\./).innerText();
    const day = closed.match(/(\d{4}-\d{2}-\d{2})/)[1];
    assert.ok(await page.getByRole('button', { name: /^Came: / }).first().isDisabled(), 'no marking before the day');
    await page.close();
    await stopServer(running.server);

    // The event's morning, before it starts: the door is open.
    running = startServer(dir, { demo: false, now: `${day}T07:00:00Z` });
    base = await running.url;
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await logIn(page, base, 'staff@clusterdesk.example');
    await page.goto(`${base}${event}/check-in`);
    assert.equal(await page.getByText(/Check-in opens/).count(), 0);
    assert.equal(await page.locator('nav.sidenav').isVisible(), false, 'a compact frame on a phone');
    const rows = page.locator('#people li');
    const everyone = await rows.count();
    assert.ok(everyone >= 3, `people with a seat: ${everyone}`);
    const names = await page.locator('#people li strong').allInnerTexts();
    const lastNames = names.map((n) => n.split(' ').slice(1).join(' ').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    assert.deepEqual(lastNames, [...lastNames].sort((a, b) => a.localeCompare(b)), `by last name: ${names}`);

    // Typing narrows the list without a reload.
    const last = names[everyone - 1];
    await page.locator('#checkin-q').pressSequentially(last.split(' ').slice(1).join(' ').slice(0, 5), { delay: 30 });
    await page.waitForFunction((n) => document.querySelectorAll('#people li').length < n, everyone);
    // Two people may share a name (the demo has two Asier Sáez): any row of the name will do here.
    assert.ok(await page.getByText(last).first().isVisible());
    await page.locator('#checkin-q').fill('');
    await page.locator('#checkin-q').dispatchEvent('input');
    await page.waitForFunction((n) => document.querySelectorAll('#people li').length === n, everyone);

    // Marking the last person far down the list: the row changes, the place stays.
    const row = page.locator('#people li').nth(everyone - 1);
    await row.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    const url = page.url();
    await row.getByRole('button', { name: `Came: ${last}` }).click();
    await row.getByRole('button', { name: `Undo: ${last}` }).waitFor();
    assert.equal(await page.evaluate(() => window.scrollY), before, 'the page keeps its place');
    assert.equal(page.url(), url);
    assert.match(await page.locator('#tally').innerText(), /^\d+ came of \d+ registered/);
    if (screenshots) await page.screenshot({ path: join(screenshots, 'check-in.png'), fullPage: true });
  } finally {
    await browser.close();
    await stopServer(running.server);
    rmSync(dir, { recursive: true, force: true });
  }
});
