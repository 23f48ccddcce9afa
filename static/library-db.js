// The library's storage in IndexedDB (database "ketluan"), for src/app/library_db.rs.
//
// Written by hand, not through a wrapper crate: the `idb` crate with its futures and tokio's
// channels cost about 10 KB gzipped of the first visit's 250 KB budget, these few lines under
// 1 KB; and `idb-keyval`, the small well-kept JS wrapper, keeps one store per database, so a
// notice and its summary could not be written in one transaction.
//
// Two object stores keyed by the notice's id: "notices" (each notice's saved JSON) and
// "catalogue" (what the list shows of it, an object: src/app/summary_js.rs). Every write is one transaction over both.
// Errors reject with the browser's DOMException (its name tells "QuotaExceededError").
// A classic script (index.html loads it before the app), defining `self.ketluanLibrary`: an ES
// module imported by the app would be a wasm-bindgen snippet, which the reader's worker build
// (target no-modules) refuses.
(() => {
'use strict';
const NOTICES = 'notices';
const CATALOGUE = 'catalogue';
let opening = null;

function open() {
  opening ??= new Promise((resolve, reject) => {
    if (!self.indexedDB) {
      reject(new DOMException('no IndexedDB', 'SecurityError'));
      return;
    }
    const req = indexedDB.open('ketluan', 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      for (const name of [NOTICES, CATALOGUE]) {
        if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
      }
    };
    req.onsuccess = () => {
      const db = req.result;
      // Another tab upgrading later: let it, and open again when next needed.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new DOMException('blocked by another tab', 'AbortError'));
  });
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

// Runs `work(stores)` in one transaction; resolves with what it returned once committed.
async function run(mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction([NOTICES, CATALOGUE], mode);
    const result = work({ notices: tx.objectStore(NOTICES), catalogue: tx.objectStore(CATALOGUE) });
    tx.oncomplete = () => resolve(result.value);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error || new DOMException('aborted', 'AbortError'));
  });
}

function request(req, out) {
  req.onsuccess = () => {
    out.value = req.result;
  };
  return out;
}

// Every summary.
const list = () => run('readonly', (s) => request(s.catalogue.getAll(), {})).then((all) => all || []);
// A notice's saved JSON, or undefined.
const get = (id) => run('readonly', (s) => request(s.notices.get(id), {}));
// Keeps a notice (its JSON, unless null) and its summary.
const put = (id, json, summary) =>
  run('readwrite', (s) => {
    if (json !== null && json !== undefined) s.notices.put(json, id);
    s.catalogue.put(summary, id);
    return {};
  });
// Every notice as [id, json, summary] (a notice missing its JSON is left out).
const dump = () =>
  run('readonly', (s) => {
    const out = { value: [] };
    const summaries = s.catalogue.getAll();
    const ids = s.catalogue.getAllKeys();
    const jsons = s.notices.getAll();
    const keys = s.notices.getAllKeys();
    // Requests end in the order they were made: the last one has them all.
    keys.onsuccess = () => {
      const byId = new Map(keys.result.map((k, i) => [k, jsons.result[i]]));
      out.value = ids.result
        .map((id, i) => [id, byId.get(id), summaries.result[i]])
        .filter(([, json]) => typeof json === 'string');
    };
    return out;
  });
// Deletes a notice for good.
const remove = (id) =>
  run('readwrite', (s) => {
    s.notices.delete(id);
    s.catalogue.delete(id);
    return {};
  });
// Replaces everything with [id, json, summary] triples, all or nothing.
const replaceAll = (entries) =>
  run('readwrite', (s) => {
    s.notices.clear();
    s.catalogue.clear();
    for (const [id, json, summary] of entries) {
      s.notices.put(json, id);
      s.catalogue.put(summary, id);
    }
    return {};
  });

self.ketluanLibrary = { list, get, put, dump, remove, replaceAll };
})();
