// A person's first minutes with clusterdesk, in headless Chromium against a real server on
// 127.0.0.1: log in, create an organisation, find it through the live search, pay and credit an
// overdue invoice, log out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserArgs, chromium, missing, readInBrowsersLanguage, screenshots, startServer } from './server.mjs';

test('log in, create an organisation, archive and restore it, find it through the search, pay and credit an invoice, log out', async (t) => {
  const why = missing();
  if (why) {
    t.skip(why);
    return;
  }
  const { chromium: browserType } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'clusterdesk-e2e-'));
  const { server, url } = startServer(dir);
  const browser = await browserType.launch({ executablePath: chromium, args: browserArgs });
  try {
    const base = await url;
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const outside = [];
    page.on('request', (r) => { if (!r.url().startsWith(base)) outside.push(r.url()); });

    await page.goto(base);
    assert.match(page.url(), /\/login/);
    await page.getByLabel('Email').fill('manager@clusterdesk.example');
    await page.getByLabel('Password').fill('clusterdesk-demo');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(/\/clusters\/mobility-basque$/);
    // The demo's manager reads the cluster's Spanish until she chooses otherwise.
    assert.equal(await page.locator('html').getAttribute('lang'), 'es');
    await readInBrowsersLanguage(page, base);
    await page.goto(new URL("/clusters/mobility-basque", base).href);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');

    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Organisations' }).click();
    await page.getByRole('link', { name: 'New organisation' }).click();
    const name = 'Ibarra Navegación Eléctrica S.L.';
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Employees').fill('23');
    await page.getByLabel('Country').selectOption({ label: 'Spain' });
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    if (screenshots) await page.screenshot({ path: join(screenshots, 'organisation.png'), fullPage: true });

    // Archiving asks first; declining keeps the record, accepting archives it, Restore undoes it.
    page.once('dialog', (d) => d.dismiss());
    await page.getByRole('button', { name: 'Archive' }).click();
    assert.equal(await page.getByText('This organisation was archived').count(), 0);
    page.once('dialog', (d) => { assert.match(d.message(), /^Archive /); d.accept(); });
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByText('This organisation was archived').waitFor();
    await page.getByRole('button', { name: 'Restore' }).click();
    await page.getByRole('button', { name: 'Archive' }).waitFor();

    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Organisations' }).click();
    // Live search: typing, with case and accents differing, narrows the list without a submit.
    await page.locator('#q').pressSequentially('navegacion electrica', { delay: 20 });
    await page.waitForURL(/q=navegacion/);
    const row = page.locator('#results tbody tr');
    await row.first().getByRole('link', { name }).waitFor();
    assert.equal(await row.count(), 1);
    assert.match(await page.locator('#results [role=status]').innerText(), /^1 organisation$/);
    if (screenshots) await page.screenshot({ path: join(screenshots, 'search.png'), fullPage: true });

    // One box for everything, by the keyboard alone: type and Enter in the top bar, then Tab past
    // the page's own box and its button to the first result, and Enter opens it.
    await page.locator('#topsearch').fill('NAVEGACIÓN eléctrica');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=/);
    await page.getByRole('heading', { level: 2, name: /^Organisations/ }).waitFor();
    await page.locator('#search-q').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), name);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name }).waitFor();

    // An overdue invoice: a payment by hand, then a credit note, which asks first.
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Invoices' }).click();
    await page.getByLabel('State').selectOption('overdue');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/state=overdue/);
    await page.locator('table tbody tr').first().getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Record a payment' }).waitFor();
    await page.locator('#amount').fill('10');
    await page.getByRole('button', { name: 'Record payment' }).click();
    await page.getByText('The payment is recorded.').waitFor();
    await page.getByLabel('What it corrects').fill('Discount agreed at the general assembly');
    page.once('dialog', (d) => { assert.match(d.message(), /^Issue a credit note\?/); d.accept(); });
    await page.getByRole('button', { name: 'Issue credit note' }).click();
    await page.getByText(/Credit note \d{4}-\d{4} issued\./).waitFor();
    if (screenshots) await page.screenshot({ path: join(screenshots, 'invoice.png'), fullPage: true });

    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(/\/login$/);
    await page.goto(`${base}clusters/mobility-basque/organisations`);
    assert.match(page.url(), /\/login\?next=/, 'after logout the pages need a login again');
    assert.deepEqual(outside, [], 'no request leaves the server');
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
});
