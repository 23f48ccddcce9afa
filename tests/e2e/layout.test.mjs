// The layout on a phone (390×844) and a desk (1366×768): nothing wider than the screen (a test
// that fails when any element sticks out), the phone's toolbar folded behind "☰ Thêm" and the
// export menu usable on a phone, a chip's explanation inside the table on keyboard focus, a readable page
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

/** A task whose explanations are among the longest: a supporter after «phối hợp chặt chẽ với», a deadline given by the sentence after it. */
const CHIPS_SIDE_BY_SIDE = 'Thông báo này gồm thêm một việc như sau:\n\n1. Ban Thi đua chủ trì, phối hợp chặt chẽ với Tỉnh đoàn kiểm tra trại hè. Thời gian hoàn thành trước ngày 30 tháng 6.';

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

for (const [width, height] of SIZES) {
  test(`${width}×${height}: a chip's explanation, on keyboard focus, is inside the table and the screen`, async () => {
    const context = await app.newContext({ viewport: { width, height } });
    const page = await app.newPage(context);
    await openApp(app, page);
    // With the longest explanations the reader gives.
    await paste(page, `${fixture('cantho-2020-so-ket-hk1')}\n\n${CHIPS_SIDE_BY_SIDE}`);
    // Keyboard alone, from the paste area to the first owner chip.
    let tabs = 0;
    while (tabs < 100 && !(await page.evaluate(() => document.activeElement?.classList.contains('chip-main')))) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    assert.ok(tabs < 100, 'no owner chip reached with Tab');
    // Every owner and deadline chip in turn, as focused by the keyboard: its explanation stays inside the table.
    const boxes = await page.evaluate(() => [...document.querySelectorAll('.chip[data-why]')].map((chip) => {
      chip.querySelector('button').focus();
      const s = getComputedStyle(chip, '::after');
      const c = chip.getBoundingClientRect();
      const clip = chip.closest('.task-table-wrap').getBoundingClientRect();
      // Floating, the box stands where its resolved `left` puts it in the chip; in the flow it
      // is inside the chip.
      const w = parseFloat(s.width) + parseFloat(s.paddingLeft) + parseFloat(s.paddingRight);
      const x = c.left + parseFloat(getComputedStyle(chip).borderLeftWidth) + parseFloat(s.left);
      const [left, right] = s.position === 'static' ? [c.left, c.right] : [x, x + w];
      return { why: chip.dataset.why, content: s.content, left, right, limits: [Math.max(clip.left, 0), Math.min(clip.right, innerWidth)] };
    }));
    assert.ok(boxes.length > 5, `${boxes.length} chips`);
    for (const box of boxes) {
      assert.equal(box.content, JSON.stringify(box.why), 'the focused chip shows why');
      assert.ok(box.left >= box.limits[0] - 0.5 && box.right <= box.limits[1] + 0.5,
        `the explanation runs past the table: ${JSON.stringify(box)}`);
    }
    // The screenshot shows the longest explanation.
    await page.evaluate(() => {
      const chips = [...document.querySelectorAll('.chip[data-why]')];
      const longest = chips.reduce((a, b) => (b.dataset.why.length > a.dataset.why.length ? b : a));
      longest.scrollIntoView({ block: 'center' });
      longest.querySelector('button').focus();
    });
    await shot(page, `chip-why-${width}x${height}`);
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
