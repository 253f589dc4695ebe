// Scratch: screenshots of every view at two widths (not committed).
import { serveDist } from '../tests/e2e/server.mjs';
import { launch } from '../tests/e2e/browser.mjs';
const [,, widthArg, ...links] = process.argv;
const server = await serveDist();
const browser = await launch();
const widths = widthArg ? widthArg.split(',').map(Number) : [1366, 390];
for (const link of links) {
  for (const width of widths) {
    const ctx = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 844 } });
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.origin + link);
    await page.waitForSelector('[role=tabpanel]:not([hidden]) > :not([data-testid="view-loading"])', { state: 'attached' });
    await page.waitForTimeout(1500);
    const name = link.replace(/[^a-z0-9]+/gi, '_').slice(0, 60) + '_' + width;
    await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
    if (errors.length) console.log(link, width, 'ERRORS', errors);
    console.log(`/tmp/shots/${name}.png`);
    await ctx.close();
  }
}
await browser.close();
await server.close();
