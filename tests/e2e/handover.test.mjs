// Handing the work over: a share link opened in a fresh browser shows the same table (and is
// kept only on request); an over-long notice gets a message, not a link; damaged and foreign
// links change nothing; the print view renders an A4 page with the notice's header and every
// task; the CSV, iCalendar and Web Annotation downloads are byte for byte what the command line
// (`ketluan export`) prints for the JSON the app downloads.

import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import {
  ARTIFACTS, NOTICES, ROOT, fixture, openApp, paste, rows, selectInNotice, shot, startApp, waitForSave,
} from './helpers.mjs';

const NOTICE = 'cantho-2020-so-ket-hk1';
const CLI = join(ROOT, 'target', 'release', 'ketluan');

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** Waits until the table shows `n` rows (they come in batches). */
async function waitForRows(page, n) {
  await page.waitForFunction((want) => document.querySelectorAll('[data-testid="directive-row"]').length === want, n);
}

/** Waits for a new `message` (role=alert) and returns its text. */
async function newMessage(page, before = []) {
  await page.waitForFunction((old) => [...document.querySelectorAll('[data-testid="message"]')]
    .some((m) => m.innerText.trim() && !old.includes(m.innerText)), before);
  const all = await page.getByTestId('message').allInnerTexts();
  return all.filter((t) => !before.includes(t)).join('\n');
}

/** The notice pasted with one correction of the user's, so links and files carry user work. */
async function pasteWithCorrection(page) {
  await paste(page, fixture(NOTICE));
  await selectInNotice(page, 'Ủy ban nhân dân thành phố');
  await page.getByTestId('tag-toolbar').waitFor({ state: 'visible' });
  await page.getByTestId('tag-support').click();
  await page.waitForTimeout(400);
}

async function makeLink(page) {
  await page.getByTestId('share-link').click();
  const field = page.getByTestId('share-url');
  await field.waitFor({ state: 'visible' });
  return field.inputValue();
}

