// The notice's header panel in real Chromium (issue 10, item 2): a notice whose date line was
// lost gets its number and date from the clerk; the deadlines counted from the date get their
// day, the download is named after the number, the CSV says which notice, the correction survives
// an edit of the text and a reload, "Theo văn bản" gives a field back to the reader, and undo
// takes a date back. The notice is invented for this test.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { openApp, paste, rows, shot, startApp, waitForSave } from './helpers.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const UNDATED = `UBND HUYỆN AN PHÚ
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
THÔNG BÁO
Kết luận của Trưởng phòng tại cuộc họp giao ban tháng 3
1. Các trường THCS báo cáo kết quả kiểm tra nội bộ trước ngày 20/3.
2. Tổ Tài vụ hoàn thành quyết toán kinh phí trong thời hạn 10 ngày kể từ ngày ký thông báo này.
3. Bộ phận Phổ cập cập nhật số liệu trước ngày 15/12/2024.
`;

async function dues(page) {
  return (await rows(page)).map((r) => r.deadlines[0] ?? '');
}

async function download(page, testid, viaMenu) {
  if (viaMenu) await page.getByTestId('export-menu').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('the clerk gives a notice its number and date: deadlines, file names and the CSV follow, and it is kept', async () => {
  const context = await app.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await app.newPage(context);
  await openApp(app, page);
  await paste(page, UNDATED, { minRows: 3 });

  // Neither number nor date was read: the panel is open and says so.
  const panel = page.getByTestId('notice-header');
  assert.equal(await panel.evaluate((d) => d.open), true);
  assert.match(await panel.locator('summary').innerText(), /thiếu số hoặc ngày/);
  assert.equal(await page.getByTestId('header-number').inputValue(), '');
  assert.equal(await page.getByTestId('header-issued-date').inputValue(), '');
  assert.deepEqual(await dues(page), ['', '', '2024-12-15']);

  // The number, typed key by key (spaces included), and the date.
  await page.getByTestId('header-number').click();
  await page.keyboard.type('15/TB-PGDĐT');
  await page.getByTestId('header-issued-date').fill('2024-03-05');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="deadline-chip"]')]
    .map((c) => c.dataset.due).join(',') === '2024-03-20,2024-03-15,2024-12-15');
  assert.equal(await page.getByTestId('header-number').inputValue(), '15/TB-PGDĐT');
  assert.match(await panel.locator('summary').innerText(), /15\/TB-PGDĐT · ngày 05\/03\/2024/);
  await shot(page, 'header-1366x768');

  // Named after the number; the CSV's notice column says which notice.
  await waitForSave(page);
  const json = await download(page, 'export-json', false);
  assert.match(json.name, /15-TB-PGD/);
  const doc = JSON.parse(json.bytes.toString('utf8'));
  assert.equal(doc.fields.number, '15/TB-PGDĐT');
  assert.equal(doc.fields.issued_date, '2024-03-05');
  assert.deepEqual(doc.field_edits.map((e) => e.field).sort(), ['issued_date', 'number']);
  const csv = await download(page, 'export-csv', true);
  assert.match(csv.bytes.toString('utf8'), /15\/TB-PGDĐT ngày 05\/03\/2024/);

  // An edit of the text keeps the clerk's facts and the deadlines they date.
  const input = page.getByTestId('notice-input');
  await input.fill(UNDATED.replace('tháng 3', 'tháng Ba'));
  await page.getByTestId('notice-view').filter({ hasText: 'tháng Ba' }).waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="deadline-chip"]')]
    .map((c) => c.dataset.due).join(',') === '2024-03-20,2024-03-15,2024-12-15');
  assert.equal(await page.getByTestId('header-number').inputValue(), '15/TB-PGDĐT');

  // A reload brings back all of it.
  await waitForSave(page);
  await page.reload();
  await page.getByTestId('directive-row').nth(2).waitFor();
  assert.equal(await page.getByTestId('header-number').inputValue(), '15/TB-PGDĐT');
  assert.equal(await page.getByTestId('header-issued-date').inputValue(), '2024-03-05');
  assert.deepEqual(await dues(page), ['2024-03-20', '2024-03-15', '2024-12-15']);

  // Undo takes the date back, and its deadlines with it (the text's history was kept).
  await page.getByTestId('header-issued-date').fill('2025-03-01');
  await page.waitForFunction(() => document.querySelector('[data-testid="deadline-chip"]')?.dataset.due === '2025-03-20');
  await page.getByTestId('undo').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="deadline-chip"]')?.dataset.due === '2024-03-20');
  assert.equal(await page.getByTestId('header-issued-date').inputValue(), '2024-03-05');

  // "Theo văn bản" gives the number back to the reader (which found none).
  await page.getByTestId('header-number-forget').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="header-number"]').value === '');
  assert.equal(await page.getByTestId('header-number-forget').isVisible(), false);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('on a phone (390×844) the panel fits the screen and a read number folds it', async () => {
  const context = await app.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await app.newPage(context);
  await openApp(app, page);
  await paste(page, `Số: 7/TB-SGDĐT\nAn Giang, ngày 02 tháng 4 năm 2024\n${UNDATED}`, { minRows: 3 });
  const panel = page.getByTestId('notice-header');
  // The number and the date were read: folded, the summary says them.
  assert.equal(await panel.evaluate((d) => d.open), false);
  assert.match(await panel.locator('summary').innerText(), /7\/TB-SGDĐT · ngày 02\/04\/2024/);
  assert.deepEqual(await dues(page), ['2024-03-20', '2024-04-12', '2024-12-15']);
  await panel.locator('summary').click();
  await page.getByTestId('header-subject').waitFor({ state: 'visible' });
  const wide = await page.evaluate(() => [...document.querySelectorAll('[data-testid="notice-header"] *')]
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).map((el) => el.outerHTML.slice(0, 80)));
  assert.deepEqual(wide, []);
  await shot(page, 'header-390x844');
  assert.deepEqual(page.errors, []);
  await context.close();
});
