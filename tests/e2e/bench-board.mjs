// Browser benchmark (not a test): the task board over a library of 500 notices and 10,000 tasks
// (summaries put in IndexedDB, as the app keeps them), in real Chromium against dist/:
// - opening the board (the workspace module already fetched): the click → its rows drawn;
// - each keystroke of a search → the updated count and rows drawn;
// - memory: the page's JS heap (Chrome DevTools Protocol) and the workspace module's wasm memory.
// Targets (issue 10): open ≤ 200 ms, keystroke ≤ 16 ms.
//
//   node tests/e2e/bench-board.mjs        (or ./scripts/bench-browser, which builds first)

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startApp } from './helpers.mjs';

const TODAY = '2026-01-15';
const UNITS = ['Phòng Giáo dục Trung học', 'Phòng GD&ĐT', 'Phòng Giáo dục và Đào tạo', 'Văn phòng Sở',
  'Phòng Tổ chức cán bộ', 'Phòng Kế hoạch - Tài chính', 'Thanh tra Sở', 'các trường THPT'];
const RUNS = 7;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const app = await startApp();
const context = await app.newContext({ viewport: { width: 1366, height: 768 } });
const page = await app.newPage(context);
page.on('console', (m) => { if (m.text().startsWith('TIMING')) console.log(m.text()); });
await page.goto(`${app.url}?today=${TODAY}`);
await page.getByTestId('notice-input').waitFor();

// The library: the same shape as benches/board.rs.
await page.evaluate(async (units) => {
  const pad = (n) => String(n).padStart(2, '0');
  for (let n = 0; n < 500; n += 1) {
    const tasks = [];
    for (let t = 0; t < 20; t += 1) {
      const task = {
        id: `d${t + 1}`,
        text: `Chỉ đạo các đơn vị rà soát, tổng hợp và báo cáo kết quả thực hiện nhiệm vụ số ${t} của thông báo ${n}, bảo đảm đúng tiến độ và chất lượng.`,
        lead: [units[(n + t) % units.length]],
        support: [units[(n + t + 3) % units.length]],
      };
      if (t % 7 !== 0) task.due = `${2025 + (t % 2)}-${pad(((n + t) % 12) + 1)}-${pad((t % 28) + 1)}`;
      if (t % 5 === 0) task.done = '2025-06-01';
      tasks.push(task);
    }
    const summary = {
      id: `n${n}`, number: `${n + 1}/TB-SGDĐT`, issued_date: `2025-${pad((n % 12) + 1)}-${pad((n % 28) + 1)}`,
      meeting_date: null, issuer: null, subject: `Kết luận của Giám đốc Sở tại cuộc họp giao ban số ${n}`,
      excerpt: '', tasks, updated: n, trashed: null, rev: 0,
    };
    await self.ketluanLibrary.put(`n${n}`, null, summary);
  }
}, UNITS);
await page.reload();
await page.getByTestId('notice-input').waitFor();
// The first opening fetches the module (not timed); then back to the notice.
await page.getByTestId('show-board').click();
await page.getByTestId('board-row').first().waitFor({ timeout: 60_000 });

