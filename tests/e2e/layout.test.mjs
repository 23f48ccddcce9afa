// The layout on a phone (390×844) and a desk (1366×768): nothing wider than the screen (a test
// that fails when any element sticks out), the phone's toolbar folded behind "☰ Thêm" and the
// export menu usable on a phone, a readable page
// before the app has loaded; screenshots of both in tests/e2e/artifacts/.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DIST, fixture, openApp, paste, shot, startApp, stickingOut } from './helpers.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const SIZES = [[390, 844], [1366, 768]];

for (const [width, height] of SIZES) {
  test(`${width}×${height}: nothing wider than the screen, with a notice and its tasks`, async () => {
    const context = await app.newContext({ viewport: { width, height } });
    const page = await app.newPage(context);
    await openApp(app, page);
    await paste(page, fixture('cantho-2020-so-ket-hk1'));
    await page.waitForTimeout(300);
    const { out, scroll, vw } = await page.evaluate(stickingOut);
    assert.deepEqual(out, [], 'elements sticking out of the screen');
    assert.ok(scroll <= vw, `the page scrolls sideways (${scroll} > ${vw})`);
    // Every task's text is readable in full width: no cell narrower than a few letters.
    const narrow = await page.getByTestId('directive-row').evaluateAll((rows) => rows
      .flatMap((r) => [...r.querySelectorAll('td')])
      .filter((td) => td.textContent.trim().length > 0 && td.getBoundingClientRect().width < 40)
      .map((td) => td.className));
    assert.deepEqual(narrow.filter((c) => c !== 'col-no'), [], 'cells too narrow to read');
    await shot(page, `layout-${width}x${height}`);
    const toolbar = page.locator('nav.actions');
    const fits = () => toolbar.evaluate((n) => n.scrollWidth <= n.clientWidth && n.getBoundingClientRect().right <= innerWidth);
    assert.ok(await fits(), 'the toolbar is wider than the screen');
    if (width < 640) {
      // The toolbar is folded: the library, the board and "☰ Thêm" on one row, the rest behind it.
      const menu = page.getByTestId('toolbar-menu');
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      assert.equal(await page.getByTestId('export-json').isVisible(), false);
      const { height: folded } = await toolbar.boundingBox();
      assert.ok(folded < 60, `the folded toolbar is ${folded} px high`);
      await menu.click();
      assert.equal(await menu.getAttribute('aria-expanded'), 'true');
      for (const id of ['open-file', 'export-json', 'share-link', 'print-view', 'undo', 'redo', 'lang-switch']) {
        const box = await page.getByTestId(id).boundingBox();
        assert.ok(box && box.x >= 0 && box.x + box.width <= width, `${id} is off screen: ${JSON.stringify(box)}`);
      }
      assert.ok(await fits(), 'the unfolded toolbar is wider than the screen');
      // The export menu opens inside the screen.
      await page.locator('.menu > summary').click();
      const item = page.getByTestId('export-csv');
      await item.waitFor({ state: 'visible' });
      const box = await item.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= width, `the menu is off screen: ${JSON.stringify(box)}`);
      await shot(page, `layout-${width}x${height}-menu`);
      // Choosing an item folds the menu again.
      await item.click();
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      assert.equal(await page.getByTestId('export-json').isVisible(), false);
    }
    await context.close();
  });
}

test('the page is readable before the app has loaded, and the app replaces it', async () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.match(html, /id="?shell"?/);
  assert.match(html, /Kết luận → Nhiệm vụ/);
  const page = await app.newPage();
  await openApp(app, page);
  assert.equal(await page.getByTestId('shell').count(), 0, 'the loading page stayed');
  await page.context().close();
});
