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

// A chip matches a gold owner when the role is the same and the names are the same up to case,
// spacing and a leading "Giao", or one contains the other and is at least 2/3 as long (a dropped
// "các" or qualifier, never a mere "phòng" for a whole unit).
function matches(chip, owner) {
  if (chip.role !== owner.role) return false;
  const [a, b] = [norm(chip.name), norm(owner.name)];
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= (2 / 3) * long.length;
}

for (const name of NOTICES) {
  test(`paste ${name}: rows with the gold owners`, async () => {
    const expected = gold(name);
    const page = await app.newPage();
    await openApp(app, page);
    // As users do it: Ctrl+V of the text copied from the notice.
    await paste(page, fixture(name), { clipboard: true });
    assert.equal(await page.getByTestId('notice-input').inputValue(), fixture(name).replace(/\r\n?/g, '\n'));
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
