// Writes, beside each PDF given, what pdf.js finds in it (NAME.pdf → NAME.pdf.json; the format is
// static/pdf-items.mjs's), with the same code and pdf.js version as the app: the input of the
// native tests of the PDF layout (tests/reader_files.rs). Run by hand after scripts/make-fixtures.py:
//   node scripts/pdf-items.mjs tests/fixtures/files/*.pdf
// With --check, writes nothing and fails if a file's items differ from what is there (run by
// ./scripts/test, so the committed items stay what pdf.js gives).

import { readFileSync, writeFileSync } from 'node:fs';
import { pdfItems } from '../static/pdf-items.mjs';

// pdf.js draws with DOMMatrix, ImageData and Path2D, which Node lacks (its optional canvas
// package provides them; it is not installed). Nothing is drawn here: stand-ins let it load.
for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) {
  globalThis[name] ??= class {};
}
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

const check = process.argv.includes('--check');
let stale = 0;
for (const file of process.argv.slice(2).filter((a) => !a.startsWith('--'))) {
  const pages = await pdfItems(pdfjs, new Uint8Array(readFileSync(file)));
  const json = `${JSON.stringify(pages)}\n`;
  const out = `${file}.json`;
  if (check) {
    let had = '';
    try { had = readFileSync(out, 'utf8'); } catch { /* missing */ }
    if (had !== json) {
      console.error(`pdf-items: ${out} is not what pdf.js finds in ${file}; run node scripts/pdf-items.mjs ${file}`);
      stale += 1;
    }
  } else {
    writeFileSync(out, json);
    console.log(`pdf-items: wrote ${out} (${pages.length} pages)`);
  }
}
process.exit(stale ? 1 : 0);
