// The release build itself: no inline scripts, a CSP the app lives with, an installable manifest,
// a service worker that makes the app start with the network off, and no foreign requests.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { DIST, TIMEOUT, fixture, openApp, paste, shot, startApp, swReady } from './helpers.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

// Resolves once the wasm app has been started by static/boot.js.
async function started(page) {
  await page.waitForFunction(() => window.__ketluanStarted === true, null, { timeout: TIMEOUT });
}

async function newStartedPage(context) {
  const ctx = context || (await app.newContext());
  await ctx.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', () => { window.__ketluanStarted = true; });
  });
  return app.newPage(ctx);
}

test('index.html has no inline script and a strict Content-Security-Policy', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length > 0, 'no <script> at all');
  for (const [, attrs, body] of scripts) {
    assert.match(attrs, /\bsrc=/, `inline script: <script${attrs}>`);
    assert.equal(body.trim(), '', 'a script with src must have no body');
  }
  assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'inline event handler attribute');
  // Attributes in any order, quoted or not (release builds are minified).
  const meta = [...html.matchAll(/<meta\b([^>]*)>/gi)]
    .map((m) => m[1])
    .find((attrs) => /http-equiv=(["']?)Content-Security-Policy\1/i.test(attrs));
  assert.ok(meta, 'CSP meta missing');
  const content = meta.match(/\bcontent=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i);
  assert.ok(content, 'CSP meta without content');
  const policy = content[1] ?? content[2] ?? content[3];
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.match(policy, /connect-src 'self'/);
  assert.match(policy, /default-src 'self'/);
  assert.doesNotMatch(policy, /script-src[^;]*'unsafe-inline'/);
  assert.doesNotMatch(policy, /https?:/, 'CSP names another origin');
});

test('sw.js precaches every file of the build but lazy/ and the install icons, under a content-derived version', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  assert.doesNotMatch(sw, /__KETLUAN_(VERSION|FILES)__/, 'placeholders left in sw.js');
  assert.match(sw, /const VERSION ?= ?"[0-9a-f]{16}";/);
  const listed = new Set(JSON.parse(sw.match(/const PRECACHE ?= ?(\[[\s\S]*?\]);/)[1]));
  const walk = (dir, prefix = '') => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (
    e.isDirectory() ? walk(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
  const files = walk(DIST).filter((f) => f !== 'sw.js' && !f.endsWith('.gz'));
  const installIcon = (f) => /^icons\/(icon|maskable)-/.test(f);
  // index.html is precached once, as the start URL "./" (the same bytes).
  for (const file of files.filter((f) => !f.startsWith('lazy/') && !installIcon(f) && f !== 'index.html')) {
    assert.ok(listed.has(`./${file}`), `${file} is not precached`);
  }
  assert.ok(!listed.has('./index.html'), 'index.html is fetched twice (as "./" and by its name)');
  // The manifest's install icons are fetched when the browser offers to install the app.
  const icons = files.filter(installIcon);
  assert.ok(icons.length >= 3, 'install icons missing from the build');
  for (const file of icons) assert.ok(!listed.has(`./${file}`), `${file} is precached`);
  assert.ok(listed.has('./icons/favicon-32.png'), 'the favicon is not precached');
  // The reader's worker is fetched at its first use, and cached by the service worker then.
  const lazy = files.filter((f) => f.startsWith('lazy/'));
  for (const name of ['lazy/reader-worker.js', 'lazy/ketluan-reader.js', 'lazy/ketluan-reader_bg.wasm',
    'lazy/ketluan-board.js', 'lazy/ketluan-board_bg.wasm', 'lazy/board.css']) {
    assert.ok(lazy.includes(name), `${name} missing from the build`);
  }
  for (const file of lazy) assert.ok(!listed.has(`./${file}`), `${file} is precached`);
  assert.ok(listed.has('./'), 'the start URL is not precached');
  assert.ok([...listed].some((f) => f.endsWith('.wasm')), 'no .wasm precached');
});

test('every text and wasm file is also built gzipped, and the server sends it to who takes gzip', async () => {
  const walk = (dir, prefix = '') => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (
    e.isDirectory() ? walk(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
  const files = walk(DIST);
  const compressible = files.filter((f) => /\.(html|js|css|wasm|webmanifest)$/.test(f));
  for (const f of compressible) {
    assert.ok(files.includes(`${f}.gz`), `${f}.gz missing`);
    assert.ok(gunzipSync(readFileSync(join(DIST, `${f}.gz`))).equals(readFileSync(join(DIST, f))), `${f}.gz differs`);
  }
  const wasm = compressible.find((f) => f.endsWith('_bg.wasm') && !f.startsWith('lazy/'));
  const get = (encoding) => new Promise((done, fail) => {
    http.get(new URL(wasm, app.url), { headers: encoding ? { 'Accept-Encoding': encoding } : {} }, (res) => {
      const parts = [];
      res.on('data', (p) => parts.push(p));
      res.on('end', () => done({ headers: res.headers, body: Buffer.concat(parts) }));
    }).on('error', fail);
  });
  const zipped = await get('gzip, deflate, br');
  assert.equal(zipped.headers['content-encoding'], 'gzip');
  assert.ok(gunzipSync(zipped.body).equals(readFileSync(join(DIST, wasm))));
  const plain = await get(null);
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.ok(plain.body.equals(readFileSync(join(DIST, wasm))));
});

test('the app starts with no CSP violation and no error', async () => {
  const page = await newStartedPage();
  await page.goto(app.url);
  await started(page);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.equal(await page.locator('#boot-error').count(), 0, 'boot.js reported a failure');
  assert.deepEqual(page.errors, []);
  await shot(page, 'infra-started');
  await page.context().close();
});

test('the web manifest is installable: name, start_url, standalone, PNG icons', async () => {
  const page = await newStartedPage();
  await page.goto(app.url);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifestUrl = new URL(href, app.url).href;
  const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), manifestUrl);
  assert.match(manifest.name, /Kết luận/);
  assert.ok(manifest.short_name);
  assert.equal(manifest.lang, 'vi');
  assert.equal(manifest.display, 'standalone');
  assert.equal(new URL(manifest.start_url, manifestUrl).href, app.url);
  const sizes = manifest.icons.map((i) => i.sizes);
  assert.ok(sizes.includes('192x192') && sizes.includes('512x512'), `icon sizes: ${sizes}`);
  for (const icon of manifest.icons) {
    const url = new URL(icon.src, manifestUrl).href;
    const [w, h] = await page.evaluate(async (u) => {
      const bytes = new Uint8Array(await (await fetch(u)).arrayBuffer());
      const png = [0x89, 0x50, 0x4e, 0x47].every((b, i) => bytes[i] === b);
      const view = new DataView(bytes.buffer);
      return png ? [view.getUint32(16), view.getUint32(20)] : [0, 0];
    }, url);
    assert.equal(`${w}x${h}`, icon.sizes, `${icon.src} is not a ${icon.sizes} PNG`);
  }
  await page.context().close();
});

test('after one visit, the app starts with the network off', async () => {
  const context = await app.newContext();
  const page = await newStartedPage(context);
  await page.goto(app.url);
  await started(page);
  // Active means installed, i.e. everything precached. No second online visit is needed.
  await swReady(page);

  const servedBefore = app.server.requests.length;
  await context.setOffline(true);
  await page.reload();
  await started(page);
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'no service worker controls the page');
  assert.equal(await page.locator('#boot-error').count(), 0);
  assert.equal(app.server.requests.length, servedBefore, 'the offline reload reached the server');
  await shot(page, 'infra-offline');
  await context.setOffline(false);
  await context.close();
});

test('the first visit does not download the reader; the first paste does, showing progress', async () => {
  const context = await app.newContext();
  const page = await newStartedPage(context);
  await page.goto(app.url);
  await started(page);
  await page.waitForLoadState('networkidle');
  const lazyAsked = () => app.requests.filter((u) => u.includes('/lazy/')).length;
  const before = lazyAsked();
  await page.waitForTimeout(300);
  assert.equal(lazyAsked(), before, 'the page fetched lazy/ before any text came');
  // A slow network: the reader's wasm comes in 16 KB pieces, 60 ms apart.
  app.server.throttle('ketluan-reader_bg.wasm', 60);
  try {
    await page.getByTestId('notice-input').fill(fixture('cantho-2020-so-ket-hk1'));
    const status = page.getByTestId('reader-loading');
    await status.waitFor({ state: 'visible' });
    assert.match(await status.innerText(), /Đang tải bộ đọc văn bản/);
    await shot(page, 'reader-loading');
    await page.getByTestId('directive-row').first().waitFor({ state: 'visible' });
    await status.waitFor({ state: 'detached' });
  } finally {
    app.server.throttle('ketluan-reader_bg.wasm', 0);
  }
  assert.ok(lazyAsked() > before, 'the reader was not fetched from lazy/');
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('offline: after its first use the reader works with the network off', async () => {
  const context = await app.newContext();
  const page = await newStartedPage(context);
  await openApp(app, page);
  await swReady(page);
  await page.reload();
  await started(page);
  // The first use (online) caches the reader.
  await paste(page, fixture('haugiang-2018-giao-ban-web'));
  await context.setOffline(true);
  await page.reload();
  await page.getByTestId('notice-input').waitFor();
  await paste(page, fixture('cantho-2020-so-ket-hk1'));
  assert.ok(await page.getByTestId('directive-row').count() > 0);
  await shot(page, 'offline-paste');
  await context.setOffline(false);
  await context.close();
});

test('offline before its first use: the reader says it cannot load, keeps the text, and "Thử lại" reads it once online', async () => {
  const context = await app.newContext();
  const page = await newStartedPage(context);
  await openApp(app, page);
  await swReady(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByTestId('notice-input').waitFor();
  const text = fixture('cantho-2020-so-ket-hk1');
  await page.getByTestId('notice-input').fill(text);
  const message = page.getByTestId('message');
  await message.waitFor({ state: 'visible' });
  assert.match(await message.innerText(), /Chưa tải được bộ đọc văn bản/);
  assert.equal(await page.getByTestId('notice-input').inputValue(), text, 'the text was lost');
  assert.equal(await page.getByTestId('directive-row').count(), 0);
  await context.setOffline(false);
  await page.getByTestId('retry-reading').click();
  await page.getByTestId('directive-row').first().waitFor({ state: 'visible' });
  assert.equal(await page.getByTestId('message').count(), 0, 'the failure message stayed');
  await context.close();
});

test('the exporters live in the lazy worker: offline before its first use a CSV says so, the JSON still downloads, and online the CSV comes', async () => {
  const context = await app.newContext();
  const page = await newStartedPage(context);
  await openApp(app, page);
  await swReady(page);
  // A ketluan document opened from a file needs no reading: the worker is not fetched.
  const doc = JSON.stringify({
    format: 'ketluan',
    version: 1,
    text: 'THÔNG BÁO\n1. Giao Phòng Giáo dục Trung học xây dựng kế hoạch.',
    fields: {},
    recipients: [],
    references: [],
    spans: [],
    directives: [],
  });
  await context.setOffline(true);
  await page.reload();
  await started(page);
  await page.getByTestId('import-json').setInputFiles({ name: 'tb.json', mimeType: 'application/json', buffer: Buffer.from(doc) });
  await page.getByTestId('notice-view').filter({ hasText: 'Giao Phòng' }).waitFor();
  await page.getByTestId('export-menu').click();
  await page.getByTestId('export-csv').click();
  const message = page.getByTestId('message');
  await message.filter({ hasText: 'Chưa tải được bộ xuất tệp' }).waitFor();
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
  assert.match(json.suggestedFilename(), /\.json$/);
  await context.setOffline(false);
  await page.getByTestId('export-menu').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  assert.match(csv.suggestedFilename(), /\.csv$/);
  assert.match(readFileSync(await csv.path(), 'utf8'), /Văn bản/);
  await context.close();
});

test('no request left 127.0.0.1', () => {
  assert.ok(app.requests.length > 0, 'no request was recorded at all');
  assert.deepEqual(app.foreign(), []);
});