test('a share link opened in a fresh browser shows the same rows, kept only on request', async () => {
  const page = await app.newPage();
  await openApp(app, page);
  await pasteWithCorrection(page);
  const original = await rows(page);
  assert.ok(original.some((r) => r.owners.some((o) => o.name.includes('Ủy ban nhân dân thành phố') && o.role === 'support')),
    'the correction is not in the table');

  const url = await makeLink(page);
  const { origin, pathname } = new URL(app.url);
  assert.ok(url.startsWith(`${origin}${pathname}#doc=`), url.slice(0, 80));
  assert.match(url.split('#')[1], /^doc=[A-Za-z0-9_-]+$/);
  // The link is selected in its field (so Ctrl+C copies it even without the clipboard API).
  const selected = await page.getByTestId('share-url').evaluate((f) => f.selectionEnd - f.selectionStart);
  assert.equal(selected, url.length);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.getByTestId('share-copy').click();
  await page.getByTestId('share-status').filter({ hasText: /\S/ }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
  await shot(page, 'share-dialog');
  await page.keyboard.press('Escape');
  await page.getByTestId('share-dialog').waitFor({ state: 'detached' });

  // Another browser profile, as on a colleague's computer: nothing saved there.
  const fresh = await app.newPage();
  await fresh.goto(url);
  await waitForRows(fresh, original.length);
  await fresh.waitForTimeout(300);
  assert.deepEqual(await rows(fresh), original);
  assert.equal(new URL(fresh.url()).hash, '', 'the fragment is still in the address bar');
  const banner = fresh.getByTestId('shared-banner');
  await banner.waitFor();
  assert.equal(await fresh.getByTestId('back-to-saved').count(), 0, 'nothing was saved there to go back to');
  await fresh.waitForTimeout(800);
  assert.equal(await fresh.evaluate(() => localStorage.getItem('ketluan.doc.v1')), null, 'saved before the user chose');
  await shot(fresh, 'shared-opened');

  await fresh.getByTestId('keep-shared').click();
  await banner.waitFor({ state: 'detached' });
  await waitForSave(fresh);
  const saved = JSON.parse(await fresh.evaluate(() => localStorage.getItem('ketluan.doc.v1')));
  assert.equal(saved.directives.length, original.length);
  await fresh.reload();
  await waitForRows(fresh, original.length);
  await fresh.waitForTimeout(300);
  assert.deepEqual(await rows(fresh), original, 'the kept notice did not come back after a reload');
  assert.deepEqual([...page.errors, ...fresh.errors], []);
  await page.context().close();
  await fresh.context().close();
});

test('a share link does not silently replace the work saved in this browser', async () => {
  const source = await app.newPage();
  await openApp(app, source);
  await paste(source, fixture('hanoi-2022-giao-ban-thang-9'));
  const url = await makeLink(source);
  const linked = await rows(source);
  await source.context().close();

  const page = await app.newPage();
  await openApp(app, page);
  await paste(page, fixture(NOTICE));
  await waitForSave(page);
  const mine = await rows(page);
  const savedBefore = await page.evaluate(() => localStorage.getItem('ketluan.doc.v1'));

  // The link put in the address bar of the open page.
  await page.goto(url);
  await waitForRows(page, linked.length);
  const banner = page.getByTestId('shared-banner');
  await banner.waitFor();
  assert.match(await banner.innerText(), /397\/TB-SGDĐT/, 'the banner does not say which saved work would be replaced');
  await page.waitForTimeout(800);
  assert.equal(await page.evaluate(() => localStorage.getItem('ketluan.doc.v1')), savedBefore, 'the saved work changed');

  await page.getByTestId('back-to-saved').click();
  await banner.waitFor({ state: 'detached' });
  await waitForRows(page, mine.length);
  await page.waitForTimeout(300);
  assert.deepEqual(await rows(page), mine);
  assert.equal(await page.evaluate(() => localStorage.getItem('ketluan.doc.v1')), savedBefore);

  // Again, and this time keep the link's notice over the saved work.
  await page.goto(url);
  await banner.waitFor();
  await page.getByTestId('keep-shared').click();
  await waitForSave(page);
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('ketluan.doc.v1')));
  assert.equal(saved.directives.length, linked.length);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

function megabyteText() {
  const all = NOTICES.map(fixture).join('\n\n');
  let text = '';
  while (Buffer.byteLength(text) < 1024 * 1024) text += `${all}\n\n`;
  return text;
}

test('an over-long notice gets a message and the JSON file instead, not a link', async () => {
  const page = await app.newPage();
  await openApp(app, page);
  await paste(page, megabyteText(), { clipboard: true });
  const shown = await page.getByTestId('message').allInnerTexts();
  await page.getByTestId('share-link').click();
  const text = await newMessage(page, shown);
  assert.match(text, /quá dài/);
  assert.equal(await page.getByTestId('message').last().getAttribute('role'), 'alert');
  assert.equal(await page.getByTestId('share-dialog').count(), 0, 'a link was made anyway');
  assert.equal(await page.getByTestId('share-url').count(), 0);
  // The message offers the JSON file.
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('message-export-json').click()]);
  assert.match(file.suggestedFilename(), /\.json$/);
  await shot(page, 'share-too-long');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

function linkOf(json) {
  const payload = deflateRawSync(Buffer.from(json)).toString('base64url');
  return `${app.url}#doc=${payload}`;
}

test('damaged and foreign links show a message and change nothing', async (t) => {
  const links = [
    ['not base64url', `${app.url}#doc=AAAA!!`],
    ['not deflate', `${app.url}#doc=${Buffer.from('hello, not deflated at all').toString('base64url')}`],
    ['another format', linkOf(JSON.stringify({ format: 'label-studio', version: 1, tasks: [] }))],
    ['a later version', linkOf(JSON.stringify({ format: 'ketluan', version: 99 }))],
    ['not JSON', linkOf('{ "format": "ketluan", oops')],
  ];
  // A real link cut short, as a chat app might.
  const source = await app.newPage();
  await openApp(app, source);
  await paste(source, fixture(NOTICE));
  const good = await makeLink(source);
  await source.context().close();
  links.push(['cut short', good.slice(0, good.length - 40)]);

  for (const [label, url] of links) {
    await t.test(label, async () => {
      const page = await app.newPage();
      await openApp(app, page);
      await paste(page, fixture('hanoi-2022-giao-ban-thang-9'));
      await waitForSave(page);
      const before = { rows: await rows(page), saved: await page.evaluate(() => localStorage.getItem('ketluan.doc.v1')) };
      await page.goto(url);
      const text = await newMessage(page);
      assert.match(text, /Liên kết/);
      await page.waitForTimeout(500);
      assert.equal(await page.getByTestId('shared-banner').count(), 0);
      assert.deepEqual(await rows(page), before.rows);
      assert.equal(await page.evaluate(() => localStorage.getItem('ketluan.doc.v1')), before.saved);
      // Opened afresh with the link: the message, and the saved work as without it.
      const fresh = await page.context().newPage();
      await fresh.goto(url);
      await newMessage(fresh);
      await waitForRows(fresh, before.rows.length);
      assert.equal(new URL(fresh.url()).hash, '');
      await shot(fresh, `link-refused-${label.replace(/\W+/g, '-')}`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
});

test('the print view is a clean A4 page with the header and every task', async () => {
  const page = await app.newPage();
  await openApp(app, page);
  await paste(page, fixture(NOTICE));
  await page.waitForTimeout(500);
  const table = await rows(page);
  const tasks = table.filter((r) => r.status !== 'rejected');
  // The browser's print dialog is not part of the test; count the calls instead.
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });

  await page.getByTestId('print-view').click();
  const sheet = page.getByTestId('print-page');
  await sheet.waitFor({ state: 'visible' });
  await page.waitForFunction(() => window.__printed === 1);
  assert.equal(await page.evaluate(() => document.body.classList.contains('printing')), true);

  // An A4 sheet's width at 96 dpi, as printed (the page's margins are the print dialog's).
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: join(ARTIFACTS, 'print.png'), fullPage: true });
  const field = (key) => sheet.locator(`[data-field="${key}"] dd`).innerText();
  assert.match(await field('number'), /397\/TB-SGDĐT/);
  assert.match(await field('issued'), /Cần Thơ, ngày 17\/02\/2020/);
  assert.match(await field('subject'), /sơ kết học kì 1/);
  assert.match(await field('meeting'), /16\/01\/2020/);
  const printed = await sheet.locator('[data-testid="print-row"]').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.innerText.trim())));
  assert.equal(printed.length, tasks.length);
  for (const [i, r] of tasks.entries()) {
    assert.equal(printed[i][0], String(i + 1));
    for (const o of r.owners) assert.ok(printed[i][o.role === 'lead' ? 2 : 3].includes(o.name), `${o.name} missing in row ${i + 1}`);
    for (const due of r.deadlines.filter(Boolean)) {
      const [y, m, d] = due.split('-');
      assert.ok(printed[i][4].includes(`${d}/${m}/${y}`), `due ${due} missing in row ${i + 1}`);
    }
  }
  // Only the sheet is printed: no editor, no notice view, no toolbar, no buttons.
  for (const id of ['notice-input', 'notice-view', 'task-table', 'export-json', 'print-now', 'print-close']) {
    assert.equal(await page.getByTestId(id).isVisible(), false, `${id} is printed`);
  }
  const borders = await sheet.locator('td').first().evaluate((td) => getComputedStyle(td).borderTopStyle);
  assert.equal(borders, 'solid');

  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('print-close').click();
  await sheet.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.body.classList.contains('printing')), false);
  await page.getByTestId('notice-input').waitFor({ state: 'visible' });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** The release command line, built if it is not there (scripts/test builds it first). */
