// The positioned text of every page of a PDF, as pdf.js finds it: for each page its size and its
// pieces of text, each [text, x, y (its baseline, from the page's top), width, font size,
// ends a line (1/0)], in tenths of a point, whole numbers (the reader's worker then needs no
// code to parse decimals). The lines are rebuilt from these in Rust
// (src/pdf_text.rs), where they are tested; this only asks pdf.js.
//
// Shared by the reader's worker in the app (lazy/reader-worker.js imports it with pdf.js when a
// PDF is first opened) and scripts/pdf-items.mjs (the fixtures' items, in Node).

const tenths = (v) => Math.round(v * 10);

/**
 * @param pdfjs the pdf.js module (pdfjs-dist), its worker code loaded in the same thread
 * @param bytes the PDF file, a Uint8Array (handed over to pdf.js)
 * @param onPage called with (page, pages) after each page
 */
export async function pdfItems(pdfjs, bytes, onPage) {
  const task = pdfjs.getDocument({
    data: bytes,
    // The strict Content-Security-Policy allows no eval; nothing is drawn, so no fonts.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const pages = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = [];
      for (const item of content.items) {
        if (typeof item.str !== 'string') continue;
        const [, , c, d, e, f] = item.transform;
        const size = Math.hypot(c, d) || item.height || 0;
        items.push([item.str, tenths(e), tenths(height - f), tenths(item.width), tenths(size), item.hasEOL ? 1 : 0]);
      }
      pages.push({ w: tenths(width), h: tenths(height), items });
      page.cleanup();
      if (onPage) onPage(n, doc.numPages);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Why pdf.js could not open the file: 'password' or 'damaged'. */
export function pdfFailure(err) {
  return err && err.name === 'PasswordException' ? 'password' : 'damaged';
}
