// The library in real Chromium: a second notice never replaces the first; both survive a reload
// with their work; search, the trash; a backup restored into a browser whose data was cleared
// gives the identical library; two tabs on two notices lose nothing; several files at once;
// the library on a phone and with the keyboard alone. Screenshots in tests/e2e/artifacts/.

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ARTIFACTS, fixture, openApp, paste, shot, startApp, stickingOut, waitForSave } from './helpers.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const A = 'cantho-2020-so-ket-hk1';
const B = 'hanoi-2022-giao-ban-thang-9';

/** Pastes notice A, confirms its first task, then pastes notice B over it. */
async function twoNotices(page) {
  await paste(page, fixture(A));
  await page.getByTestId('directive-row').first().getByTestId('confirm-directive').click();
  await waitForSave(page);
  await paste(page, fixture(B));
  await page.getByTestId('message').filter({ hasText: 'Thư viện' }).waitFor();
  await waitForSave(page);
}

async function showLibrary(page, count) {
  await page.getByTestId('show-library').click();
  await page.getByTestId('library').waitFor();
  if (count !== undefined) {
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=library-item]').length === n, count);
  }
}

/** The library as shown: [id, title] of every notice, in order. */
async function listed(page) {
  return page.getByTestId('library-item').evaluateAll((items) => items.map((li) => [
    li.dataset.noticeId, li.querySelector('.library-title').textContent,
  ]));
}

