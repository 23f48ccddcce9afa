// The task board's loader (src/app/workspace.rs calls it; src/app/board/ is what it loads).
// Defines self.ketluanWorkspace. The board, the report per unit and the alert banner are a second
// wasm module (lazy/ketluan-board*, about the size of the app) fetched the first time the board is
// opened or the library has tasks due soon or overdue, with its progress shown in the board's
// place; the service worker keeps it once fetched, so it works offline afterwards. A classic
// script, like library-db.js: the module's glue (wasm-bindgen, target no-modules) defines the
// global `wasm_bindgen` it calls.
(() => {
  'use strict';
  // The module's size, written in by the build (scripts/make-sw.mjs): its download's progress is
  // counted in the bytes the wasm really has, whatever the server's compression.
  const WASM_BYTES = Number('__KETLUAN_BOARD_BYTES__') || 0;
  const WORDS = {
    vi: ['Đang tải…', 'Không tải được phần này của ứng dụng. Hãy kiểm tra kết nối mạng rồi bấm lại.'],
    en: ['Loading…', 'This part of the app could not be loaded. Check the connection, then press again.'],
  };
  let loading = null;
  // The view the page wants shown when the module arrives ("" for none).
  let wanted = '';

  const host = () => document.getElementById('workspace');
  const words = (lang) => WORDS[lang] || WORDS.vi;

  function script(src) {
    return new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = () => reject(new Error(`not loaded: ${src}`));
      document.head.append(s);
    });
  }

  function style(href) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  }

  async function download(url, progress) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    if (!response.body || !WASM_BYTES) return response.arrayBuffer();
    const reader = response.body.getReader();
    const parts = [];
    let got = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      got += value.length;
      progress(Math.min(got / WASM_BYTES, 1));
    }
    const bytes = new Uint8Array(got);
    let at = 0;
    for (const part of parts) {
      bytes.set(part, at);
      at += part.length;
    }
    return bytes;
  }

  // The progress line in the board's place (plain DOM: the module is not there yet).
  function showProgress(lang, fraction) {
    const el = host();
    if (!el || !wanted) return;
    let p = el.querySelector('[data-testid="board-loading"]');
    if (!p) {
      el.textContent = '';
      p = document.createElement('p');
      p.className = 'board-loading';
      p.setAttribute('role', 'status');
      p.dataset.testid = 'board-loading';
      p.append(words(lang)[0], ' ', document.createElement('progress'));
      el.append(p);
    }
    const bar = p.querySelector('progress');
    bar.max = 100;
    bar.value = Math.round(fraction * 100);
    bar.textContent = `${bar.value} %`;
  }

  function load(lang) {
    loading ??= (async () => {
      style('lazy/board.css');
      await script('lazy/ketluan-board.js');
      const bytes = await download('lazy/ketluan-board_bg.wasm', (f) => showProgress(lang, f));
      await wasm_bindgen({ module_or_path: bytes });
      return wasm_bindgen;
    })();
    loading.catch((err) => {
      console.error('ketluan board: not loaded', err);
      loading = null;
    });
    return loading;
  }

  // Whether some open task of the library is overdue or due within 7 days (of ?today= when the
  // address gives it, as the app does): only then is the module fetched for the banner.
  async function anythingDue() {
    const given = /[?&]today=(\d{4}-\d{2}-\d{2})/.exec(location.search);
    const now = given ? new Date(`${given[1]}T00:00:00`) : new Date();
    now.setDate(now.getDate() + 7);
    const pad = (n) => String(n).padStart(2, '0');
    const limit = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    const list = await self.ketluanLibrary.list();
    return list.some((s) => !s.trashed && (s.tasks || []).some((t) => !t.done && t.due && t.due <= limit));
  }

  function clearHost() {
    const el = host();
    if (el) el.textContent = '';
  }

  self.ketluanWorkspace = {
    // Shows "library" or "board" (fetching the module the first time), or nothing ("").
    show(view, lang, openNotice) {
      wanted = view;
      if (!view) {
        if (loading) loading.then((m) => m.show('', lang, openNotice), () => {});
        clearHost();
        return;
      }
      if (!loading) showProgress(lang, 0);
      load(lang).then(
        (m) => {
          if (wanted !== view) return;
          const el = host();
          const p = el && el.querySelector('[data-testid="board-loading"]');
          if (p) p.remove();
          m.show(view, lang, openNotice);
        },
        () => {
          const el = host();
          if (!el || wanted !== view) return;
          el.textContent = '';
          const p = document.createElement('p');
          p.className = 'board-loading';
          p.setAttribute('role', 'alert');
          p.dataset.testid = 'board-failed';
          p.textContent = words(lang)[1];
          el.append(p);
        },
      );
    },
    alerts(lang) {
      const show = () => load(lang).then((m) => m.show_alerts(lang), () => {});
      if (loading) show();
      else anythingDue().then((due) => due && show(), () => {});
    },
  };
})();
