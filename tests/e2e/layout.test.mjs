// The layout on a phone (390×844) and a desk (1366×768): nothing wider than the screen (a test
// that fails when any element sticks out, but inside a container that scrolls sideways on
// purpose, such as the phone's toolbar), the export menu usable on a phone, a readable page
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
    if (width < 640) {
      // The export menu opens inside the screen.
      await page.locator('.menu > summary').click();
      const item = page.getByTestId('export-csv');
      await item.waitFor({ state: 'visible' });
      const box = await item.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= width, `the menu is off screen: ${JSON.stringify(box)}`);
      await shot(page, `layout-${width}x${height}-menu`);
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