test('a second notice is kept beside the first; both survive a reload with their work; search and trash', async () => {
  const context = await app.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await app.newPage(context);
  await openApp(app, page);
  await twoNotices(page);
  await showLibrary(page, 2);
  await shot(page, 'library-1366x768');
  const before = await listed(page);

  await page.reload();
  await page.getByTestId('notice-input').waitFor();
  assert.match(await page.getByTestId('notice-view').innerText(), /HÀ NỘI|Hà Nội/);
  await showLibrary(page, 2);
  assert.deepEqual(await listed(page), before, 'the library changed over a reload');

  // Search ignores marks and case; every word must be found.
  await page.getByTestId('library-search').fill('397/tb');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=library-item]').length === 1);
  await page.getByTestId('library-search').fill('can tho so ket');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=library-item]').length === 1);
  await page.getByTestId('library-search').fill('không có văn bản này');
  await page.getByTestId('library-empty').waitFor();
  await page.getByTestId('library-search').fill('');

  // The first notice opens again, with its confirmed task.
  const first = page.getByTestId('library-item').filter({ hasNot: page.locator('.chip-open') }).first();
  const firstId = await first.getAttribute('data-notice-id');
  await first.getByTestId('library-open').click();
  await page.getByTestId('notice-view').filter({ hasText: 'Cần Thơ' }).waitFor();
  assert.equal(await page.getByTestId('directive-row').first().getAttribute('data-status'), 'confirmed');
  await shot(page, 'library-notice-1366x768');

  // To the trash and back.
  await showLibrary(page, 2);
  const other = page.getByTestId('library-item').filter({ hasNot: page.locator(`[data-notice-id="${firstId}"]`) });
  const otherId = (await listed(page)).find(([id]) => id !== firstId)[0];
  await page.locator(`[data-notice-id="${otherId}"]`).getByTestId('library-trash-item').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=library-item]').length === 1);
  assert.match(await page.getByTestId('show-library').innerText(), /\(1\)/);
  await page.getByTestId('library-show-trash').click();
  await page.locator(`[data-notice-id="${otherId}"]`).getByTestId('library-restore').click();
  await page.getByTestId('library-show-trash').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=library-item]').length === 2);
  assert.ok(other);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('back up the library, clear the site\'s data, restore: the identical library; a bad file changes nothing', async () => {
  const context = await app.newContext();
  const page = await app.newPage(context);
  await openApp(app, page);
  await twoNotices(page);
  // The unit directory (as the board's Danh bạ đơn vị keeps it) goes with the library.
  const directory = JSON.stringify({ joined: { 'to tai vu': 'bo phan ke toan' }, names: { 'bo phan ke toan': 'Bộ phận Kế toán' } });
  await page.evaluate((d) => localStorage.setItem('ketluan.unit-directory.v1', d), directory);
  await showLibrary(page, 2);
  const before = await listed(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-library').click()]);
  assert.match(download.suggestedFilename(), /^ketluan-thu-vien-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = readFileSync(await download.path());
  const file = join(ARTIFACTS, 'library-backup.json');
  writeFileSync(file, backup);
  assert.equal(JSON.parse(backup).format, 'ketluan-library');
  assert.deepEqual(JSON.parse(backup).unit_directory, JSON.parse(directory));
  await context.close();

  // A browser with none of this site's data.
  const fresh = await app.newContext();
  const page2 = await app.newPage(fresh);
  await openApp(app, page2);
  await showLibrary(page2);
  await page2.getByTestId('library-empty').waitFor();
  page2.on('dialog', (d) => d.accept());
  // A file that is not a backup: said so, nothing changed.
  await page2.getByTestId('restore-library').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other"}') });
  await page2.getByTestId('message').filter({ hasText: 'notes.json' }).waitFor();
  assert.match(await page2.getByTestId('message').innerText(), /Thư viện hiện tại không thay đổi/);
  await page2.getByTestId('library-empty').waitFor();

  await page2.getByTestId('restore-library').setInputFiles(file);
  await page2.waitForFunction(() => document.querySelectorAll('[data-testid=library-item]').length === 2);
  assert.deepEqual(await listed(page2), before, 'the restored library differs');
  assert.deepEqual(JSON.parse(await page2.evaluate(() => localStorage.getItem('ketluan.unit-directory.v1'))),
    JSON.parse(directory), 'the unit directory was not restored');
  await page2.reload();
  await page2.getByTestId('notice-input').waitFor();
  await showLibrary(page2, 2);
  assert.deepEqual(await listed(page2), before, 'the restored library did not survive a reload');
  assert.deepEqual(page2.errors, []);
  await fresh.close();
});

/** Two tabs of one browser: the first on notice A, the second on notice B (a new notice), both saved. */
async function twoTabsTwoNotices() {
  const context = await app.newContext();
  const one = await app.newPage(context);
  await openApp(app, one);
  await paste(one, fixture(A));
  await waitForSave(one);
  const two = await app.newPage(context);
  await openApp(app, two);
  await two.getByTestId('new-notice').click();
  await paste(two, fixture(B));
  await waitForSave(two);
  return { context, one, two };
}

test('two tabs on two notices: each keeps its own, nothing is lost, a reload reopens each tab\'s own', async () => {
  const { context, one, two } = await twoTabsTwoNotices();
  // The first tab goes on working on its notice.
  await one.getByTestId('directive-row').first().getByTestId('confirm-directive').click();
  await one.waitForTimeout(800);
  assert.equal(await one.getByTestId('message').count(), 0, 'the first tab was told of a conflict');
  await one.reload();
  await one.getByTestId('notice-view').filter({ hasText: 'Cần Thơ' }).waitFor();
  assert.equal(await one.getByTestId('directive-row').first().getAttribute('data-status'), 'confirmed');
  await two.reload();
  await two.getByTestId('notice-view').filter({ hasText: 'Hà Nội' }).waitFor();
  await showLibrary(two, 2);
  await context.close();
});

test('a share link opened in a tab that had another notice open shows the link\'s notice', async () => {
  // Another tab saves another notice since: this tab's own notice differs from the saved one.
  const { context, one, two } = await twoTabsTwoNotices();
  await two.getByTestId('share-link').click();
  const url = await two.getByTestId('share-url').inputValue();
  // The same tab (its sessionStorage kept) loads the link afresh.
  await one.goto('about:blank');
  await one.goto(url);
  await one.getByTestId('shared-banner').waitFor();
  await one.waitForTimeout(800);
  assert.equal(await one.getByTestId('shared-banner').count(), 1, 'the link\'s notice was replaced');
  assert.match(await one.getByTestId('notice-view').innerText(), /Hà Nội/);
  await context.close();
});

test('several ketluan files at once each become a notice; a file that cannot be opened is named', async () => {
  const context = await app.newContext();
  const page = await app.newPage(context);
  await openApp(app, page);
  await paste(page, fixture(A));
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  const doc = readFileSync(await json.path());
  await page.getByTestId('import-json').setInputFiles([
    { name: 'a.json', mimeType: 'application/json', buffer: doc },
    { name: 'b.json', mimeType: 'application/json', buffer: doc },
    { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') },
  ]);
  await page.getByTestId('message').filter({ hasText: 'scan.pdf' }).waitFor();
  await showLibrary(page, 3);
  await context.close();
});

test('the library full: the app says so, the notice stays saved and comes back after a reload', async () => {
  const context = await app.newContext();
  const page = await app.newPage(context);
  await openApp(app, page);
  // The browser's database refuses every write, as when the disk quota is reached.
  await page.evaluate(() => {
    self.ketluanLibrary.put = () => Promise.reject(new DOMException('full', 'QuotaExceededError'));
  });
  await paste(page, fixture(A));
  await page.getByTestId('directive-row').first().getByTestId('confirm-directive').click();
  const message = page.getByTestId('message');
  await message.filter({ hasText: 'bộ nhớ của trình duyệt đã đầy' }).waitFor();
  assert.match(await message.innerText(), /Tải JSON/);
  await waitForSave(page);
  await page.reload();
  await page.getByTestId('notice-view').filter({ hasText: 'Cần Thơ' }).waitFor();
  assert.equal(await page.getByTestId('directive-row').first().getAttribute('data-status'), 'confirmed');
  // Writable again: the notice goes into the library at the next start.
  await showLibrary(page, 1);
  await context.close();
});

test('IndexedDB refused (a private window, an embedded browser): said in Vietnamese, the notice kept over a reload', async () => {
  const context = await app.newContext();
  // As Firefox's private windows and some in-app browsers do: opening the database throws.
  await context.addInitScript(() => {
    const refuse = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
    Object.defineProperty(self, 'indexedDB', { configurable: true, get: refuse });
  });
  const page = await app.newPage(context);
  await openApp(app, page);
  await paste(page, fixture(A));
  await page.getByTestId('directive-row').first().getByTestId('confirm-directive').click();
  await waitForSave(page);
  // No nagging while the notice is worked on (it is saved in the page's own storage); the
  // library says why it has nothing.
  await page.getByTestId('show-library').click();
  const note = page.getByTestId('library').filter({ hasText: 'Trình duyệt này không cho dùng thư viện' });
  await note.waitFor();
  await page.getByTestId('show-library').click();
  await page.reload();
  await page.getByTestId('notice-view').filter({ hasText: 'Cần Thơ' }).waitFor();
  assert.equal(await page.getByTestId('directive-row').first().getAttribute('data-status'), 'confirmed');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('the tab closed in the middle of a save: the work is there at the next start, in the notice and the library', async () => {
  const context = await app.newContext();
  const page = await app.newPage(context);
  await openApp(app, page);
  // The library's writes never finish: the tab is closed while one is under way.
  await page.evaluate(() => {
    self.ketluanLibrary.put = () => new Promise(() => {});
  });
  await paste(page, fixture(A));
  await page.getByTestId('directive-row').first().getByTestId('confirm-directive').click();
  await waitForSave(page);
  await page.close();
  const again = await app.newPage(context);
  await openApp(app, again);
  await again.getByTestId('notice-view').filter({ hasText: 'Cần Thơ' }).waitFor();
  assert.equal(await again.getByTestId('directive-row').first().getAttribute('data-status'), 'confirmed');
  // The library's write cut short is done again at the start.
  await showLibrary(again, 1);
  await context.close();
});

test('on a phone (390×844), with the keyboard alone: the library fits the screen and a notice opens', async () => {
  const context = await app.newContext({ viewport: { width: 390, height: 844 } });
  const page = await app.newPage(context);
  await openApp(app, page);
  await twoNotices(page);
  await page.getByTestId('show-library').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('library').waitFor();
  assert.deepEqual((await page.evaluate(stickingOut)).out, [], 'elements sticking out of the screen');
  // The list starts on the first screen (it was a screen lower, under the page's hidden view).
  const { y } = await page.getByTestId('library').boundingBox();
  assert.ok(y < 844 / 2, `the library starts ${y} px down`);
  await shot(page, 'library-390x844');
  // Tab to the search, type, Tab to "Mở" of the one notice found, Enter.
  for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.dataset.testid)) !== 'library-search'; i += 1) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('397');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=library-item]').length === 1);
  for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.dataset.testid)) !== 'library-open'; i += 1) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'library-open');
  await page.keyboard.press('Enter');
  await page.getByTestId('notice-view').filter({ hasText: 'Cần Thơ' }).waitFor();
  assert.deepEqual((await page.evaluate(stickingOut)).out, [], 'elements sticking out of the screen');
  await shot(page, 'library-notice-390x844');
  await context.close();
});
