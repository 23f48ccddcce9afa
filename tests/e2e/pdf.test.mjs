// PDFs (issue 11): pdf.js is fetched from the app's own origin only when a PDF is first opened,
// runs in the reader's worker, and the lines rebuilt from its text (src/pdf_text.rs) give the same
// task table as the notice's text; opened through the file input and by drag and drop; a scan
// (no text layer) is recognised by OCR (ocr.test.mjs); offline after the first PDF, PDFs still open.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { FIXTURES, SHARED, dropFiles, openApp, opensOfflineAfterFirstUse, paste, rowContent, rows, shot, startApp } from './helpers.mjs';

const NOTICE = 'made-11-hoabinh-2019-ubnd-huyen-ket-luan';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

function pdf(name) {
  return { name: `${name}.pdf`, mimeType: 'application/pdf', buffer: readFileSync(join(FIXTURES, 'files', `${name}.pdf`)) };
}


const pdfjsAsked = () => app.server.requests.filter((u) => u.includes('/lazy/pdf/')).length;

test('pdf.js is not fetched before a PDF; a PDF gives the same task table as its text', async () => {
  const context = await app.newContext();
  const page = await app.newPage(context);
  await openApp(app, page);
  // A text read (the reader's worker loaded) fetches no pdf.js.
  const text = readFileSync(join(SHARED, 'notices', `${NOTICE}.txt`), 'utf8');
  await paste(page, text);
  await page.waitForTimeout(300);
  const fromText = rowContent(await rows(page));
  assert.equal(pdfjsAsked(), 0, 'pdf.js was fetched before any PDF');

  await page.getByTestId('import-json').setInputFiles(pdf(NOTICE));
  await page.getByTestId('message').filter({ hasText: `${NOTICE}.pdf` }).waitFor();
  await page.waitForTimeout(300);
  assert.ok(pdfjsAsked() >= 2, 'pdf.js was not fetched from lazy/pdf/');
  assert.deepEqual(rowContent(await rows(page)), fromText);
  const view = await page.getByTestId('notice-view').innerText();
  assert.match(view, /Số: 178\/TB-UBND/);
  await shot(page, 'pdf-opened');
  await context.close();
});

test('a PDF dropped on the page: page numbers and the running header are gone', async () => {
  const context = await app.newContext();
  const page = await app.newPage(context);
  await openApp(app, page);
  await dropFiles(page, [pdf('made-01-laocai-2024-giao-ban-thang-10')]);
  await page.getByTestId('message').filter({ hasText: 'made-01-laocai-2024-giao-ban-thang-10.pdf' }).waitFor();
  await page.getByTestId('directive-row').first().waitFor();
  const area = await page.getByTestId('notice-input').inputValue();
  // The running header ("UBND TỈNH LÀO CAI" at the top of pages 2 to 5) is left out, once kept.
  assert.equal(area.split('\n').filter((l) => l.trim() === 'UBND TỈNH LÀO CAI').length, 0);
  assert.ok(area.includes('UBND TỈNH LÀO CAI\t'), 'the header line itself is lost');
  assert.ok(!/\n(3|4|5)\n/.test(area), 'a page number is left in the text');
  await context.close();
});

test('a PDF printed in the old .VnTime font is converted by the font\'s name, and says so', async () => {
  const context = await app.newContext();
  const page = await app.newPage(context);
  await openApp(app, page);
  await page.getByTestId('import-json').setInputFiles(pdf('hanoi-2022-giao-ban-thang-9-vntime'));
  const message = page.getByTestId('message').filter({ hasText: 'hanoi-2022-giao-ban-thang-9-vntime.pdf' });
  await message.waitFor();
  assert.match(await message.innerText(), /TCVN3.*Unicode/);
  await page.getByTestId('directive-row').first().waitFor();
  assert.match(await page.getByTestId('notice-view').innerText(), /Kết luận của đồng chí Giám đốc/);
  await context.close();
});

test('offline after the first PDF, PDFs still open', async () => {
  const lazy = ['lazy/reader-worker.js', 'lazy/ketluan-reader_bg.wasm', 'lazy/pdf-items.mjs', 'lazy/pdf/pdf.min.mjs', 'lazy/pdf/pdf.worker.min.mjs'];
  const rows = await opensOfflineAfterFirstUse(app, pdf(NOTICE), pdf('hanoi-2022-giao-ban-thang-9'), lazy);
  assert.ok(rows > 0);
});
