// The W3C Web Annotation Working Group's MUST assertions (the suite behind web-platform-tests
// `annotation-model`, in ../shared/w3c-web-annotation-tests) run on ketluan's `webanno` export
// of every notice in ../shared, with a real JSON-Schema validator (Ajv, draft-04 as the suite is
// written in).
//
// As the suite's harness combines them: each `.test` lists assertion schemas; an assertion
// passes when validating gives its `expectedResult` ("valid"), otherwise its
// `onUnexpectedResult` decides ("failAndContinue": a failure, go on; "failAndSkip": a failure,
// skip the rest; "passAnd…": not a failure). `annotationMusts.test` is run on every annotation,
// `pageMusts.test` on the embedded AnnotationPage, `collectionMusts.test` on the
// AnnotationCollection.
//
// First the runner checks itself on the suite's own samples: every sample in
// tools/samples/correct passes (but the few listed in OUTDATED, with why), every one in
// tools/samples/incorrect fails at least one MUST.
//
//   node tests/w3c/run.mjs [path/to/ketluan]      (default target/release/ketluan)

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = process.env.KETLUAN_SHARED || resolve(ROOT, '..', 'shared');
const SUITE = join(SHARED, 'w3c-web-annotation-tests');
const CLI = process.argv[2] || join(ROOT, 'target', 'release', 'ketluan');

if (!existsSync(SUITE)) {
  console.error(`w3c: the suite is missing: ${SUITE}`);
  process.exit(1);
}

const json = (path) => JSON.parse(readFileSync(path, 'utf8'));

// "Correct" samples that the final assertions reject, and why (the samples predate them).
const OUTDATED = {
  'anno11.json': 'a Composite target: Composite, List and Independents left the model in CR3',
  'anno12.json': 'a List target: Composite, List and Independents left the model in CR3',
  'anno13.json': 'an Independents target: Composite, List and Independents left the model in CR3',
  'example42.json': 'a page whose partOf is a URI string; the page assertions check an embedded Collection description',
  'example43.json': 'a page whose partOf is a URI string; the page assertions check an embedded Collection description',
};

// The suite's keywords beside the schema ones (assertionType, expectedResult, …) are data for
// the harness, not for the validator.
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
ajv.addFormat('uri', /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/);
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
for (const name of readdirSync(join(SUITE, 'definitions')).filter((n) => n.endsWith('.json'))) {
  ajv.addSchema(json(join(SUITE, 'definitions', name)));
}

/** A `.test` file: its assertions, compiled. */
function loadTest(relative) {
  const test = json(join(SUITE, relative));
  return {
    name: relative,
    assertions: test.assertions.map((path) => {
      const schema = json(join(SUITE, path));
      return { path, schema, validate: ajv.getSchema(schema.id) || ajv.compile(schema) };
    }),
  };
}

/** The assertions `data` fails: [] when it passes them all. */
function failures(test, data) {
  const failed = [];
  for (const a of test.assertions) {
    const result = a.validate(data) ? 'valid' : 'invalid';
    if (result === (a.schema.expectedResult || 'valid')) continue;
    const on = a.schema.onUnexpectedResult || 'failAndContinue';
    if (on.startsWith('pass')) {
      if (on === 'passAndSkip') break;
      continue;
    }
    failed.push({ assertion: a.path, message: a.schema.errorMessage || a.schema.title, errors: a.validate.errors });
    if (on === 'failAndSkip') break;
  }
  return failed;
}

const tests = {
  annotation: loadTest('annotations/annotationMusts.test'),
  page: loadTest('collections/pages/pageMusts.test'),
  collection: loadTest('collections/collectionMusts.test'),
};
const count = (t) => t.assertions.length;
console.log(`w3c: MUST assertions: ${count(tests.annotation)} annotation, ${count(tests.page)} page, ${count(tests.collection)} collection`);

let bad = 0;
function report(what, failed) {
  if (failed.length === 0) return;
  bad += 1;
  for (const f of failed) {
    console.error(`w3c: FAIL ${what}: ${f.assertion}: ${f.message}`);
    console.error(`     ${JSON.stringify(f.errors?.slice(0, 2))}`);
  }
}

// 1. The runner on the suite's own samples (annotations, pages and collections, by their type;
// an incorrect sample may not even be JSON).
const testFor = (sample) => ({ AnnotationPage: tests.page, AnnotationCollection: tests.collection }[sample?.type] || tests.annotation);
const samples = (kind) => readdirSync(join(SUITE, 'tools', 'samples', kind))
  .filter((n) => n.endsWith('.json'))
  .map((n) => {
    try {
      return [n, json(join(SUITE, 'tools', 'samples', kind, n))];
    } catch {
      return [n, undefined];
    }
  });
for (const [name, sample] of samples('correct')) {
  if (sample === undefined) {
    bad += 1;
    console.error(`w3c: FAIL correct/${name} is not JSON`);
  } else if (OUTDATED[name]) {
    if (failures(testFor(sample), sample).length === 0) {
      bad += 1;
      console.error(`w3c: FAIL correct/${name} is listed as outdated but passes: take it off OUTDATED`);
    }
  } else {
    report(`sample correct/${name}`, failures(testFor(sample), sample));
  }
}
for (const [name, sample] of samples('incorrect')) {
  if (sample !== undefined && failures(testFor(sample), sample).length === 0) {
    bad += 1;
    console.error(`w3c: FAIL the runner passed incorrect/${name}, which breaks a MUST`);
  }
}
console.log(`w3c: runner checked on ${samples('correct').length} correct and ${samples('incorrect').length} incorrect samples`);

// 2. ketluan's export of every notice.
if (!existsSync(CLI)) {
  console.error(`w3c: ${CLI} missing: build it first (cargo build --release --bin ketluan)`);
  process.exit(1);
}
const notices = readdirSync(join(SHARED, 'notices')).filter((n) => n.endsWith('.txt')).sort();
let annotations = 0;
for (const notice of notices) {
  const out = execFileSync(CLI, ['export', '--format', 'webanno', join(SHARED, 'notices', notice)], {
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const collection = JSON.parse(out.toString('utf8'));
  report(`${notice}: collection`, failures(tests.collection, collection));
  const page = collection.first;
  report(`${notice}: page`, failures(tests.page, page));
  for (const item of page?.items || []) {
    annotations += 1;
    report(`${notice}: annotation ${item.id}`, failures(tests.annotation, item));
  }
}
console.log(`w3c: ${notices.length} notices, ${annotations} annotations, ${notices.length} pages and collections checked`);
if (bad > 0) {
  console.error(`w3c: ${bad} failing`);
  process.exit(1);
}
console.log('w3c: every MUST assertion passes');
