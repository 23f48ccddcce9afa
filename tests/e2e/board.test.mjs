// The task board, the alert banner and the report per unit in real Chromium, with a fixed clock
// (?today=): two notices pasted → every task of both on the board with its status; the banner's
// counts open the board filtered; filter by unit; mark done a task of a notice that is not open
// (written to the library) and one of the open notice (through the page's editor) → statuses,
// banner and report follow, and survive a reload; a row opens its notice at the task; the first
// visit does not fetch the board's module; phone and desk with nothing wider than the screen.
// Screenshots in tests/e2e/artifacts/.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fixture, paste, shot, startApp, stickingOut, swReady, waitForSave } from './helpers.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const A = 'cantho-2020-so-ket-hk1';
const B = 'hanoi-2022-giao-ban-thang-9';
// Notice A has one task due 31/12/2020 (overdue then), notice B fourteen due 31/12/2022 (in 3
// days), the others no due date.
const TODAY = '2022-12-28';

async function openAt(page, today = TODAY) {
  await page.goto(`${app.url}?today=${today}`);
  await page.getByTestId('notice-input').waitFor({ state: 'visible' });
}

async function twoNotices(page) {
  await paste(page, fixture(A));
  await page.getByTestId('directive-row').first().getByTestId('confirm-directive').click();
  await waitForSave(page);
  await paste(page, fixture(B));
  await page.getByTestId('message').filter({ hasText: 'Thư viện' }).waitFor();
  await waitForSave(page);
}

async function showBoard(page) {
  await page.getByTestId('show-board').click();
  await page.getByTestId('board-row').first().waitFor();
}

/** [tasks kept by the filters, tasks on the board], as the board counts them. */
async function counted(page) {
  const text = await page.getByTestId('board-count').textContent();
  return text.match(/\d+/g).map(Number);
}

/** Waits until the filters keep `n` tasks. */
function keeps(page, n) {
  return page.waitForFunction((want) => {
    const c = document.querySelector('[data-testid=board-count]');
    return c && Number(c.textContent.match(/\d+/)[0]) === want;
  }, n);
}

/** Waits until the rows of the last change are all drawn (the first screen comes a frame
 * before the rest). */
function drawn(page) {
  return page.waitForFunction(() => !document.querySelector('.board-rows[aria-busy=true]'));
}

/** Draws every row kept ("Xem thêm" until none is left). */
async function showAll(page) {
  await drawn(page);
  while (await page.getByTestId('board-more').count()) {
    const before = await page.getByTestId('board-row').count();
    await page.getByTestId('board-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=board-row]').length > n, before);
  }
}

/** The board's rows as [status, unit, text], once all drawn. */
async function boardRows(page) {
  await drawn(page);
  return page.getByTestId('board-row').evaluateAll((rows) => rows.map((r) => [
    r.dataset.status, r.dataset.unit, r.querySelector('.board-text').textContent,
  ]));
}

function count(rows, status) {
  return rows.filter(([s]) => s === status).length;
}

