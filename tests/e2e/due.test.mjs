// Where each task stands against its due date today (src/schedule.rs): the row's
// data-due-status, its badge and the counts, with the clock fixed by ?today=YYYY-MM-DD.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { paste, shot, startApp } from './helpers.mjs';

const NOTICE = [
  'THÔNG BÁO',
  'Kết luận của Giám đốc Sở tại cuộc họp giao ban ngày 10/11/2023',
  '1. Giao Phòng Giáo dục Trung học báo cáo trước ngày 20/11/2023.',
  '2. Giao Văn phòng Sở tổng hợp trước ngày 28/11/2023.',
  '3. Giao Phòng Tổ chức cán bộ hoàn thành trước ngày 30/12/2023.',
  '4. Giao Phòng Kế hoạch - Tài chính rà soát trước ngày 25/11/2023.',
  '',
].join('\n');

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('tasks are overdue, due today, due soon or not due as of the day given', async () => {
  const page = await app.newPage();
  await page.goto(`${app.url}?today=2023-11-25`);
  await page.getByTestId('notice-input').waitFor();
  await paste(page, NOTICE, { minRows: 4 });
  const rows = page.getByTestId('directive-row');
  const standing = await rows.evaluateAll((rs) => rs.map((r) => r.dataset.dueStatus || ''));
  assert.deepEqual(standing, ['overdue', 'due-soon', 'not-due', 'due-today']);
  const badges = await page.getByTestId('due-status').allInnerTexts();
  assert.deepEqual(badges, ['Quá hạn 5 ngày', 'Sắp đến hạn · còn 3 ngày', 'Đến hạn hôm nay']);
  const counts = await page.locator('.counts').innerText();
  assert.match(counts, /1 quá hạn · 2 sắp đến hạn/);

  // Marked done today: late for the overdue task, on time for one due soon; reopened; kept.
  await rows.nth(0).getByTestId('mark-done').click();
  await rows.nth(1).getByTestId('mark-done').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-due-status^="done"]').length === 2);
  assert.equal(await rows.nth(0).getAttribute('data-due-status'), 'done-late');
  assert.equal(await rows.nth(1).getAttribute('data-due-status'), 'done-on-time');
  assert.deepEqual((await page.getByTestId('due-status').allInnerTexts()).slice(0, 2),
    ['Hoàn thành quá hạn 5 ngày · 25/11/2023', 'Hoàn thành đúng hạn · 25/11/2023']);
  assert.match(await page.locator('.counts').innerText(), /2 đã hoàn thành/);
  await shot(page, 'due-done');
  await rows.nth(1).getByTestId('reopen-directive').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="directive-row"]')[1].dataset.dueStatus === 'due-soon');
  await page.waitForTimeout(1200); // saved
  await page.reload();
  await page.getByTestId('directive-row').nth(3).waitFor();
  assert.deepEqual(await rows.evaluateAll((rs) => rs.map((r) => r.dataset.dueStatus || '')),
    ['done-late', 'due-soon', 'not-due', 'due-today']);
  await rows.nth(0).getByTestId('reopen-directive').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="directive-row"]').dataset.dueStatus === 'overdue');

  // A rejected task no longer counts.
  await rows.first().getByTestId('reject-directive').click();
  await page.waitForFunction(() => !document.querySelector('.counts').innerText.includes('quá hạn'));
  assert.equal(await rows.first().getAttribute('data-due-status'), null);
  await shot(page, 'due-status');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
