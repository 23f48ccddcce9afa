// Word files (.docx, issue 11): opened through the file input and by drag and drop, read in the
// reader's worker into the same task table as the notice's text; a .VnTime document reads as its
// Unicode twin; a damaged one is named with its reason and changes nothing; offline after the
// worker's first use a Word file still opens.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { FIXTURES, SHARED, dropFiles, openApp, opensOfflineAfterFirstUse, paste, rowContent, rows, shot, startApp } from './helpers.mjs';

const NOTICE = 'made-11-hoabinh-2019-ubnd-huyen-ket-luan';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

function docx(name) {
  return { name: `${name}.docx`, mimeType: DOCX_TYPE, buffer: readFileSync(join(FIXTURES, 'files', `${name}.docx`)) };
}

/** Opens `file` through the file input; the rows once the app says it opened it. */
async function openedRows(page, file) {
  await page.getByTestId('import-json').setInputFiles(file);
  await page.getByTestId('message').filter({ hasText: file.name }).waitFor();
  await page.getByTestId('directive-row').first().waitFor();
  await page.waitForTimeout(300);
  return rows(page);
}

test('a .docx opened through the file input gives the same task table as its text', async () => {
  const context = await app.newContext();
  const page = await app.newPage(context);
  await openApp(app, page);
  const fromWord = await openedRows(page, docx(NOTICE));
  // The header came out of Word's table: the number and the issuer are read.
  const view = await page.getByTestId('notice-view').innerText();
  assert.match(view, /Số: 178\/TB-UBND/);

  const other = await app.newPage(await app.newContext());
  await openApp(app, other);
  await paste(other, readFileSync(join(SHARED, 'notices', `${NOTICE}.txt`), 'utf8'));
  await other.waitForTimeout(300);
  assert.deepEqual(rowContent(fromWord), rowContent(await rows(other)));
  await shot(page, 'word-opened');
  await context.close();
});

test('an old Word 97–2003 file (.doc) opens with the same task table as its .docx', async () => {
  const context = await app.newContext();
  const page = await app.newPage(context);
  await openApp(app, page);
  const fromDocx = rowContent(await openedRows(page, docx(NOTICE)));
  const fromDoc = await openedRows(page, {
    name: `${NOTICE}.doc`,
    mimeType: 'application/msword',
    buffer: readFileSync(join(FIXTURES, 'files', `${NOTICE}.doc`)),
  });
  assert.deepEqual(rowContent(fromDoc), fromDocx);
  await context.close();
});

test('a .docx in .VnTime dropped on the page reads as its Unicode twin, and says it was converted', async () => {
  const context = await app.newContext();
  const page = await app.newPage(context);
  await openApp(app, page);
  await dropFiles(page, [docx(NOTICE)]);
  await page.getByTestId('directive-row').first().waitFor();
  await page.waitForTimeout(300);
  const unicode = rowContent(await rows(page));
  await dropFiles(page, [docx(`${NOTICE}-vntime`)]);
  await page.getByTestId('message').filter({ hasText: `${NOTICE}-vntime.docx` }).waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(rowContent(await rows(page)), unicode);
  assert.doesNotMatch(await page.getByTestId('notice-view').innerText(), /Phßng|§/);
  // The clerk is told the old font's text was converted (the Unicode twin says nothing).
  const said = await page.getByTestId('message').innerText();
  assert.match(said, /TCVN3.*Unicode/);
  await context.close();
});

test('a damaged .docx is named with its reason; the open notice stays', async () => {
  const context = await app.newContext();
  const page = await app.newPage(context);
  await openApp(app, page);
  const before = await openedRows(page, docx(NOTICE));
  const whole = docx(NOTICE).buffer;
  await page.getByTestId('import-json').setInputFiles({ name: 'hong.docx', mimeType: DOCX_TYPE, buffer: whole.subarray(0, whole.length / 2) });
  const message = page.getByTestId('message');
  await message.filter({ hasText: 'hong.docx' }).waitFor();
  assert.match(await message.innerText(), /bị hỏng hoặc bị cắt cụt/);
  assert.deepEqual(await rows(page), before);
  await context.close();
});

test('several Word and text files at once: the first opens, every one is a notice in the library', async () => {
  const context = await app.newContext();
  const page = await app.newPage(context);
  await openApp(app, page);
  await page.getByTestId('import-json').setInputFiles([
    docx(NOTICE),
    docx('made-01-laocai-2024-giao-ban-thang-10'),
    { name: 'cantho.txt', mimeType: 'text/plain', buffer: readFileSync(join(FIXTURES, 'cantho-2020-so-ket-hk1.txt')) },
  ]);
  await page.getByTestId('directive-row').first().waitFor();
  await page.getByTestId('show-library').click();
  const items = page.getByTestId('library-item');
  await items.nth(2).waitFor();
  assert.equal(await items.count(), 3);
  const listed = await page.getByTestId('library').innerText();
  assert.match(listed, /178\/TB-UBND/);
  assert.match(listed, /1846\/TB-SGDĐT/);
  await context.close();
});

test('offline after the reader\'s first use, a Word file still opens', async () => {
  const lazy = ['lazy/reader-worker.js', 'lazy/ketluan-reader.js', 'lazy/ketluan-reader_bg.wasm'];
  const rows = await opensOfflineAfterFirstUse(app, docx(NOTICE), docx('made-01-laocai-2024-giao-ban-thang-10'), lazy);
  assert.ok(rows > 0);
});
