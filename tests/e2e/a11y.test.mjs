// Accessibility in real Chromium: axe-core (npm, pinned in package-lock.json) finds no serious or
// critical violation on any view — the empty page, a notice with its tasks, the library, the
// task board with its alert banner, a task being marked done, a deadline being extended, the
// report per unit with the unit directory — on a desk (1366×768) and on a phone (390×844). axe is put in the page by the test (a context that
// bypasses the app's Content-Security-Policy, which forbids inline scripts, as it should).

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, fixture, paste, startApp, waitForSave } from './helpers.mjs';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** The serious and critical violations on the page as it is, as readable lines. */
async function violations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ path: AXE });
  }
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  return found;
}

for (const [width, height] of [[1366, 768], [390, 844]]) {
  test(`${width}×${height}: no serious or critical axe violation on any view`, async () => {
    const context = await app.newContext({ viewport: { width, height }, bypassCSP: true });
    const page = await app.newPage(context);
    await page.goto(`${app.url}?today=2022-12-28`);
    await page.getByTestId('notice-input').waitFor();
    const seen = {};
    seen.empty = await violations(page);

    await paste(page, fixture('cantho-2020-so-ket-hk1'));
    await page.getByTestId('directive-row').first().getByTestId('confirm-directive').click();
    await waitForSave(page);
    await paste(page, fixture('hanoi-2022-giao-ban-thang-9'));
    await waitForSave(page);
    seen.notice = await violations(page);

    await page.getByTestId('show-library').click();
    await page.getByTestId('library-item').nth(1).waitFor();
    seen.library = await violations(page);

    await page.getByTestId('show-board').click();
    await page.getByTestId('board-row').first().waitFor();
    await page.getByTestId('alert-banner').waitFor();
    seen.board = await violations(page);

    await page.getByTestId('board-row').first().getByTestId('mark-done').click();
    await page.getByTestId('done-form').waitFor();
    seen.marking = await violations(page);
    await page.getByTestId('done-cancel').click();

    const dated = page.locator('[data-testid=board-row]').filter({ has: page.getByTestId('extend') }).first();
    await dated.getByTestId('extend').click();
    await page.getByTestId('extend-form').waitFor();
    seen.extending = await violations(page);

    await page.getByTestId('show-unit-report').click();
    await page.getByTestId('unit-report').waitFor();
    await page.getByTestId('unit-directory').locator('summary').click();
    await page.getByTestId('directory-unit').first().waitFor();
    seen.report = await violations(page);

    const bad = Object.entries(seen).filter(([, v]) => v.length > 0);
    assert.deepEqual(bad, [], JSON.stringify(bad, null, 1));
    await context.close();
  });
}
