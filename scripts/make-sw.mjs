// Trunk post_build hook: in a release build, first shrinks the wasm-bindgen glue (imports
// renamed, terser, files renamed by their new content, index.html's names and integrity hashes
// updated: scripts/glue.mjs) and minifies the hand-written scripts (terser; their comments are
// for the source, not the first visit); then writes sw.js into the build output from the template
// static/sw.js. The precache list is every file of the build (names carry content hashes) plus
// "./" (index.html, once), except lazy/ (the reader's worker) and the install icons, fetched at first use and cached then; the cache
// version is a hash over all of them, lazy/ included, so any change to the app makes a new cache.
//
// Usage: run by Trunk (TRUNK_STAGING_DIR, TRUNK_SOURCE_DIR, TRUNK_PROFILE set), or by hand:
// node scripts/make-sw.mjs dist [--release]

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';
import { minify } from 'terser';
import { shrinkGlue } from './glue.mjs';

const outDir = process.env.TRUNK_STAGING_DIR || process.argv.slice(2).find((a) => !a.startsWith('--')) || 'dist';
const sourceDir = process.env.TRUNK_SOURCE_DIR || '.';
const release = process.env.TRUNK_PROFILE === 'release' || process.argv.includes('--release');
const SW = 'sw.js';

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : listFiles(path);
    return entry.isFile() ? [path] : [];
  });
}

if (release) {
  for (const line of await shrinkGlue(outDir)) console.log(`make-sw: glue ${line}`);
}

// The reader worker counts its download against the wasm's real size.
const workerScript = join(outDir, 'lazy', 'reader-worker.js');
const readerWasm = join(outDir, 'lazy', 'ketluan-reader_bg.wasm');
if (existsSync(workerScript) && existsSync(readerWasm)) {
  const script = readFileSync(workerScript, 'utf8');
  writeFileSync(workerScript, script.replace('__KETLUAN_READER_BYTES__', String(statSync(readerWasm).size)));
}

// The board's loader counts the board's download against its wasm's real size.
const boardLoader = join(outDir, 'workspace.js');
const boardWasm = join(outDir, 'lazy', 'ketluan-board_bg.wasm');
if (existsSync(boardLoader) && existsSync(boardWasm)) {
  const script = readFileSync(boardLoader, 'utf8');
  writeFileSync(boardLoader, script.replace('__KETLUAN_BOARD_BYTES__', String(statSync(boardWasm).size)));
}

// The app's own scripts, copied from static/ (sw.js is written, and minified, below). Classic
// scripts keep their top-level names (library-db.js sets self.ketluanLibrary, the worker calls
// the glue's wasm_bindgen); modules may lose theirs.
const SCRIPTS = [
  ['boot.js', true],
  ['sw-register.js', true],
  ['library-db.js', false],
  ['workspace.js', false],
  ['lazy/reader-worker.js', false],
  ['lazy/pdf-items.mjs', true],
  ['lazy/ocr-items.mjs', true],
];
if (release) {
  for (const [name, module] of SCRIPTS) {
    const path = join(outDir, name);
    if (!existsSync(path)) continue;
    const source = readFileSync(path, 'utf8');
    const { code } = await minify(source, { module, compress: true, mangle: true, format: { comments: false } });
    writeFileSync(path, code);
    console.log(`make-sw: minified ${name}: ${source.length} → ${code.length} bytes`);
  }
}

const files = listFiles(outDir)
  .map((path) => relative(outDir, path).split(sep).join('/'))
  .filter((name) => name !== SW && !name.endsWith('.map') && !name.endsWith('.gz'))
  .sort();

if (!files.includes('index.html')) {
  console.error(`make-sw: no index.html in ${outDir}; is this a Trunk build directory?`);
  process.exit(1);
}

const digest = createHash('sha256');
for (const name of files) {
  digest.update(name).update('\0').update(readFileSync(join(outDir, name))).update('\0');
}
const version = digest.digest('hex').slice(0, 16);

const template = readFileSync(join(sourceDir, 'static', SW), 'utf8');
const marks = ["'__KETLUAN_VERSION__'", "['__KETLUAN_FILES__']"];
for (const mark of marks) {
  if (!template.includes(mark)) {
    console.error(`make-sw: placeholder ${mark} missing from static/${SW}`);
    process.exit(1);
  }
}
// lazy/ (the reader's worker) is fetched at first use and cached by the service worker then.
// So are the manifest's install icons (icons/icon-*, icons/maskable-*): the browser fetches them
// only when it offers to install the app, and the app runs without them; the favicon the page
// shows is precached.
const LAZY = 'lazy/';
const INSTALL_ICON = /^icons\/(icon|maskable)-/;
// index.html is the start URL "./": precached once, under that name (the service worker answers
// a navigation to index.html with it), not fetched a second time by its own name.
const precache = ['./', ...files
  .filter((name) => !name.startsWith(LAZY) && !INSTALL_ICON.test(name) && name !== 'index.html')
  .map((name) => `./${name}`)];
const sw = template
  .replace(marks[0], JSON.stringify(version))
  .replace(marks[1], JSON.stringify(precache, null, 2));

// Minified in release like the other scripts; its top-level names (VERSION, PRECACHE) stay, as
// a classic script's do, so the infra test still reads its precache list.
const swOut = release
  ? (await minify(sw, { module: false, compress: false, mangle: true, format: { comments: false } })).code
  : sw;
writeFileSync(join(outDir, SW), swOut);
console.log(`make-sw: ${SW} version ${version}, ${precache.length} URLs precached`);

// Every text and wasm file also gzipped beside it (NAME.gz), for servers that send precompressed
// files (nginx `gzip_static on`, scripts/static-server.mjs).
const COMPRESS = /\.(html|js|mjs|css|wasm|json|webmanifest|svg|txt)$/;
let raw = 0;
let packed = 0;
for (const name of [...files, SW].filter((n) => COMPRESS.test(n))) {
  const body = readFileSync(join(outDir, name));
  const gz = gzipSync(body, { level: 9 });
  writeFileSync(join(outDir, `${name}.gz`), gz);
  raw += body.length;
  packed += gz.length;
}
console.log(`make-sw: gzipped beside them: ${(raw / 1024).toFixed(1)} KB → ${(packed / 1024).toFixed(1)} KB`);
