import { createServer } from 'node:http';
import { handler } from '../scripts/serve.mjs';
import { chromium } from 'playwright-core';
const server = createServer(handler()).listen(0, '127.0.0.1');
await new Promise(r => server.on('listening', r));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
for (let run = 0; run < 2; run++) {
const ctx = await browser.newContext({ serviceWorkers: 'block', viewport: {width: 412, height: 823} });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.addInitScript(() => {
  window.ev = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.ev.push([e.entryType === 'mark' ? e.name : 'LONG', Math.round(e.startTime), Math.round(e.duration)]); }).observe({ entryTypes: ['longtask', 'mark'] });
});
await page.goto(origin + '/');
await page.waitForFunction(() => document.documentElement.dataset.warm, null, {timeout: 60000});
await page.waitForTimeout(1000);
const ev = await page.evaluate(() => window.ev);
ev.sort((a,b)=>a[1]-b[1]);
console.log('run', run, ev.map(e => e[0]==='LONG' ? `[LONG ${e[1]}+${e[2]}]` : `${e[0]}@${e[1]}`).join(' '));
await ctx.close();
}
await browser.close(); server.close();
