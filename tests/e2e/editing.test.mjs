// Correcting the table: tag a unit by selecting it, undo and redo, confirm, switch language,
// and find all of it again after a reload.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fixture, openApp, paste, rows, selectInNotice, shot, startApp, waitForSave } from './helpers.mjs';

const NOTICE = 'cantho-2020-so-ket-hk1';
// Named in directive 4 but not an owner there: the user tags it.
const UNIT = 'Sở Nội vụ';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const chipsNamed = (page, text) => page.getByTestId('owner-chip').filter({ hasText: text });

async function tagLead(page) {
  await selectInNotice(page, UNIT);
  await page.getByTestId('tag-toolbar').waitFor({ state: 'visible' });
  await page.getByTestId('tag-lead').click();
}

test('tag a span by selection → a new lead owner chip; undo and redo it', async () => {
  const page = await app.newPage();
  await openApp(app, page);
  await paste(page, fixture(NOTICE));
  const before = await chipsNamed(page, UNIT).count();

  await tagLead(page);
  const chip = chipsNamed(page, UNIT).nth(before);
  await chip.waitFor();
  assert.equal(await chip.getAttribute('data-role'), 'lead');
  assert.equal(await chip.getAttribute('data-implicit'), 'false');
  await shot(page, 'tagged');

  await page.getByTestId('undo').click();
  await page.waitForFunction(([n, t]) => [...document.querySelectorAll('[data-testid="owner-chip"]')]
    .filter((c) => c.innerText.includes(t)).length === n, [before, UNIT]);
  await page.getByTestId('redo').click();
  await chip.waitFor();

  // The keyboard shortcuts do the same, with the focus outside any text field.
  await page.getByTestId('notice-view').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('Control+z');
  await page.waitForFunction(([n, t]) => [...document.querySelectorAll('[data-testid="owner-chip"]')]
    .filter((c) => c.innerText.includes(t)).length === n, [before, UNIT]);
  await page.keyboard.press('Control+Shift+z');
  await chip.waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('reload → the pasted notice and every correction are restored', async () => {
  const context = await app.newContext();
  const page = await app.newPage(context);
  await openApp(app, page);
  await paste(page, fixture(NOTICE));
  await tagLead(page);
  await chipsNamed(page, UNIT).first().waitFor();
  const first = page.getByTestId('directive-row').first();
  await first.getByTestId('confirm-directive').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="directive-row"]')?.dataset.status === 'confirmed');
  await waitForSave(page);
  const beforeReload = await rows(page);

  await page.reload();
  await page.getByTestId('directive-row').first().waitFor();
  await page.waitForTimeout(500);
  assert.deepEqual(await rows(page), beforeReload);
  assert.equal(await page.getByTestId('notice-input').inputValue() !== '' ||
    (await page.getByTestId('notice-view').innerText()).length > 0, true, 'the notice text is gone');
  await context.close();
});

test('language switch: English and back, <html lang> follows, kept over a reload', async () => {
  const context = await app.newContext();
  const page = await app.newPage(context);
  await openApp(app, page);
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  const viLabel = await page.getByTestId('export-json').innerText();

  await page.getByTestId('lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const enLabel = await page.getByTestId('export-json').innerText();
  assert.notEqual(enLabel, viLabel, 'the export button label did not change language');
  await shot(page, 'english');

  await page.reload();
  await page.getByTestId('notice-input').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en', 'the language choice was not kept');

  await page.getByTestId('lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'vi');
  assert.equal(await page.getByTestId('export-json').innerText(), viLabel);
  await context.close();
});

test('renaming a unit in one task offers to rename it in the notice\'s other tasks, in one undo step', async () => {
  const page = await app.newPage();
  await openApp(app, page);
  await paste(page, [
    'THÔNG BÁO',
    'Kết luận của Trưởng phòng tại cuộc họp giao ban ngày 02/12/2026.',
    '1. Giao Tổ Tài vụ rà soát kinh phí trước ngày 15/12/2026.',
    '2. Giao Tổ Tài vụ tổng hợp báo cáo quyết toán trước ngày 20/12/2026.',
    '3. Giao Tổ Tài vụ phối hợp với Văn phòng kiểm kê tài sản.',
  ].join('\n'), { minRows: 3 });
  const names = () => page.getByTestId('owner-chip').evaluateAll((els) => els.map((e) => e.dataset.name));
  const rename = async (from, to) => {
    await chipsNamed(page, from).first().locator('.chip-main').click();
    const input = page.getByTestId('owner-name-input');
    await input.fill(to);
    await page.getByTestId('owner-save').click();
  };
  assert.deepEqual(await names(), ['Tổ Tài vụ', 'Tổ Tài vụ', 'Tổ Tài vụ', 'Văn phòng']);

  await rename('Tổ Tài vụ', 'Bộ phận Kế toán');
  const offer = page.getByTestId('rename-offer');
  await offer.waitFor();
  // On the screen where the user renamed, however far down the page that was.
  const box = await offer.boundingBox();
  const vh = page.viewportSize().height;
  assert.ok(box && box.y >= 0 && box.y + box.height <= vh, `the offer is off screen: ${JSON.stringify(box)}`);
  assert.match(await offer.innerText(), /“Tổ Tài vụ” còn ở 2 chỗ khác.*“Bộ phận Kế toán”/);
  assert.deepEqual(await names(), ['Bộ phận Kế toán', 'Tổ Tài vụ', 'Tổ Tài vụ', 'Văn phòng']);
  // Answered from the keyboard, the offer goes and the focus is back on the task renamed in.
  await page.getByTestId('rename-all').focus();
  await page.keyboard.press('Enter');
  await offer.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.testid), 'directive-row');
  assert.match(await page.evaluate(() => document.activeElement.innerText), /rà soát kinh phí/);
  assert.deepEqual(await names(), ['Bộ phận Kế toán', 'Bộ phận Kế toán', 'Bộ phận Kế toán', 'Văn phòng']);
  // One undo step takes back the others, not the one the user renamed.
  await page.getByTestId('undo').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="owner-chip"][data-name="Tổ Tài vụ"]').length === 2);
  assert.deepEqual(await names(), ['Bộ phận Kế toán', 'Tổ Tài vụ', 'Tổ Tài vụ', 'Văn phòng']);

  // Declined: nothing else changes; a unit named once only gets no offer.
  await rename('Tổ Tài vụ', 'Tổ Kế toán');
  await offer.waitFor();
  await page.getByTestId('dismiss-rename').click();
  await offer.waitFor({ state: 'detached' });
  assert.deepEqual(await names(), ['Bộ phận Kế toán', 'Tổ Kế toán', 'Tổ Tài vụ', 'Văn phòng']);
  await rename('Văn phòng', 'Văn phòng Phòng');
  await chipsNamed(page, 'Văn phòng Phòng').waitFor();
  assert.equal(await offer.count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('no request left 127.0.0.1', () => {
  assert.deepEqual(app.foreign(), []);
});
