// Draws the link preview image once: scripts/og-image/card.html rendered by headless Chromium at
// 1200 × 630 into public/og-image.png, which is committed. Run it again after changing the card:
//   node scripts/og-image.mjs
// (needs Chromium: scripts/setup.sh --browser).
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/browser.mjs';

const card = new URL('./og-image/card.html', import.meta.url);
const out = fileURLToPath(new URL('../public/og-image.png', import.meta.url));
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  await page.goto(card.href);
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1200, height: 630 } });
  console.log(`og-image: ${out}`);
} finally {
  await browser.close();
}
