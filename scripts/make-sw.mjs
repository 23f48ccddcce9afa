// Trunk post_build hook: writes sw.js into the build output from the template static/sw.js.
// The precache list is every file Trunk produced (names carry content hashes) plus "./", and the
// cache version is a hash over all of them, so any change to the app makes a new cache.
//
// Usage: run by Trunk (TRUNK_STAGING_DIR, TRUNK_SOURCE_DIR set), or by hand: node scripts/make-sw.mjs dist

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const outDir = process.env.TRUNK_STAGING_DIR || process.argv[2] || 'dist';
const sourceDir = process.env.TRUNK_SOURCE_DIR || '.';
const SW = 'sw.js';

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : listFiles(path);
    return entry.isFile() ? [path] : [];
  });
}

const files = listFiles(outDir)
  .map((path) => relative(outDir, path).split(sep).join('/'))
  .filter((name) => name !== SW && !name.endsWith('.map'))
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
const precache = ['./', ...files.map((name) => `./${name}`)];
const sw = template
  .replace(marks[0], JSON.stringify(version))
  .replace(marks[1], JSON.stringify(precache, null, 2));

writeFileSync(join(outDir, SW), sw);
console.log(`make-sw: ${SW} version ${version}, ${precache.length} URLs precached`);
