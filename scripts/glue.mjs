// Part of the Trunk post_build hook (scripts/make-sw.mjs): shrinks the wasm-bindgen output of a
// release build, which Trunk 0.21 leaves as it is (its own JS minifier fails on the glue:
// "Failed to minify JS: RequiredTokenNotFound").
//
// For each wasm-bindgen pair in the build (NAME-HASH.js beside NAME-HASH_bg.wasm):
// 1. the imports the .wasm asks of the glue get short names ("__wbg_remove_8228e91d7ddbc755"
//    becomes "a"; the import module "./NAME_bg.js" becomes "a") in both files: those hashed names
//    are about 5 KB of each file that gzip can do little with;
// 2. the glue is minified with terser (pinned in package.json);
// 3. both files are renamed NAME-<hash of their new content> and index.html follows: the names
//    in data-js / data-wasm and the preload links, and the preloads' integrity (SRI) hashes.
// The .wasm's code is not touched. Exports keep their names (the glue reads them as wasm.NAME).
// Running it again on the same build changes nothing more.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

/// Every (js, wasm, base) wasm-bindgen pair at the top of `dir`.
function pairs(dir) {
  const names = new Set(readdirSync(dir));
  return [...names]
    .filter((n) => n.endsWith('_bg.wasm') && names.has(`${n.slice(0, -'_bg.wasm'.length)}.js`))
    .map((wasm) => {
      const base = wasm.slice(0, -'_bg.wasm'.length);
      return { base, js: `${base}.js`, wasm };
    });
}

// ---- the .wasm's import section ----

function readLeb(buf, at) {
  let value = 0n;
  let shift = 0n;
  for (;;) {
    const byte = buf[at];
    at += 1;
    value |= BigInt(byte & 0x7f) << shift;
    shift += 7n;
    if ((byte & 0x80) === 0) return [value, at];
  }
}

function leb(n) {
  const out = [];
  let v = BigInt(n);
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v !== 0n) byte |= 0x80;
    out.push(byte);
  } while (v !== 0n);
  return Buffer.from(out);
}

function readName(buf, at) {
  const [len, start] = readLeb(buf, at);
  const end = start + Number(len);
  return [buf.subarray(start, end).toString('utf8'), end];
}

function name(s) {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
}

