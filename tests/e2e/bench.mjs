// Browser benchmark (not a test): paste → highlights rendered, for a 15 KB notice and a 1 MB
// paste, and the gzipped size of what the first visit loads (and, apart, of what the first text
// fetches: the reader's worker); a 10-page PDF opened → rows (the first time, pdf.js fetched, and
// again), and what pdf.js costs; a 2-page scan recognised by OCR → rows (the first time, the
// engine and the model fetched, and again), and what OCR costs. Needs a release build in dist/.
//
//   node tests/e2e/bench.mjs            (or ./scripts/bench-browser, which builds first)
//
// Timing: a real Ctrl+V into the paste area. Start = the paste event (capture listener that runs
// before the app's). End = the first DOM change after which the notice view shows the new text
// with its highlighted segments (MutationObserver). If the app sets the performance marks
// `ketluan-read-start` and `ketluan-rendered` (src/app/timings.rs), their distance is reported
// too, and its `window.__ketluanTimings` entries (read vs render split) go to the JSON report.

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, NOTICES, ROOT, fixture, startApp } from './helpers.mjs';

const RUNS = { small: 7, large: 3 };
const TARGETS = { small: 16, large: 500, kb: 250 };

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}

function megabyteText() {
  const all = NOTICES.map(fixture).join('\n\n');
  let text = '';
  while (Buffer.byteLength(text) < 1024 * 1024) text += `${all}\n\n`;
  return text;
}

