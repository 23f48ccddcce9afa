// Paste each shared notice: the task table appears and carries the careful clerk's owners
// (shared/gold), judged leniently on form and strictly on unit and role.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { NOTICES, fixture, gold, norm, openApp, paste, rows, shot, startApp } from './helpers.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

// A chip matches a gold owner if one name contains the other (the reader may keep or drop
// a leading "Giao", "các", or the trailing qualifier) and the role is the same.
function matches(chip, owner) {
  const [a, b] = [norm(chip.name), norm(owner.name)];
  return (a.includes(b) || b.includes(a)) && chip.role === owner.role;
}

for (const name of NOTICES) {
  test(`paste ${name}: rows with the gold owners`, async () => {
    const expected = gold(name);
    const page = await app.newPage();
    await openApp(app, page);
    await paste(page, fixture(name));
    // Reading is debounced; let it settle before reading the table.
    await page.waitForTimeout(500);
    const table = await rows(page);
    await shot(page, `notice-${name}`);
    assert.ok(table.length >= 1, 'no directive row');
    const chips = table.flatMap((r) => r.owners);
    const wanted = expected.directives.flatMap((d) => d.owners);
    const missing = wanted.filter((o) => !chips.some((c) => matches(c, o)));
    const shown = [...new Set(missing.map((o) => `${o.name} (${o.role})`))];
    assert.deepEqual(shown, [], `gold owners not in the table; chips were: ${chips.map((c) => `${c.name} (${c.role})`).join('; ')}`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('no request left 127.0.0.1', () => {
  assert.deepEqual(app.foreign(), []);
});