/// Skips an import's description (function, table, memory, global or tag).
function skipDesc(buf, at) {
  const kind = buf[at];
  at += 1;
  const limits = (p) => {
    const flags = buf[p];
    let q = readLeb(buf, p + 1)[1];
    if (flags & 1) q = readLeb(buf, q)[1];
    return q;
  };
  switch (kind) {
    case 0: return readLeb(buf, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: reference type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readLeb(buf, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`glue: unknown import kind ${kind}`);
  }
}

/// The sections of a module: [{ id, start (of contents), end }].
function sections(buf) {
  if (buf.readUInt32LE(0) !== 0x6d736100) throw new Error('glue: not a wasm module');
  const out = [];
  let at = 8;
  while (at < buf.length) {
    const id = buf[at];
    const [size, start] = readLeb(buf, at + 1);
    out.push({ id, headerStart: at, start, end: start + Number(size) });
    at = start + Number(size);
  }
  return out;
}

/// The imports: [{ module, field, desc (bytes) }].
function readImports(buf, sec) {
  const [count, first] = readLeb(buf, sec.start);
  const imports = [];
  let at = first;
  for (let i = 0n; i < count; i += 1n) {
    const [module, a] = readName(buf, at);
    const [field, b] = readName(buf, a);
    const end = skipDesc(buf, b);
    imports.push({ module, field, desc: buf.subarray(b, end) });
    at = end;
  }
  if (at !== sec.end) throw new Error('glue: import section not read to its end');
  return imports;
}

function writeImports(buf, sec, imports) {
  const body = Buffer.concat([
    leb(imports.length),
    ...imports.flatMap((imp) => [name(imp.module), name(imp.field), imp.desc]),
  ]);
  return Buffer.concat([
    buf.subarray(0, sec.headerStart),
    Buffer.from([2]),
    leb(body.length),
    body,
    buf.subarray(sec.end),
  ]);
}

/// Short names: a b … z A … Z aa ab …
function shortName(i) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  let n = i;
  do {
    s = letters[n % letters.length] + s;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return s;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/// Gives the glue's imports short names in both files. Imports whose name the glue does not
/// hold exactly once as an object key keep their names.
function shortenImports(js, wasm, base) {
  const sec = sections(wasm).find((s) => s.id === 2);
  if (!sec) return { js, wasm, renamed: 0 };
  const imports = readImports(wasm, sec);
  // wasm-bindgen's module name for the glue's imports (see the glue's __wbg_get_imports).
  const glueModule = imports.find((imp) => imp.module.endsWith('_bg.js') || imp.module === 'wbg')?.module;
  if (glueModule === undefined) return { js, wasm, renamed: 0 }; // done already
  const moduleKey = new RegExp(`(["'])${escape(glueModule)}\\1(\\s*:)`, 'g');
  if ((js.match(moduleKey) || []).length !== 1) {
    console.warn(`glue: ${base}.js does not name the import module ${glueModule} once; left as it is`);
    return { js, wasm, renamed: 0 };
  }
  let out = js.replace(moduleKey, '$1a$1$2');
  // The new names are keys of the glue's import object only, beside wasm-bindgen's own
  // "__wbg_…" / "__wbindgen_…" keys: letters alone cannot meet those.
  let renamed = 0;
  const used = new Set();
  for (const imp of imports) {
    if (imp.module !== glueModule) continue;
    imp.module = 'a';
    const key = new RegExp(`(^|[\\s{,])${escape(imp.field)}(\\s*:)`, 'gm');
    const uses = (out.match(key) || []).length;
    const anywhere = out.split(imp.field).length - 1;
    if (uses !== 1 || anywhere !== 1 || used.has(imp.field) || !imp.field.startsWith('__w')) continue;
    used.add(imp.field);
    const short = shortName(renamed);
    out = out.replace(key, `$1${short}$2`);
    imp.field = short;
    renamed += 1;
  }
  return { js: out, wasm: writeImports(wasm, sec, imports), renamed };
}

const integrity = (algo, bytes) => `${algo}-${createHash(algo).update(bytes).digest('base64')}`;

/// Shrinks every wasm-bindgen pair in `dir` and updates `dir/index.html`; returns a summary.
export async function shrinkGlue(dir) {
  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  const done = [];
  for (const { base, js: jsName, wasm: wasmName } of pairs(dir)) {
    const jsIn = readFileSync(join(dir, jsName));
    const wasmIn = readFileSync(join(dir, wasmName));
    const short = shortenImports(jsIn.toString('utf8'), wasmIn, base);
    const min = await minify(short.js, { module: true, ecma: 2020, compress: { passes: 2 } });
    if (typeof min.code !== 'string' || min.code.length === 0) throw new Error(`glue: terser gave nothing for ${jsName}`);
    const jsOut = Buffer.from(min.code, 'utf8');
    const wasmOut = short.wasm;

    // New names from the new contents (Trunk's style: NAME-<16 hex>).
    const stem = base.replace(/-[0-9a-f]{16}$/, '');
    const hash = createHash('sha256').update(jsOut).update('\0').update(wasmOut).digest('hex').slice(0, 16);
    const newBase = `${stem}-${hash}`;

    // index.html: integrity of the old bytes → of the new, then the names.
    for (const [oldBytes, newBytes] of [[jsIn, jsOut], [wasmIn, wasmOut]]) {
      for (const algo of ['sha256', 'sha384', 'sha512']) {
        html = html.split(integrity(algo, oldBytes)).join(integrity(algo, newBytes));
      }
    }
    html = html.split(base).join(newBase);
    writeFileSync(join(dir, jsName), jsOut);
    writeFileSync(join(dir, wasmName), wasmOut);
    if (newBase !== base) {
      renameSync(join(dir, jsName), join(dir, `${newBase}.js`));
      renameSync(join(dir, wasmName), join(dir, `${newBase}_bg.wasm`));
    }
    done.push(`${newBase}.js ${jsIn.length} -> ${jsOut.length} bytes, ${short.renamed} imports renamed, .wasm ${wasmIn.length} -> ${wasmOut.length}`);
  }
  writeFileSync(htmlPath, html);
  return done;
}
