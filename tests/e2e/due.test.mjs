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
  // A rejected task no longer counts.
  await rows.first().getByTestId('reject-directive').click();
  await page.waitForFunction(() => !document.querySelector('.counts').innerText.includes('quá hạn'));
  assert.equal(await rows.first().getAttribute('data-due-status'), null);
  await shot(page, 'due-status');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
