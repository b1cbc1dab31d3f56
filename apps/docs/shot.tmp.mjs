import { chromium } from 'playwright-core';

const server = { url: 'http://127.0.0.1:4199', close: async () => {} };
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
for (const p of process.argv.slice(2)) {
  await page.goto(server.url + p);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shot-${p.replace(/\W/g, '_')}.png`, fullPage: true });
  console.log(
    p,
    JSON.stringify(await page.evaluate(() => Object.keys(window.__lrkitCharts ?? {}))),
  );
}
await browser.close();
await server.close();