// Time from a click (or an input) in the page to the first change of `selector` after it.
function timeTo(selector, act) {
  return page.evaluate(([sel, what]) => new Promise((resolve) => {
    const target = document.getElementById('workspace');
    let t0 = 0;
    const observer = new MutationObserver(() => {
      const el = document.querySelector(sel);
      if (el && el.dataset.seen !== '1') {
        el.dataset.seen = '1';
        observer.disconnect();
        resolve(performance.now() - t0);
      }
    });
    observer.observe(target, { subtree: true, childList: true, characterData: true });
    t0 = performance.now();
    if (what.click) document.querySelector(what.click).click();
    if (what.input !== undefined) {
      const input = document.querySelector('[data-testid=board-search]');
      input.value = what.input;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    setTimeout(() => { observer.disconnect(); resolve(null); }, 5000);
  }), [selector, act]);
}

const opens = [];
for (let i = 0; i < RUNS; i += 1) {
  await page.getByTestId('back-to-notice').count();
  await page.evaluate(() => document.querySelector('[data-testid=show-library]').click());
  await page.getByTestId('library').waitFor();
  opens.push(await timeTo('[data-testid=board-row]', { click: '[data-testid=show-board]' }));
  await page.getByTestId('board-row').first().waitFor();
}

// A keystroke: from the input event, started as a frame begins, to the next timer: the filter,
// the first screen of new rows drawn (Yew renders in microtasks), then the frame's layout and
// paint — what a user waits for before seeing the rows. The rest of the page's 20 rows come
// in the next frame: timed too, to when the list is no longer busy.
// Typed into the search, as a user does: the field has the focus.
await page.getByTestId('board-search').focus();
const keys = ['4', '49', '499', '499 ', '499 ra', '499', '49', '4', ''];
const strokes = {};
const whole = [];
for (const value of keys) strokes[value] = [];
for (let i = 0; i < 9; i += 1) {
  for (const value of keys) {
    const [ms, count, all] = await page.evaluate(async (v) => {
      const input = document.querySelector('[data-testid=board-search]');
      // Started as a frame begins, so that no frame of the page's own falls inside the time
      // (its layout and paint would be counted at random).
      await new Promise((r) => { requestAnimationFrame(() => r()); });
      const t0 = performance.now();
      input.value = v;
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await new Promise((r) => { setTimeout(r, 0); });
      // The rows laid out too (what the screen needs before it can show them): the layout is
      // counted whether or not something in the page asked for it already.
      void document.body.offsetHeight;
      const first = performance.now() - t0;
      while (document.querySelector('.board-rows[aria-busy=true]')) {
        await new Promise((r) => { setTimeout(r, 0); });
      }
      void document.body.offsetHeight;
      return [first, document.querySelector('[data-testid=board-count]').textContent, performance.now() - t0];
    }, value);
    strokes[value].push(ms);
    whole.push(all);
    if (i === 0) console.log(`"${value}": ${count}`);
    await page.waitForTimeout(30);
  }
}

const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
const { metrics } = await cdp.send('Performance.getMetrics');
const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value || 0;
// The module's glue defines `wasm_bindgen` with `let` at the top of a classic script: a global
// name, not a property of `self`.
const wasm = await page.evaluate(() => (typeof wasm_bindgen !== 'undefined' && wasm_bindgen.memory_bytes ? wasm_bindgen.memory_bytes() : 0));
const rows = await page.getByTestId('board-row').count();
await app.close();

const report = {
  library: { notices: 500, tasks: 10000 },
  openMs: { runs: opens.map((x) => Math.round(x)), median: Math.round(median(opens)) },
  keystrokeMs: Object.fromEntries(Object.entries(strokes).map(([k, v]) => [k || '(empty)', {
    runs: v.map((x) => Math.round(x * 10) / 10),
    median: Math.round(median(v) * 10) / 10,
  }])),
  // Every keystroke: to the 20 rows drawn (the frame after the first screen).
  wholePageMs: { median: Math.round(median(whole) * 10) / 10, worst: Math.round(Math.max(...whole) * 10) / 10 },
  rowsDrawn: rows,
  memory: { jsHeapMB: Math.round(heap / 1e5) / 10, workspaceWasmMB: Math.round(wasm / 1e5) / 10 },
};
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results', 'board-browser.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
const ok = (v, t) => (v <= t ? 'met' : 'NOT met');
console.log(`| open the board (10,000 tasks) | ${report.openMs.median} ms | ≤ 200 ms | ${ok(report.openMs.median, 200)} |`);
const worst = Math.max(...Object.values(report.keystrokeMs).map((k) => k.median));
console.log(`| a keystroke of the search, worst median | ${worst.toFixed(1)} ms | ≤ 16 ms | ${ok(worst, 16)} |`);
console.log(`| … to all 20 rows drawn (the next frame), median of every keystroke | ${report.wholePageMs.median} ms | | |`);