test('the board holds every task of every notice, with its status on a fixed day; banner, filter, done, report', async () => {
  const context = await app.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await app.newPage(context);
  const lazy = [];
  page.on('request', (r) => { if (r.url().includes('ketluan-board')) lazy.push(r.url()); });
  await openAt(page, '2019-01-01');
  await twoNotices(page);
  // Nothing is due within 7 days of 1/1/2019: no banner, and the board's module not fetched.
  await page.waitForTimeout(500);
  assert.equal(await page.getByTestId('alert-banner').count(), 0);
  assert.deepEqual(lazy, [], 'the board module was fetched before it was needed');

  // On 28/12/2022: the banner says what is overdue and due soon.
  await openAt(page);
  const banner = page.getByTestId('alert-banner');
  await banner.waitFor();
  assert.ok(lazy.length > 0, 'the board module was not fetched for the banner');
  const counts = await banner.getByTestId('alert-count').evaluateAll((bs) => bs.map((b) => [b.dataset.window, b.textContent]));
  assert.deepEqual(counts.map(([w]) => w), ['overdue', 'within-3', 'within-7'], JSON.stringify(counts));
  assert.match(counts[0][1], /^1 quá hạn/);
  assert.match(counts[1][1], /^14 /);

  // Every task not rejected, of both notices (drawn a page at a time).
  await showBoard(page);
  const [kept, total] = await counted(page);
  assert.equal(kept, total);
  assert.ok(total >= 25, `${total} tasks`);
  assert.ok(await page.getByTestId('board-row').count() < total, 'every row drawn at once');
  await showAll(page);
  let rows = await boardRows(page);
  assert.equal(rows.length, total);
  assert.equal(count(rows, 'overdue'), 1);
  assert.equal(count(rows, 'due-soon'), 14);
  assert.equal(count(rows, 'not-due'), total - 15);
  // Sorted by due date: the overdue one first.
  assert.equal(rows[0][0], 'overdue');
  // At 1366×768 (no message shown), six tasks at least are on the first screen whole.
  assert.equal(await page.getByTestId('message').count(), 0);
  await shot(page, 'board-1366x768');
  const visible = await page.getByTestId('board-row').evaluateAll((rs) => rs.filter((r) => {
    const b = r.getBoundingClientRect();
    return b.top >= 0 && b.bottom <= innerHeight;
  }).length);
  assert.ok(visible >= 6, `${visible} tasks on the first screen at 1366×768`);

  // The banner's overdue count opens the board on the overdue task alone.
  await banner.getByTestId('alert-count').first().click();
  await keeps(page, 1);
  assert.equal((await boardRows(page))[0][0], 'overdue');
  await page.getByTestId('board-clear').click();
  await keeps(page, total);

  // Filter by unit: each row kept leads with that unit.
  const unit = page.getByTestId('board-filter-unit');
  const options = await unit.locator('option').evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
  const pick = options.find(([v, label]) => v && /đơn vị thuộc Sở/.test(label));
  assert.ok(pick, JSON.stringify(options));
  await unit.selectOption(pick[0]);
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=board-count]').textContent.match(/\d+/)[0]) < n, total);
  await showAll(page);
  rows = await boardRows(page);
  assert.ok(rows.length > 0 && rows.every(([, u]) => /đơn vị thuộc Sở/i.test(u)), JSON.stringify(rows));
  await unit.selectOption('');
  await keeps(page, total);
  // Grouped by lead unit: a heading per unit, with its count; every task still there.
  await page.getByTestId('board-group-by').selectOption('unit');
  await page.getByTestId('board-group').first().waitFor();
  await showAll(page);
  const groups = await page.getByTestId('board-group').allInnerTexts();
  assert.ok(groups.length >= 3, JSON.stringify(groups));
  const inGroups = groups.reduce((n, g) => n + Number(g.match(/\((\d+)\)$/)[1]), 0);
  assert.ok(inGroups >= total, `${inGroups} rows in the groups of ${total} tasks`);
  await page.getByTestId('board-group-by').selectOption('');
  await page.waitForFunction(() => !document.querySelector('[data-testid=board-group]'));
  // Search without marks.
  await page.getByTestId('board-search').fill('phong to chuc can bo');
  await page.waitForFunction((n) => Number(document.querySelector('[data-testid=board-count]').textContent.match(/\d+/)[0]) < n, total);
  await showAll(page);
  rows = await boardRows(page);
  assert.ok(rows.some(([, u]) => /Phòng Tổ chức Cán bộ/.test(u)), JSON.stringify(rows));
  await page.getByTestId('board-search').fill('');
  await keeps(page, total);

  // Mark done the overdue task of notice A (not the open one): done late, with its result.
  const overdue = page.locator('[data-testid=board-row][data-status=overdue]');
  const overdueText = await overdue.locator('.board-text').textContent();
  await overdue.getByTestId('mark-done').click();
  await page.getByTestId('done-note').fill('Đã báo cáo Sở');
  await page.getByTestId('done-save').click();
  const doneRow = page.locator('[data-testid=board-row]').filter({ hasText: overdueText.slice(0, 60) });
  await page.waitForFunction(() => document.querySelector('[data-testid=board-row][data-status=done-late]'));
  assert.match(await doneRow.innerText(), /Đã báo cáo Sở/);
  // The keyboard stays on the row: on its "Mở lại", not at the page's start.
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'board-reopen'
    && document.activeElement.closest('[data-status=done-late]'));

  // Mark done a task of notice B (the open one): through the page's own editor.
  const soon = page.locator('[data-testid=board-row][data-status=due-soon]').first();
  const soonTask = await soon.getAttribute('data-task');
  await soon.getByTestId('mark-done').click();
  await page.getByTestId('done-save').click();
  await page.waitForFunction(() => document.querySelector('[data-testid=board-row][data-status=done-on-time]'));
  await waitForSave(page);

  // The report per unit: the total counts every task once.
  await page.getByTestId('show-unit-report').click();
  const report = page.getByTestId('unit-report');
  await report.waitFor();
  assert.ok(await report.getByTestId('unit-report-row').count() >= 3);
  const totalCells = await report.getByTestId('unit-report-total').locator('td').allTextContents();
  assert.deepEqual(totalCells.slice(0, 5).map(Number), [total, 2, 1, 1, 0], totalCells.join(' | '));
  assert.equal(totalCells[5], '50 %');
  await shot(page, 'unit-report-1366x768');

  // A reload keeps both: statuses derived again from the saved dates.
  await openAt(page);
  await page.getByTestId('alert-banner').waitFor();
  const after = await page.getByTestId('alert-banner').getByTestId('alert-count').allTextContents();
  assert.ok(!after.some((t) => /quá hạn/.test(t)), `still overdue: ${after}`);
  await showBoard(page);
  await showAll(page);
  rows = await boardRows(page);
  assert.equal(count(rows, 'done-late'), 1);
  assert.equal(count(rows, 'done-on-time'), 1);
  assert.equal(count(rows, 'due-soon'), 13);

  // The open notice's own table shows its task done.
  const fromB = page.locator(`[data-testid=board-row][data-task="${soonTask}"][data-status=done-on-time]`);
  await fromB.getByTestId('board-open').click();
  await page.getByTestId('task-table').waitFor({ state: 'visible' });
  const inTable = page.locator(`[data-testid=directive-row][data-id="${soonTask}"]`);
  assert.equal(await inTable.getAttribute('data-due-status'), 'done-on-time');

  // A row of notice A opens notice A.
  await showBoard(page);
  await page.locator('[data-testid=board-row][data-status=done-late]').getByTestId('board-open').click();
  await page.getByTestId('notice-view').filter({ hasText: 'Cần Thơ' }).waitFor();
  await context.close();
});