// In the page: arm the observer, then resolve with timings once the view shows `expect` chars.
function armProbe(page, expectChars) {
  return page.evaluate((want) => {
    const view = document.querySelector('[data-testid="notice-view"]');
    performance.clearMarks();
    window.__ketluanTimings = [];
    window.__bench = { start: null, end: null };
    addEventListener('paste', () => { window.__bench.start = performance.now(); }, { capture: true, once: true });
    const done = () => {
      const v = document.querySelector('[data-testid="notice-view"]');
      return v && v.textContent.length >= want && v.querySelector('[data-start]') !== null;
    };
    const observer = new MutationObserver(() => {
      if (window.__bench.end === null && window.__bench.start !== null && done()) {
        window.__bench.end = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(view ? view.parentElement || document.body : document.body,
      { subtree: true, childList: true, characterData: true });
  }, expectChars);
}

async function pasteOnce(page, text) {
  const input = page.getByTestId('notice-input');
  // Empty the page first, so the paste really re-renders.
  await input.fill('');
  await page.waitForFunction(() => (document.querySelector('[data-testid="notice-view"]')?.textContent.length || 0) < 10,
    null, { timeout: 5000 }).catch(() => {});
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await armProbe(page, Math.floor(text.trim().length * 0.8));
  await input.focus();
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => window.__bench.end !== null, null, { timeout: 60_000 });
  return page.evaluate(() => {
    const marks = (name) => performance.getEntriesByName(name).map((e) => e.startTime);
    // The first reading after the paste (a debounced second one may follow the input event).
    const [s] = marks('ketluan-read-start');
    const r = marks('ketluan-rendered').find((t) => s !== undefined && t >= s);
    return {
      dom: window.__bench.end - window.__bench.start,
      marks: s !== undefined && r !== undefined ? r - s : null,
      app: Array.isArray(window.__ketluanTimings) ? window.__ketluanTimings[0] || null : null,
    };
  });
}

function distFiles(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? distFiles(path, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

async function main() {
  const app = await startApp();
  try {
    const context = await app.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
    // Every URL the page (and its service worker) fetches; sized from the same bytes in dist/.
    const loaded = new Set();
    context.on('request', (req) => {
      if (req.url().startsWith(app.url)) loaded.add(new URL(req.url()).pathname);
    });
    const page = await app.newPage(context);
    await page.goto(app.url);
    await page.getByTestId('notice-input').waitFor();
    await page.waitForLoadState('networkidle');
    // The first visit: everything fetched before any text comes (the reader's worker, lazy/, is
    // fetched at the first text and counted apart).
    const firstVisit = new Set(loaded);

    const small = fixture('hanoi-2022-giao-ban-thang-9');
    const large = megabyteText();
    const results = {};
    for (const [key, text] of [['small', small], ['large', large]]) {
      const runs = [];
      for (let i = 0; i < RUNS[key]; i += 1) runs.push(await pasteOnce(page, text));
      const marks = runs.map((r) => r.marks).filter((m) => m !== null);
      results[key] = {
        bytes: Buffer.byteLength(text),
        runs: runs.map((r) => Math.round(r.dom * 10) / 10),
        medianDomMs: Math.round(median(runs.map((r) => r.dom)) * 10) / 10,
        medianMarksMs: marks.length ? Math.round(median(marks) * 10) / 10 : null,
        appTimings: runs.map((r) => r.app).filter(Boolean),
      };
    }

    // A file opened through the file input `runs` times, from an empty notice, each time until
    // its task table has `minRows` rows: the time of each opening, in ms.
    async function openings(prefix, bytes, minRows, runs) {
      const times = [];
      for (let i = 0; i < runs; i += 1) {
        await page.getByTestId('notice-input').fill('');
        await page.waitForFunction(() => document.querySelectorAll('[data-testid="directive-row"]').length === 0,
          null, { timeout: 10_000 }).catch(() => {});
        await page.evaluate(() => { window.__openStart = performance.now(); });
        await page.getByTestId('import-json').setInputFiles({ name: `${prefix}-${i}.pdf`, mimeType: 'application/pdf', buffer: bytes });
        await page.waitForFunction((n) => document.querySelectorAll('[data-testid="directive-row"]').length >= n,
          minRows, { timeout: 180_000 });
        times.push(Math.round(await page.evaluate(() => performance.now() - window.__openStart)));
      }
      return times;
    }

    // A 10-page text PDF → its rows: the first time (pdf.js fetched from lazy/pdf/ and started),
    // then three times more (warm).
    const pdfBytes = readFileSync(join(ROOT, 'tests', 'fixtures', 'bench', 'ten-pages.pdf'));
    const pdfRuns = await openings('ten-pages', pdfBytes, 20, 4);
    results.pdf = { bytes: pdfBytes.length, firstMs: pdfRuns[0], warmMs: median(pdfRuns.slice(1)), runs: pdfRuns };

    // A 2-page scanned PDF (no text layer) → OCR → its rows: the first time (tesseract.js, its
    // engine and the Vietnamese model fetched from lazy/ocr/ and started), then twice more.
    const scanBytes = readFileSync(join(ROOT, 'tests', 'fixtures', 'files', 'made-11-hoabinh-2019-ubnd-huyen-ket-luan-scan.pdf'));
    const ocrRuns = await openings('scan', scanBytes, 8, 3);
    results.ocr = { pages: 2, firstMs: ocrRuns[0], warmMs: median(ocrRuns.slice(1)), runs: ocrRuns };

    const gz = (buf) => gzipSync(buf, { level: 9 }).length;
    const asFiles = (paths) => new Set([...paths].map((path) => (path.endsWith('/') ? `${path}index.html` : path)));
    const files = asFiles(firstVisit);
    const bodies = [...files].map((path) => readFileSync(join(DIST, path)));
    const pageBytes = bodies.reduce((n, b) => n + b.length, 0);
    const pageGz = bodies.reduce((n, b) => n + gz(b), 0);
    const isPdf = (path) => path.startsWith('/lazy/pdf/') || path.endsWith('pdf-items.mjs');
    // (OCR's engine is fetched by tesseract.js's own worker: counted from the server's log.)
    const isOcr = (path) => path.startsWith('/lazy/ocr/') || path.endsWith('ocr-items.mjs');
    const ocrFiles = [...new Set(app.server.requests.map((u) => new URL(u, app.url).pathname))].filter(isOcr);
    const ocrGz = ocrFiles.reduce((n, path) => n + gz(readFileSync(join(DIST, path))), 0);
    const later = [...asFiles(loaded)].filter((path) => !files.has(path) && !isPdf(path) && !isOcr(path));
    const pdfFiles = [...asFiles(loaded)].filter(isPdf);
    const pdfGz = pdfFiles.reduce((n, path) => n + gz(readFileSync(join(DIST, path))), 0);
    const laterGz = later.reduce((n, path) => n + gz(readFileSync(join(DIST, path))), 0);
    const dist = distFiles(DIST).filter((f) => !f.endsWith('.gz')).map((f) => readFileSync(join(DIST, f)));
    const sizes = {
      pageFiles: [...files],
      pageKB: Math.round(pageBytes / 102.4) / 10,
      pageGzipKB: Math.round(pageGz / 102.4) / 10,
      laterFiles: later,
      laterGzipKB: Math.round(laterGz / 102.4) / 10,
      pdfFiles,
      pdfGzipKB: Math.round(pdfGz / 102.4) / 10,
      ocrFiles,
      ocrGzipKB: Math.round(ocrGz / 102.4) / 10,
      distGzipKB: Math.round(dist.reduce((n, b) => n + gz(b), 0) / 102.4) / 10,
    };

    const report = { date: new Date().toISOString(), chromium: app.browser.version(), results, sizes, targets: TARGETS };
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench-results', 'browser.json'), `${JSON.stringify(report, null, 2)}\n`);

    const ok = (v, t) => (v !== null && v <= t ? 'ok' : 'OVER');
    console.log(`Chromium ${report.chromium}`);
    console.log('| measure | median | target | |');
    console.log('| --- | --- | --- | --- |');
    console.log(`| paste 15 KB notice → highlights (DOM) | ${results.small.medianDomMs} ms | ≤ ${TARGETS.small} ms | ${ok(results.small.medianDomMs, TARGETS.small)} |`);
    console.log(`| paste 1 MB → highlights (DOM) | ${results.large.medianDomMs} ms | ≤ ${TARGETS.large} ms | ${ok(results.large.medianDomMs, TARGETS.large)} |`);
    if (results.small.medianMarksMs !== null) {
      console.log(`| 15 KB, app marks read→rendered | ${results.small.medianMarksMs} ms | | |`);
      console.log(`| 1 MB, app marks read→rendered | ${results.large.medianMarksMs} ms | | |`);
    }
    console.log(`| first visit incl. service worker precache, gzip (${sizes.pageFiles.length} files) | ${sizes.pageGzipKB} KB | ≤ ${TARGETS.kb} KB | ${ok(sizes.pageGzipKB, TARGETS.kb)} |`);
    console.log(`| fetched at the first text (the reader's worker, lazy/), gzip (${sizes.laterFiles.length} files) | ${sizes.laterGzipKB} KB | | |`);
    console.log(`| open a 10-page text PDF → rows, first time (pdf.js fetched) | ${results.pdf.firstMs} ms | ≤ 1000 ms | ${ok(results.pdf.firstMs, 1000)} |`);
    console.log(`| open a 10-page text PDF → rows, again (median of 3) | ${results.pdf.warmMs} ms | ≤ 1000 ms | ${ok(results.pdf.warmMs, 1000)} |`);
    console.log(`| fetched at the first PDF (pdf.js, lazy/pdf/), gzip (${sizes.pdfFiles.length} files) | ${sizes.pdfGzipKB} KB | | |`);
    console.log(`| open a 2-page scanned PDF → OCR → rows, first time (engine and model fetched) | ${results.ocr.firstMs} ms | | |`);
    console.log(`| open a 2-page scanned PDF → OCR → rows, again (median of 2) | ${results.ocr.warmMs} ms | | |`);
    console.log(`| fetched at the first scan or photo (OCR, lazy/ocr/), gzip (${sizes.ocrFiles.length} files) | ${sizes.ocrGzipKB} KB | | |`);
    console.log(`| all of dist/, gzip | ${sizes.distGzipKB} KB | | |`);
    console.log('runs (ms):', JSON.stringify({ small: results.small.runs, large: results.large.runs }));
    console.log('written: bench-results/browser.json');
  } finally {
    await app.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