function cli() {
  if (!existsSync(CLI)) {
    execFileSync('cargo', ['build', '--release', '--quiet', '--bin', 'ketluan'], { cwd: ROOT, stdio: 'inherit' });
  }
  return CLI;
}

async function download(page, testid, viaMenu) {
  if (viaMenu) await page.getByTestId('export-menu').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test('CSV, iCalendar and Web Annotation downloads are the bytes `ketluan export` prints', async () => {
  const page = await app.newPage();
  await openApp(app, page);
  await pasteWithCorrection(page);
  const json = await download(page, 'export-json', false);
  const file = join(ARTIFACTS, 'handover-document.json');
  writeFileSync(file, json.bytes);
  // The page indents its download with the browser's JSON.stringify: the same bytes as the CLI's.
  const cliJson = execFileSync(cli(), ['export', file]).toString('utf8').trimEnd();
  assert.equal(json.bytes.toString('utf8').trimEnd(), cliJson, 'the JSON download differs from `ketluan export`');

  const formats = [['csv', 'export-csv', /\.csv$/], ['ics', 'export-ics', /\.ics$/], ['webanno', 'export-webanno', /\.jsonld$/]];
  for (const [format, testid, ext] of formats) {
    const got = await download(page, testid, true);
    assert.match(got.name, ext);
    const want = execFileSync(cli(), ['export', '--format', format, file]);
    assert.ok(want.length > 100, `the CLI printed almost nothing for ${format}`);
    assert.ok(got.bytes.equals(want), `${format}: the app's download (${got.bytes.length} bytes) differs from the CLI's (${want.length} bytes)`);
    writeFileSync(join(ARTIFACTS, `handover-download.${format}`), got.bytes);
  }
  // The calendar as Thunderbird reads it (Mozilla's ical.js): a task and an all-day event on the
  // due day of every directive not rejected that has one.
  const doc = JSON.parse(json.bytes.toString('utf8'));
  const dated = doc.directives.filter((d) => d.status !== 'rejected' && d.deadline?.due);
  assert.ok(dated.length > 0, 'no dated directive to check the calendar with');
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(ARTIFACTS, 'handover-download.ics'), 'utf8')));
  const todos = calendar.getAllSubcomponents('vtodo');
  const events = calendar.getAllSubcomponents('vevent');
  assert.equal(todos.length, dated.length);
  assert.equal(events.length, dated.length);
  const dues = todos.map((t) => t.getFirstPropertyValue('due').toString()).sort();
  assert.deepEqual(dues, dated.map((d) => d.deadline.due).sort());
  for (const e of events) {
    const start = e.getFirstPropertyValue('dtstart');
    assert.ok(start.isDate, 'an event is not all-day');
    assert.ok(e.getFirstPropertyValue('summary'), 'an event without a summary');
  }
  // The CSV is for Excel: UTF-8 with BOM.
  const csv = readFileSync(join(ARTIFACTS, 'handover-download.csv'));
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  // The menu is keyboard-reachable: open with Enter, close with Escape.
  await page.getByTestId('export-menu').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('export-csv').waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await page.getByTestId('export-csv').waitFor({ state: 'hidden' });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('no request left 127.0.0.1', () => {
  assert.deepEqual(app.foreign(), []);
});