for (const [width, height] of [[390, 844], [1366, 768]]) {
  test(`${width}×${height}: the board and the report fit the screen`, async () => {
    const context = await app.newContext({ viewport: { width, height } });
    const page = await app.newPage(context);
    await openAt(page);
    await twoNotices(page);
    await showBoard(page);
    let { out, scroll, vw } = await page.evaluate(stickingOut);
    assert.deepEqual(out, [], 'board: elements sticking out of the screen');
    assert.ok(scroll <= vw, `board: the page scrolls sideways (${scroll} > ${vw})`);
    if (width < 600) await shot(page, `board-${width}x${height}`);
    await page.getByTestId('show-unit-report').click();
    await page.getByTestId('unit-report').waitFor();
    // With the unit directory open under it.
    await page.getByTestId('unit-directory').locator('summary').click();
    await page.getByTestId('directory-unit').first().waitFor();
    ({ out, scroll, vw } = await page.evaluate(stickingOut));
    assert.deepEqual(out, [], 'report: elements sticking out of the screen');
    assert.ok(scroll <= vw, `report: the page scrolls sideways (${scroll} > ${vw})`);
    if (width < 600) await shot(page, `unit-report-${width}x${height}`);
    // The keyboard reaches the board's filters and its first row's button.
    await page.getByTestId('board-tab-tasks').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('board-row').first().waitFor();
    await context.close();
  });
}

test('offline after its first use, the board and the library still open; offline before, the page says so and goes on', async () => {
  const context = await app.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await app.newPage(context);
  await openAt(page, '2019-01-01');
  await swReady(page);
  await paste(page, fixture(A));
  await waitForSave(page);

  // Offline before the module was ever fetched: a message in the board's place, the notice kept.
  await context.setOffline(true);
  await page.getByTestId('show-board').click();
  await page.getByTestId('board-failed').waitFor();
  assert.match(await page.getByTestId('board-failed').innerText(), /kết nối/);
  await page.getByTestId('show-library').click();
  await page.getByTestId('board-failed').waitFor();
  await context.setOffline(false);

  // Online: fetched (with its progress in its place), then cached by the service worker.
  await page.getByTestId('show-board').click();
  await page.getByTestId('board-row').first().waitFor();
  await page.waitForFunction(async () => {
    for (const path of ['lazy/ketluan-board.js', 'lazy/ketluan-board_bg.wasm', 'lazy/board.css']) {
      if (!(await caches.match(path, { ignoreSearch: true }))) return false;
    }
    return true;
  });

  // Offline again, after a reload: the board and the library open from the cache.
  await context.setOffline(true);
  await page.reload();
  await page.getByTestId('notice-input').waitFor();
  await page.getByTestId('show-board').click();
  await page.getByTestId('board-row').first().waitFor();
  await page.getByTestId('show-library').click();
  await page.getByTestId('library-item').first().waitFor();
  await context.setOffline(false);
  await context.close();
});

