// Shared set-up for the end-to-end tests: the release build served on 127.0.0.1, Debian's
// Chromium driven by playwright-core, a record of every request, and the shared gold files.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = join(ROOT, 'dist');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts');
// CI clones the repository with shared/ beside it.
export const SHARED = process.env.KETLUAN_SHARED || resolve(ROOT, '..', 'shared');

export const NOTICES = ['cantho-2020-so-ket-hk1', 'hanoi-2022-giao-ban-thang-9', 'haugiang-2018-giao-ban-web'];

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

// Generous for the slow shared CI machine, short enough to fail visibly.
export const TIMEOUT = 20_000;

export function fixture(name) {
  return readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
}

export function gold(name) {
  const path = join(SHARED, 'gold', `${name}.json`);
  if (!existsSync(path)) {
    throw new Error(`gold file missing: ${path} (the tests expect the shared/ folder beside the repository, or KETLUAN_SHARED)`);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Lenient on form: case, whitespace, a leading "Giao". */
export function norm(s) {
  return s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/^giao /, '').trim();
}

/**
 * Starts the server and the browser. Every request any page or service worker makes is recorded
 * in `requests` (URLs); `foreign()` lists those that left 127.0.0.1.
 */
export async function startApp() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/index.html missing: run `trunk build --release` first (scripts/test does)');
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startServer({ root: DIST, port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const requests = [];
  const origin = new URL(server.url).origin;
  const local = (url) => url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:');

  async function newContext(options = {}) {
    const context = await browser.newContext({ acceptDownloads: true, ...options });
    context.on('request', (request) => requests.push(request.url()));
    // Collect CSP violations and uncaught errors in every page, before any of its scripts run.
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    return context;
  }

  async function newPage(context) {
    const ctx = context || (await newContext());
    const page = await ctx.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.errors = [];
    page.on('pageerror', (err) => page.errors.push(String(err)));
    page.on('console', (msg) => {
      if (msg.type() === 'error') page.errors.push(msg.text());
    });
    return page;
  }

  return {
    server,
    browser,
    url: server.url,
    requests,
    foreign: () => requests.filter((url) => !local(url)),
    newContext,
    newPage,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens the app and waits until the paste area is there (the wasm app has started). */
export async function openApp(app, page) {
  await page.goto(app.url);
  await page.getByTestId('notice-input').waitFor({ state: 'visible' });
}

/**
 * Puts a notice in the paste area, then waits for the task table. By default as typed text (an
 * input event); with `clipboard: true` as a real Ctrl+V from the clipboard (paste event).
 */
export async function paste(page, text, { minRows = 1, clipboard = false } = {}) {
  const input = page.getByTestId('notice-input');
  if (clipboard) {
    const { origin } = new URL(page.url());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await input.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
  } else {
    await input.fill(text);
  }
  if (minRows > 0) {
    await page.getByTestId('directive-row').nth(minRows - 1).waitFor({ state: 'visible' });
  }
}

/** The task table as plain data, for comparing two pages. */
export async function rows(page) {
  // A new notice's rows are added a batch per frame, the table busy until all are in.
  await page.waitForFunction(() => !document.querySelector('[data-testid="task-table"][aria-busy="true"]'),
    null, { timeout: TIMEOUT });
  return page.getByTestId('directive-row').evaluateAll((els) => els.map((el) => ({
    id: el.dataset.id || '',
    status: el.dataset.status || '',
    text: el.innerText.replace(/\s+/g, ' ').trim(),
    owners: [...el.querySelectorAll('[data-testid="owner-chip"]')].map((c) => ({
      // The unit's name: data-name if the chip has it, else its text without the decorative role
      // label (aria-hidden) and the remove button's "×".
      name: (c.dataset.name ?? (() => {
        const copy = c.cloneNode(true);
        copy.querySelectorAll('[aria-hidden="true"], .chip-x').forEach((e) => e.remove());
        return copy.textContent.replace(/×/g, '');
      })()).replace(/\s+/g, ' ').trim(),
      role: c.dataset.role || '',
      implicit: c.dataset.implicit || '',
    })),
    deadlines: [...el.querySelectorAll('[data-testid="deadline-chip"]')].map((c) => c.dataset.due || ''),
  })));
}

/**
 * Selects the first occurrence of `phrase` (after the text `after`, if given) in the notice view,
 * across highlighted segments as a mouse selection would, and tells the app, as mouseup after a
 * drag does.
 */
export async function selectInNotice(page, phrase, { after = '' } = {}) {
  const found = await page.getByTestId('notice-view').evaluate((view, [wanted, anchor]) => {
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n, at: text.length });
      text += n.data;
    }
    const from = anchor ? text.indexOf(anchor) : 0;
    const start = from < 0 ? -1 : text.indexOf(wanted, from);
    if (start < 0) return false;
    const end = start + wanted.length;
    const locate = (offset, isEnd) => {
      for (const { node, at } of nodes) {
        const inside = isEnd ? offset <= at + node.data.length : offset < at + node.data.length;
        if (offset >= at && inside) return [node, offset - at];
      }
      return null;
    };
    const [sNode, sOff] = locate(start, false);
    const [eNode, eOff] = locate(end, true);
    const range = document.createRange();
    range.setStart(sNode, sOff);
    range.setEnd(eNode, eOff);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    const box = range.getBoundingClientRect();
    const at = { bubbles: true, clientX: box.right, clientY: box.bottom };
    eNode.parentElement.dispatchEvent(new MouseEvent('mouseup', at));
    document.dispatchEvent(new Event('selectionchange'));
    return true;
  }, [phrase, after]);
  if (!found) throw new Error(`"${phrase}" is not in the notice view`);
}

/** Waits for the app's autosave (debounced) to reach localStorage. */
export async function waitForSave(page) {
  await page.waitForFunction(() => {
    const saved = localStorage.getItem('ketluan.doc.v1');
    return saved !== null && saved.length > 0;
  });
  await page.waitForTimeout(600);
}

export async function shot(page, name) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Waits until the service worker is active (everything precached), failing after `TIMEOUT`. */
export async function swReady(page) {
  const ok = await page.evaluate((ms) => Promise.race([
    navigator.serviceWorker.ready.then(() => true),
    new Promise((done) => { setTimeout(() => done(false), ms); }),
  ]), TIMEOUT);
  if (!ok) throw new Error('the service worker did not become active');
}

/** Drops files on the app as the browser does: a `drop` event whose DataTransfer holds them. */
export async function dropFiles(page, files) {
  const data = files.map((f) => ({ name: f.name, type: f.mimeType, bytes: [...f.buffer] }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    return dt;
  }, data);
  await page.locator('.app').dispatchEvent('drop', { dataTransfer: transfer });
}

/** The task table's rows without their ids (each notice numbers its own). */
export function rowContent(list) {
  return list.map(({ id, ...rest }) => rest);
}

/**
 * A file kind read in the reader's worker works offline after its first use: `first` is opened
 * online, then, once the service worker holds `lazy` (the paths it fetched, kept at first use),
 * `second` is dropped after going offline and reloading, and must give rows.
 */
export async function opensOfflineAfterFirstUse(app, first, second, lazy) {
  const context = await app.newContext();
  const page = await app.newPage(context);
  await openApp(app, page);
  await swReady(page);
  await page.reload();
  await page.getByTestId('notice-input').waitFor();
  await page.getByTestId('import-json').setInputFiles(first);
  await page.getByTestId('directive-row').first().waitFor();
  await page.waitForFunction(async (paths) => {
    for (const path of paths) if (!(await caches.match(path, { ignoreSearch: true }))) return false;
    return true;
  }, lazy, { timeout: TIMEOUT });
  await context.setOffline(true);
  await page.reload();
  await page.getByTestId('notice-input').waitFor();
  await dropFiles(page, [second]);
  const message = page.getByTestId('message').filter({ hasText: second.name });
  await message.waitFor();
  // (A message naming the file may say why it could not be opened: then no rows are its.)
  const refused = (await message.getAttribute('class')).includes('error');
  // The message comes with the document; its rows may come a frame or a module load later (a
  // busy machine): waited for, and counted as none if they never come.
  await page.getByTestId('directive-row').first().waitFor({ timeout: TIMEOUT }).catch(() => {});
  const rows = refused ? 0 : await page.getByTestId('directive-row').count();
  await context.setOffline(false);
  await context.close();
  return rows;
}

/** Text compared as read: NFC, white space collapsed. */
const flat = (s) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * The fewest edits (insertions, deletions, substitutions of one character) that turn `a` into
 * a piece of `b`: with `freeStart`/`freeEnd`, skipping the start/end of `b` costs nothing.
 * Returns { edits, end } (where in `b` the best match ends). Linear memory, |a|·|b| time.
 */
export function edits(a, b, { freeStart = false, freeEnd = false } = {}) {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => (freeStart ? 0 : j));
  for (let i = 1; i <= x.length; i += 1) {
    const cur = new Array(y.length + 1);
    cur[0] = i;
    for (let j = 1; j <= y.length; j += 1) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  if (!freeEnd) return { edits: prev[y.length], end: y.length };
  let end = 0;
  for (let j = 1; j <= y.length; j += 1) if (prev[j] <= prev[end]) end = j;
  return { edits: prev[end], end };
}

/**
 * The character error rate of OCR's text against the text it should be (white space
 * collapsed): the edits over the length of what it should be. With `page: true` the OCR read
 * only the first page: it is compared with the start of `truth` that matches it best.
 * Returns { cer, truth } (the part of the truth compared).
 */
export function characterErrorRate(ocr, truth, { page = false } = {}) {
  const [o, t] = [flat(ocr), flat(truth)];
  const { edits: n, end } = edits(o, t, { freeEnd: page });
  const part = [...t].slice(0, end).join('');
  return { cer: n / Math.max(1, end), truth: part };
}

/** Whether `quote` is in `text` with at most `rate` of its characters wrong (OCR's errors). */
export function nearlyContains(text, quote, rate = 0.05) {
  const q = flat(quote).toLowerCase();
  return edits(q, flat(text).toLowerCase(), { freeStart: true, freeEnd: true }).edits <= Math.floor(rate * q.length);
}

// In the page (page.evaluate(stickingOut)): elements sticking out of the viewport sideways, but those clipped by an ancestor that
// scrolls or hides its overflow and itself fits.
export function stickingOut() {
  const vw = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || (r.right <= vw + 1 && r.left >= -1)) continue;
    let clipped = false;
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX;
      const ar = a.getBoundingClientRect();
      if (o !== 'visible' && ar.right <= vw + 1 && ar.left >= -1) {
        clipped = true;
        break;
      }
    }
    if (!clipped) out.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(r.left)}–${Math.round(r.right)} of ${vw})`);
  }
  return { out: out.slice(0, 10), scroll: document.documentElement.scrollWidth, vw };
}
