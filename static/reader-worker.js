// The reader's Web Worker (dist/lazy/reader-worker.js). The app starts it at the first text it
// needs read; it loads the reader (ketluan-reader_bg.wasm, built from src/reader_worker.rs),
// telling the app how far the download is, then reads every text it is sent.
//
// app → worker: { seq, text, convert, html, given } (given: the JSON of the header facts the user set, or none) · { warm: true } (load now, a text is about to come)
//               · { jobSeq, job, a, b } (another job: src/worker_jobs.rs)
//               · { jobSeq, job, bytes } (a job on a file's bytes, a Uint8Array: a Word file;
//                 job 'pdf': a PDF, whose text pdf.js finds here, then the job 'pdfText' lays out,
//                 or, when it has none (a scan), OCR finds, then the job 'ocrText' lays out;
//                 job 'ocr': a photo, read by OCR)
// worker → app: { progress } (0..1, while loading) · { progress, file: true } (a PDF's pages read)
//               · { progress, file: true, ocr: true } (pages recognised by OCR)
//               · { seq, json } (the Intake as JSON) ·
//               { seq, failed: 'load' | 'read' } · { jobSeq, text } · { jobSeq, failed }
// After a failed read the reader's memory may be damaged (a panic aborts): the app ends this
// worker and starts a new one for the next text.
importScripts('./ketluan-reader.js');

let loading = null;

// The reader's size, written in by the build (scripts/make-sw.mjs): the download's progress is
// counted in the bytes the wasm really has, whatever the server's compression.
const WASM_BYTES = Number('__KETLUAN_READER_BYTES__') || 0;

async function download(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const total = WASM_BYTES || (response.headers.get('Content-Encoding') ? 0 : Number(response.headers.get('Content-Length')) || 0);
  if (!response.body || !total) return response.arrayBuffer();
  const reader = response.body.getReader();
  const parts = [];
  let got = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    got += value.length;
    postMessage({ progress: Math.min(got / total, 1) });
  }
  const bytes = new Uint8Array(got);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

async function load() {
  postMessage({ progress: 0 });
  const bytes = await download('./ketluan-reader_bg.wasm');
  await wasm_bindgen({ module_or_path: bytes });
  postMessage({ progress: 1 });
}

// pdf.js, imported the first time a PDF comes (lazy/pdf/; about 400 KB gzipped). Its own worker
// code is imported here too, so it runs in this worker instead of starting another.
let pdfjs = null;
async function loadPdfjs() {
  if (!pdfjs) {
    const [lib] = await Promise.all([import('./pdf/pdf.min.mjs'), import('./pdf/pdf.worker.min.mjs')]);
    pdfjs = lib;
  }
  return pdfjs;
}

const fileProgress = (p) => postMessage({ progress: p, file: true });
const ocrProgress = (p) => postMessage({ progress: p, file: true, ocr: true });

// OCR (static/ocr-items.mjs): tesseract.js and the Vietnamese model, imported at the first scan.
async function recognised(words) {
  let pages;
  try {
    pages = await words();
  } catch (err) {
    console.error('ketluan OCR: failed', err);
    return wasm_bindgen.job('pdfFailed', 'ocr', '');
  }
  return wasm_bindgen.job('ocrText', JSON.stringify(pages), '');
}

async function readPdf(bytes) {
  await loadPdfjs();
  const { pdfItems, pdfFailure } = await import('./pdf-items.mjs');
  // pdf.js may take the buffer over; a scan is drawn again from this copy.
  const copy = bytes.slice();
  let pages;
  try {
    pages = await pdfItems(pdfjs, bytes, (n, total) => fileProgress(n / total));
  } catch (err) {
    return wasm_bindgen.job('pdfFailed', pdfFailure(err), '');
  }
  if (pages.some((page) => page.items.some((item) => item[0].trim()))) {
    return wasm_bindgen.job('pdfText', JSON.stringify(pages), '');
  }
  // No text layer: a scan. Its pages are read by OCR.
  ocrProgress(0);
  const { scanWords } = await import('./ocr-items.mjs');
  return recognised(() => scanWords(pdfjs, copy, ocrProgress));
}

async function readPhoto(bytes) {
  ocrProgress(0);
  const { photoWords } = await import('./ocr-items.mjs');
  return recognised(() => photoWords(bytes, ocrProgress));
}

onmessage = async (event) => {
  const { seq, text, convert, html, given, warm, jobSeq, job, a, b, bytes } = event.data;
  if (warm) {
    loading ??= load().catch((err) => {
      // Tried again, and reported, when a text comes.
      loading = null;
      throw err;
    });
    loading.catch(() => {});
    return;
  }
  const isJob = jobSeq !== undefined;
  try {
    loading ??= load();
    await loading;
  } catch (err) {
    loading = null;
    console.error('ketluan reader: not loaded', err);
    postMessage(isJob ? { jobSeq, failed: 'load' } : { seq, failed: 'load' });
    return;
  }
  if (isJob) {
    try {
      let out;
      if (job === 'pdf') out = await readPdf(bytes);
      else if (job === 'ocr') out = await readPhoto(bytes);
      else if (bytes) out = wasm_bindgen.job_bytes(job, bytes);
      else out = wasm_bindgen.job(job, a, b || '');
      postMessage(out ? { jobSeq, text: out } : { jobSeq, failed: 'read' });
    } catch (err) {
      console.error(`ketluan ${job}: failed`, err);
      postMessage({ jobSeq, failed: 'read' });
    }
    return;
  }
  try {
    const json = wasm_bindgen.read(text, convert, html || '', given || '');
    postMessage(json ? { seq, json } : { seq, failed: 'read' });
  } catch (err) {
    console.error('ketluan reader: failed', err);
    postMessage({ seq, failed: 'read' });
  }
};