test('a deadline extended (gia hạn) from the board: followed against the new day, the old one kept and shown, taken back', async () => {
  const context = await app.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await app.newPage(context);
  await openAt(page);
  await twoNotices(page);
  await showBoard(page);
  await showAll(page);

  // Notice A's overdue task (A is not the open notice: written in the library).
  const overdue = page.locator('[data-testid=board-row][data-status=overdue]');
  assert.equal(await overdue.count(), 1);
  const task = await overdue.getAttribute('data-task');
  const row = page.locator(`[data-testid=board-row][data-task="${task}"][data-notice-id="${await overdue.getAttribute('data-notice-id')}"]`);
  await row.getByTestId('extend').click();
  await page.getByTestId('extend-date').fill('2023-01-03');
  await page.getByTestId('extend-note').fill('Công văn 45/SGDĐT');
  await page.getByTestId('extend-save').click();
  await page.waitForFunction(() => !document.querySelector('[data-testid=board-row][data-status=overdue]'));
  assert.equal(await row.getAttribute('data-status'), 'due-soon');
  assert.match(await row.getByTestId('board-due').innerText(), /03\/01\/2023.*gia hạn, hạn cũ 31\/12\/2020/);
  await shot(page, 'board-extended-1366x768');

  // A task of notice B (the open one), through the page's editor: not due any more.
  const soon = page.locator('[data-testid=board-row][data-status=due-soon]').filter({ hasNot: page.getByTestId('unextend') }).first();
  const soonTask = await soon.getAttribute('data-task');
  await soon.getByTestId('extend').click();
  await page.getByTestId('extend-date').fill('2023-02-15');
  await page.getByTestId('extend-save').click();
  await page.waitForFunction((t) => [...document.querySelectorAll(`[data-testid=board-row][data-task="${t}"]`)]
    .some((r) => r.dataset.status === 'not-due'), soonTask);
  await waitForSave(page);
  // The notice shows it on the task's deadline: the old day struck through, the new one.
  const bRow = page.locator(`[data-testid=board-row][data-task="${soonTask}"][data-status=not-due]`);
  await bRow.getByTestId('board-open').click();
  await page.getByTestId('directive-row').first().waitFor({ state: 'visible' });
  const chip = page.locator(`[data-testid=directive-row][data-id="${soonTask}"] [data-testid=deadline-chip]`);
  assert.match(await chip.getByTestId('extended').innerText(), /15\/02\/2023/);
  assert.equal(await chip.getAttribute('data-due'), '2022-12-31', 'the original day is kept');

  // After a reload both stay extended; A's is taken back and is overdue again.
  await page.reload();
  await page.getByTestId('notice-input').waitFor({ state: 'visible' });
  await showBoard(page);
  await showAll(page);
  assert.equal(await page.locator('[data-testid=board-row][data-status=overdue]').count(), 0);
  assert.equal(await page.getByTestId('unextend').count(), 2);
  await row.getByTestId('unextend').click();
  await page.locator('[data-testid=board-row][data-status=overdue]').waitFor();
  assert.equal(await page.getByTestId('unextend').count(), 1);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the unit directory: two names of one unit joined by hand, renamed, kept over a reload, split again', async () => {
  const context = await app.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await app.newPage(context);
  await openAt(page);
  await twoNotices(page);
  await showBoard(page);
  await page.getByTestId('show-unit-report').click();
  const report = page.getByTestId('unit-report');
  await report.waitFor();
  const lines = await report.getByTestId('unit-report-row').count();
  const directory = page.getByTestId('unit-directory');
  await directory.locator('summary').click();
  const units = directory.getByTestId('directory-unit');
  assert.equal(await units.count(), lines, 'a directory line per unit of the report');
  const tasks = async (i) => Number((await units.nth(i).locator('.directory-count').textContent()).match(/\d+/)[0]);
  const [first, second] = [await tasks(0), await tasks(1)];
  const [keepKey, joinKey] = [await units.nth(0).getAttribute('data-key'), await units.nth(1).getAttribute('data-key')];

  // Join the second into the first: one line less, the tasks of both under the first.
  await units.nth(1).getByTestId('directory-join').selectOption(keepKey);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=unit-report-row]').length === n, lines - 1);
  const kept = directory.locator(`[data-testid=directory-unit][data-key="${keepKey}"]`);
  assert.equal(Number((await kept.locator('.directory-count').textContent()).match(/\d+/)[0]), first + second);
  assert.equal(await kept.getByTestId('directory-member').count(), 1);

  // Renamed: the report says the new name.
  await kept.getByTestId('directory-name').fill('Đơn vị gộp thử');
  await kept.getByTestId('directory-name').press('Enter');
  await report.getByTestId('unit-report-row').filter({ hasText: 'Đơn vị gộp thử' }).waitFor();

  // Kept over a reload; the board's unit filter offers the joined unit once.
  await page.reload();
  await page.getByTestId('notice-input').waitFor({ state: 'visible' });
  await showBoard(page);
  const options = await page.getByTestId('board-filter-unit').locator('option').allTextContents();
  assert.equal(options.filter((o) => o.startsWith('Đơn vị gộp thử')).length, 1, options.join(' | '));
  await page.getByTestId('show-unit-report').click();
  await page.getByTestId('unit-directory').locator('summary').click();
  await page.getByTestId('directory-split').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=unit-report-row]').length === n, lines);
  assert.ok(joinKey);
  assert.deepEqual(page.errors, []);
  await context.close();
});
