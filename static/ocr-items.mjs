// The words OCR finds on a scan or a photo of a notice, placed on their page: tesseract.js (npm,
// pinned in package-lock.json) with its LSTM engine and Debian's Vietnamese model
// (tesseract-ocr-vie), all served from the app's own origin under lazy/ocr/ and fetched the
// first time a scan or a photo is opened (the service worker keeps them then).
//
// For each page: its size and its words, each [text, x, baseline y, width, size, ends a line,
// confidence 0–100], in tenths of a pixel, whole numbers; the lines are laid out in Rust
// (src/ocr_text.rs, with the PDF layout of src/pdf_text.rs), where they are tested.
//
// Imported by the reader's worker (lazy/reader-worker.js). tesseract.js runs the engine in a
// worker of its own, started from lazy/ocr/worker.min.js (never a blob: URL).

const tenths = (v) => Math.round(v * 10);

// A scanned page is drawn at about 200 dpi (an A4 page: 1654 × 2339 px): enough for Vietnamese
// diacritics, and a page takes a few seconds.
const SCAN_DPI = 200;

// Whether this browser runs WebAssembly SIMD (the faster engine): a module using one SIMD
// instruction validates (the same probe as the wasm-feature-detect package).
const SIMD = WebAssembly.validate(new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15,
  253, 98, 11,
]));

let engine = null;
// Where the engine reports (a page's recognition, 0..1).
let report = () => {};
// The engine holds its model and page buffers (tens of MB): on a phone that matters, so it is
// ended a minute after its last page, and started again (from the cache) for the next scan.
const IDLE_MS = 60_000;
let idle = null;

/** The OCR engine, started once (its files fetched from lazy/ocr/ the first time). */
function ocrEngine() {
  if (!engine) {
    const base = new URL('./ocr/', self.location.href).href;
    engine = import('./ocr/tesseract.esm.min.js').then(({ default: Tesseract }) =>
      Tesseract.createWorker('vie', 1 /* OEM.LSTM_ONLY */, {
        workerPath: `${base}worker.min.js`,
        corePath: `${base}tesseract-core-${SIMD ? 'simd-' : ''}lstm.js`,
        langPath: base,
        gzip: false,
        workerBlobURL: false,
        // The service worker keeps the model; no second copy in IndexedDB.
        cacheMethod: 'none',
        logger: (m) => {
          if (m.status === 'recognizing text') report(m.progress);
        },
      }));
    engine.catch(() => { engine = null; });
  }
  return engine;
}

/** A recognised page's words, as the layout wants them. */
function pageWords(data, width, height) {
  const items = [];
  for (const block of data.blocks || []) {
    for (const paragraph of block.paragraphs || []) {
      for (const line of paragraph.lines || []) {
        const words = (line.words || []).filter((w) => w.text && w.text.trim());
        if (!words.length) continue;
        // Every word of a line on one baseline (its middle), so a tilted photo keeps its lines.
        const b = line.baseline || {};
        const y = Number.isFinite(b.y0) && Number.isFinite(b.y1) ? (b.y0 + b.y1) / 2 : line.bbox.y1;
        const row = line.rowAttributes || {};
        const rowHeight = row.rowHeight || row.row_height || line.bbox.y1 - line.bbox.y0;
        // The font's size: a row's height takes in the marks above and below the letters.
        const size = rowHeight * 0.8;
        words.forEach((w, i) => {
          items.push([w.text, tenths(w.bbox.x0), tenths(y), tenths(w.bbox.x1 - w.bbox.x0), tenths(size),
            i === words.length - 1 ? 1 : 0, Math.round(w.confidence)]);
        });
      }
    }
  }
  return { w: tenths(width), h: tenths(height), items };
}

/**
 * The words of each page.
 * @param image async (n) → { image (what tesseract.js reads: a Blob, an OffscreenCanvas), width,
 *   height }, for n from 1 to `count`
 * @param count how many pages
 * @param onProgress called with (0..1) as the pages are recognised
 */
async function recognise(image, count, onProgress) {
  clearTimeout(idle);
  try {
    const ocr = await ocrEngine();
    const pages = [];
    for (let n = 1; n <= count; n += 1) {
      report = (p) => onProgress((n - 1 + p) / count);
      const { image: picture, width, height } = await image(n);
      const { data } = await ocr.recognize(picture, {}, { blocks: true, text: false });
      const size = data.imageSize || {};
      pages.push(pageWords(data, width || size.width || 0, height || size.height || 0));
      onProgress(n / count);
    }
    return pages;
  } finally {
    report = () => {};
    idle = setTimeout(() => {
      const ending = engine;
      engine = null;
      ending?.then((w) => w.terminate()).catch(() => {});
    }, IDLE_MS);
  }
}

// A phone's photo is drawn at most this many pixels on its longer side: an A4 page's small print
// keeps about 30 px a line, and a 12-megapixel photo is read about four times faster.
const PHOTO_MAX = 3000;

/**
 * The words of a photo or a scanned image (JPEG, PNG, …: the file's bytes). The browser draws it
 * first: turned upright as the camera said (a phone stores a portrait photo sideways, with an
 * EXIF orientation OCR would not read), made smaller if it is huge, and any format the browser
 * knows (WebP) read.
 */
export async function photoWords(bytes, onProgress) {
  const blob = new Blob([bytes]);
  let bitmap = null;
  try {
    bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  } catch {
    // tesseract.js may still read what the browser does not draw (TIFF).
  }
  if (!bitmap) return recognise(async () => ({ image: blob, width: 0, height: 0 }), 1, onProgress);
  const scale = Math.min(1, PHOTO_MAX / Math.max(bitmap.width, bitmap.height));
  const canvas = new OffscreenCanvas(Math.round(bitmap.width * scale), Math.round(bitmap.height * scale));
  canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return recognise(async () => ({ image: canvas, width: canvas.width, height: canvas.height }), 1, onProgress);
}

// pdf.js draws here on OffscreenCanvas: this worker has no document.
class OffscreenCanvasFactory {
  create(width, height) {
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }

  reset(entry, width, height) {
    entry.canvas.width = width;
    entry.canvas.height = height;
  }

  destroy(entry) {
    entry.canvas.width = 0;
    entry.canvas.height = 0;
    entry.canvas = null;
    entry.context = null;
  }
}

// No SVG filters without a document (a scan needs none).
class NoFilters {
  addFilter() { return 'none'; }
  addHCMFilter() { return 'none'; }
  addAlphaFilter() { return 'none'; }
  addLuminosityFilter() { return 'none'; }
  addHighlightHCMFilter() { return 'none'; }
  destroy() {}
}

/** The words of a scanned PDF's pages, each drawn by pdf.js at about 200 dpi. */
export async function scanWords(pdfjs, bytes, onProgress) {
  const doc = await pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    CanvasFactory: OffscreenCanvasFactory,
    FilterFactory: NoFilters,
    verbosity: 0,
  }).promise;
  try {
    return await recognise(async (n) => {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: SCAN_DPI / 72 });
      const canvas = new OffscreenCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvasContext: context, canvas, viewport }).promise;
      page.cleanup();
      return { image: canvas, width: canvas.width, height: canvas.height };
    }, doc.numPages, onProgress);
  } finally {
    await doc.destroy();
  }
}
