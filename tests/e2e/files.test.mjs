// Download the JSON, open it elsewhere → the same table; a bad file is refused with a message and
// changes nothing.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fixture, openApp, paste, rows, selectInNotice, shot, startApp, waitForSave } from './helpers.mjs';

const NOTICE = 'hanoi-2022-giao-ban-thang-9';

let app;
let exported; // { path, json } of the download, shared by the tests below
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

async function download(page) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const path = await file.path();
  return { path, name: file.suggestedFilename(), json: JSON.parse(readFileSync(path, 'utf8')) };
}

async function importFile(page, file) {
  await page.getByTestId('import-json').setInputFiles(file);
}

test('download the JSON, open it in a fresh page → identical rows', async () => {
  const page = await app.newPage();
  await openApp(app, page);
  await paste(page, fixture(NOTICE));
  // One user correction, so the round trip carries user work too.
  await selectInNotice(page, 'Ban Giám đốc Sở', { after: 'Giao phòng Tổ chức cán bộ' });
  await page.getByTestId('tag-toolbar').waitFor({ state: 'visible' });
  await page.getByTestId('tag-support').click();
  await page.getByTestId('owner-chip').filter({ hasText: 'Ban Giám đốc Sở' }).first().waitFor();
  await page.waitForTimeout(300);
  const original = await rows(page);

  exported = await download(page);
  // Named like every other download of the notice: this one states no number and no date of its
  // own, so the meeting's date names it.
  assert.equal(exported.name, 'thong-bao-2022-10-06.json');
  assert.equal(exported.json.format, 'ketluan');
  assert.equal(exported.json.version, 1);
  assert.equal(exported.json.directives.length, original.length);
  assert.ok(exported.json.directives.some((d) => d.owners.some((o) => o.source === 'user')), 'the user owner is not in the file');

  const fresh = await app.newPage(); // a new context: nothing saved, as on another machine
  await openApp(app, fresh);
  // As saved by the browser: under its suggested name.
  await importFile(fresh, { name: exported.name, mimeType: 'application/json', buffer: readFileSync(exported.path) });
  await fresh.getByTestId('directive-row').first().waitFor();
  await fresh.waitForTimeout(300);
  assert.deepEqual(await rows(fresh), original);
  const again = await download(fresh);
  assert.deepEqual(again.json, exported.json, 'exporting the opened file gives a different JSON');
  await shot(fresh, 'imported');
  await page.context().close();
  await fresh.context().close();
});

// What must not change when a file is refused.
async function state(page) {
  return {
    rows: await rows(page),
    saved: await page.evaluate(() => localStorage.getItem('ketluan.doc.v1')),
  };
}

function badFiles() {
  const doc = exported ? structuredClone(exported.json) : null;
  const files = [
    ['not JSON', { name: 'thong-bao.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": "ketluan", oops') }],
    ['another format', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'label-studio', version: 1, tasks: [] })) }],
    ['a later version', { name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...(doc || {}), format: 'ketluan', version: 99 })) }],
  ];
  if (doc) {
    doc.directives[0].end = [...doc.text].length + 50;
    files.push(['offsets past the text', { name: 'bad-offsets.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) }]);
  }
  return files;
}

test('a bad file is refused with a message and nothing changes', async (t) => {
  assert.ok(exported, 'needs the download from the previous test');
  for (const [label, file] of badFiles()) {
    await t.test(label, async () => {
      const page = await app.newPage();
      await openApp(app, page);
      await paste(page, fixture('cantho-2020-so-ket-hk1'));
      await waitForSave(page);
      const before = await state(page);
      const messages = () => page.getByTestId('message').allInnerTexts();
      const shown = await messages();
      await importFile(page, file);
      // A new message (role=alert) must appear; one already there does not count.
      await page.waitForFunction((old) => {
        const now = [...document.querySelectorAll('[data-testid="message"]')].map((m) => m.innerText);
        return now.some((text) => text.trim() && !old.includes(text));
      }, shown);
      const fresh = (await messages()).filter((text) => !shown.includes(text));
      assert.equal(await page.getByTestId('message').last().getAttribute('role'), 'alert');
      assert.ok(fresh.length > 0 && fresh[0].trim().length > 0, 'no message');
      await page.waitForTimeout(500);
      assert.deepEqual(await state(page), before);
      await shot(page, `refused-${label.replace(/\W+/g, '-')}`);
      await page.context().close();
    });
  }
});

test('a saved copy the app cannot read is kept aside, survives new work, and downloads as it was', async () => {
  const page = await app.newPage();
  await openApp(app, page);
  const newer = JSON.stringify({ format: 'ketluan', version: 2, text: 'Bản lưu của phiên bản mới hơn', directives: [] });
  await page.evaluate((json) => localStorage.setItem('ketluan.doc.v1', json), newer);
  await page.reload();
  const message = page.getByTestId('message');
  await message.waitFor();
  assert.match(await message.innerText(), /phiên bản ketluan mới hơn/);
  await page.getByTestId('aside-banner').waitFor();
  await shot(page, 'unreadable-save');
  // New work is saved; the unreadable copy stays aside and downloads byte for byte.
  await paste(page, fixture('cantho-2020-so-ket-hk1'));
  await page.waitForFunction((old) => {
    const saved = localStorage.getItem('ketluan.doc.v1');
    return saved !== null && saved !== old;
  }, newer);
  assert.equal(await page.evaluate(() => localStorage.getItem('ketluan.doc.unreadable.v1')), newer);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-unreadable').click()]);
  assert.equal(readFileSync(await file.path(), 'utf8'), newer);
  assert.match(file.suggestedFilename(), /^ketluan-ban-luu-khong-doc-duoc\.json$/);
  await page.getByTestId('discard-unreadable').click();
  await page.getByTestId('aside-banner').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => localStorage.getItem('ketluan.doc.unreadable.v1')), null);
  await page.context().close();
});

test('no request left 127.0.0.1', () => {
  assert.deepEqual(app.foreign(), []);
});
