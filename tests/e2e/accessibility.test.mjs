// Accessibility: axe-core over every view, light and dark, desktop and phone, with no serious
// or critical violation; and the main path walked with the keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { env, open, addressIs, inputIs, textHas, VIEWS } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SIZES = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } };

async function axe(page) {
  // Evaluated through DevTools, so the page's policy (no inline script) does not apply.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
}

for (const [size, viewport] of Object.entries(SIZES)) {
  test(`no critical, serious or moderate axe violation in any view (${size}, light and dark)`, async () => {
    const summary = [];
    for (const scheme of ['light', 'dark']) {
      const context = await env.browser.newContext({ viewport, colorScheme: scheme });
      for (const view of VIEWS) {
        const page = await open(`/?view=${view}&hourly=50&open=100`, { context });
        if (view === 'uncertainty') await page.waitForSelector('[data-testid=meetings-p50]:not([data-value=""])');
        const violations = await axe(page);
        const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.impact === 'moderate');
        summary.push(`${view}/${scheme}: ${violations.length ? violations.map((v) => `${v.id} (${v.impact})`).join(', ') : 'none'}`);
        assert.deepEqual(bad, [], `${view} ${scheme} ${size}`);
        await page.close();
      }
      await context.close();
    }
    console.log(`axe ${size}:\n  ${summary.join('\n  ')}`);
  });
}

test('the main path by keyboard alone: plan, rate, view, save, copy the link', async () => {
  const page = await open('/', { context: await env.browser.newContext({ viewport: SIZES.desktop, permissions: ['clipboard-read', 'clipboard-write'] }) });
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return el.id || el.dataset.testid || el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30);
  });
  const tabTo = async (want, max = 60) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if ((await focused()) === want) return;
    }
    assert.fail(`Tab never reached ${want} (last: ${await focused()})`);
  };
  // The first Tab reaches the skip link.
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'Skip to the answer');
  // Name, Save and Copy link are a few stops away.
  await tabTo('f-name', 3);
  await page.keyboard.type('Keyboard only');
  // Pick a plan with the keyboard.
  await tabTo('f-plan');
  await page.keyboard.press('ArrowUp');
  await addressIs(page, { plan: 'recruiter_lite' });
  // Change a rate: type it, then nudge the slider with an arrow key.
  await tabTo('f-reply');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('30');
  await addressIs(page, { reply: '30' });
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'InMail reply rate slider');
  await page.keyboard.press('ArrowRight');
  await inputIs(page, '#f-reply', '30.5');
  // Switch view with the tabs' arrow keys.
  await page.focus('[role=tab][aria-selected=true]');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await addressIs(page, { view: 'first-move' });
  await page.waitForSelector('#panel-first-move', { state: 'visible' });
  // Save and copy the link from the header.
  await page.focus('#f-name');
  await tabTo('save', 3);
  await page.keyboard.press('Enter');
  await textHas(page, '[data-testid=saved-status]', 'Saved “Keyboard only”');
  await tabTo('copy-link', 3);
  await page.keyboard.press('Enter');
  await textHas(page, '[data-testid=copy-status]', 'copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.includes('reply=30.5') && copied.includes('view=first-move'), copied);
  assert.deepEqual(page.errors, []);
});
