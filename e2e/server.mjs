// What the end-to-end tests share: where the binary and Chromium are, and a clusterdesk server on
// 127.0.0.1 that says where it runs.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const binary = process.env.CLUSTERDESK_BIN || join(root, 'target', 'debug', 'clusterdesk');
export const screenshots = process.env.E2E_SCREENSHOTS || '';
export const browserArgs = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic'];

// Why the browser tests cannot run on this machine, or null when they can.
export function missing() {
  if (!existsSync(chromium)) return `skipped: no Chromium at ${chromium} (apt-get install chromium; .ci/run does)`;
  if (!existsSync(binary)) return `skipped: no clusterdesk binary at ${binary} (cargo build first)`;
  return null;
}

// Starts clusterdesk on the database `e2e.db` in `dir` at the instant `now` (so that what the
// demo shows does not depend on the day the test runs), seeding the demo first when `demo`.
// Returns the process and a promise of its address.
export function startServer(dir, { demo = true, now = '2026-11-29T10:00:00Z' } = {}) {
  const args = ['serve', ...(demo ? ['--demo'] : []), '--bind', '127.0.0.1:0', '--database-url', join(dir, 'e2e.db')];
  const server = spawn(binary, args, {
    cwd: dir,
    env: { ...process.env, CLUSTERDESK_LOG: 'warn', CLUSTERDESK_NOW: now },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: server.stdout });
  const url = new Promise((resolve, reject) => {
    lines.on('line', (line) => {
      const m = line.match(/^clusterdesk is running at (\S+)$/);
      if (m) resolve(m[1]);
    });
    server.on('exit', (code) => reject(new Error(`the server exited with ${code} before it was ready`)));
  });
  return { server, url };
}

// Stops `server` and waits until it has exited.
export function stopServer(server) {
  return new Promise((resolve) => {
    if (server.exitCode !== null) return resolve();
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
  });
}

export async function logIn(page, base, email) {
  await page.goto(base);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('clusterdesk-demo');
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForLoadState('networkidle');
  await readInBrowsersLanguage(page, base);
}

// The demo's team reads its cluster's Spanish; the tests read what the browser asks for
// (English), chosen on the account page as a user would, whatever the page's own words.
export async function readInBrowsersLanguage(page, base) {
  await page.goto(new URL("/account", base).href);
  const form = page.locator('form[action="/account/language"]');
  await form.locator('select').selectOption({ index: 0 });
  await form.locator('button[type="submit"]').click();
  await page.waitForLoadState('networkidle');
}
