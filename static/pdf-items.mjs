// The positioned text of every page of a PDF, as pdf.js finds it: for each page its size and its
// pieces of text, each [text, x, y (its baseline, from the page's top), width, font size,
// ends a line (1/0)], in tenths of a point, whole numbers (the reader's worker then needs no
// code to parse decimals). On a page whose text may be in a legacy Vietnamese encoding (Latin-1
// letters, none of Unicode's Vietnamese ones), each piece also gives its font (an index into the
// page's `fonts`, the names the PDF gives them: "ABCDEF+VnTime"), so that Rust converts it by the
// font's name. The lines are rebuilt from these in Rust
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
      const out = { w: tenths(width), h: tenths(height), items };
      if (mayBeLegacy(items)) {
        // The fonts' own names reach pdf.js's page objects once the page's drawing is read.
        await page.getOperatorList();
        const fonts = [];
        content.items.filter((item) => typeof item.str === 'string').forEach((item, i) => {
          let name = '';
          try {
            name = page.commonObjs.has(item.fontName) ? String(page.commonObjs.get(item.fontName).name || '') : '';
          } catch {
            // (A font pdf.js could not load: no name.)
          }
          if (!fonts.includes(name)) fonts.push(name);
          items[i].push(fonts.indexOf(name));
        });
        out.fonts = fonts;
      }
      pages.push(out);
      page.cleanup();
      if (onPage) onPage(n, doc.numPages);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Latin-1 letters and none of the Vietnamese letters beyond them (ă, đ, ơ, ư, ạ … ỹ): text in
 * TCVN3 or VNI, which PDFs made with old fonts carry. */
function mayBeLegacy(items) {
  const text = items.map((item) => item[0]).join('');
  return /[\u00A0-\u00FF]/.test(text) && !/[\u0100-\u024F\u1E00-\u1EFF]/.test(text);
}

/** Why pdf.js could not open the file: 'password' or 'damaged'. */
export function pdfFailure(err) {
  return err && err.name === 'PasswordException' ? 'password' : 'damaged';
}
