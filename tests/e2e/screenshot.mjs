// Takes the README's screenshot (docs/screenshot.png) from the release build in dist/:
// the Cần Thơ notice pasted, its structure highlighted and its task table.
//
//   node tests/e2e/screenshot.mjs

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, fixture, openApp, paste, startApp } from './helpers.mjs';

const app = await startApp();
try {
  const context = await app.newContext({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
  const page = await app.newPage(context);
  await openApp(app, page);
  await paste(page, fixture('cantho-2020-so-ket-hk1'));
  await page.waitForTimeout(500);
  // Show the directives' highlights rather than the header, with no focus ring.
  await page.evaluate(() => {
    document.activeElement?.blur();
    const view = document.querySelector('[data-testid="notice-view"]');
    const first = [...view.querySelectorAll('[data-start]')].find((el) => el.textContent.includes('Căn cứ vào nhiệm vụ'));
    if (first) view.scrollTop += first.getBoundingClientRect().top - view.getBoundingClientRect().top - 120;
    window.scrollTo(0, 0);
  });
  await page.waitForTimeout(200);
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  await page.screenshot({ path: join(ROOT, 'docs', 'screenshot.png') });
  console.log('wrote docs/screenshot.png');
} finally {
  await app.close();
}
