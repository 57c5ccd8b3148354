import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:18555';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
await page.goto(base + '/login');
await page.fill('#email', 'manager@clusterdesk.example');
await page.fill('#password', 'clusterdesk-demo');
await page.click('button[type=submit]');
await page.waitForLoadState();
const c = base + '/clusters/mobility-basque';
const shots = process.argv.slice(2);
for (const s of shots) {
  const i = s.indexOf('='); const name = s.slice(0, i); const path = s.slice(i + 1);
  await page.goto(c + path);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
}
await browser.close();
