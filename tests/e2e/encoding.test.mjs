// Legacy encodings (issue 9, item 4): a notice typed in a .VnTime font (TCVN3), pasted with a
// real Ctrl+V, is converted to Unicode; the message says so, and "Hoàn tác" puts back the text
// exactly as pasted.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openApp, paste, shot, startApp } from './helpers.mjs';

// U+00AD is TCVN3's ư.
const TCVN3 = [
  'UBND QUËN HAI Bµ TR¦NG',
  'PHßNG GI¸O DôC Vµ §µO T¹O',
  'Sè: 125/TB-PGD§T',
  'Hai Bµ Tr\u00ADng, ngµy 10 th¸ng 11 n¨m 2023',
  'TH¤NG B¸O',
  'KÕt luËn cña Tr\u00ADëng phßng t¹i cuéc häp giao ban th¸ng 11 n¨m 2023',
  '1. Phßng Gi¸o dôc vµ §µo t¹o ®Ò nghÞ c¸c tr\u00ADêng THCS b¸o c¸o tr\u00ADíc ngµy 20/11/2023.',
  '2. Giao c¸c tr\u00ADêng tiÓu häc hoµn thµnh kÕ ho¹ch d¹y häc tr\u00ADíc ngµy 30/11/2023.',
  'N¬i nhËn:',
  '- C¸c tr\u00ADêng THCS;',
  'TR¦ëNG PHßNG',
  'NguyÔn V¨n An',
  '',
].join('\n');
const SENTENCE = 'Phòng Giáo dục và Đào tạo đề nghị các trường THCS báo cáo trước ngày 20/11/2023';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('a TCVN3 paste is converted, said so, and undone on request', async () => {
  const page = await app.newPage();
  await openApp(app, page);
  await paste(page, TCVN3, { clipboard: true });
  const input = page.getByTestId('notice-input');
  const message = page.getByTestId('message');
  await message.filter({ hasText: 'Văn bản dùng bảng mã TCVN3, đã chuyển sang Unicode' }).waitFor();
  assert.ok((await input.inputValue()).includes(SENTENCE));
  assert.ok((await page.getByTestId('notice-view').innerText()).includes(SENTENCE));
  await shot(page, 'encoding-converted');

  await page.getByTestId('undo-conversion').click();
  await page.waitForFunction((t) => document.querySelector('[data-testid="notice-input"]').value === t, TCVN3);
  await page.getByTestId('notice-view').filter({ hasText: 'Phßng Gi¸o dôc' }).waitFor();
  assert.equal(await page.getByTestId('undo-conversion').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a paste from Word is read from its HTML: list numbers, table cells and a .VnTime run kept', async () => {
  const page = await app.newPage();
  await openApp(app, page);
  // What Word puts on the clipboard beside the plain text: automatic list numbers are only in the
  // HTML (an <ol> here), one run is set in .VnTime (TCVN3), the header is a two-column table.
  const html = [
    '<html><head><style>p.MsoNormal { margin: 0 }</style></head><body>',
    '<table><tr><td><p>SỞ GIÁO DỤC VÀ ĐÀO TẠO</p></td><td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p></td></tr>',
    '<tr><td><p>Số: 12/TB-SGDĐT</p></td><td><p>Hà Nội, ngày 10 tháng 11 năm 2023</p></td></tr></table>',
    '<p>THÔNG BÁO</p><p>Kết luận của Giám đốc Sở tại cuộc họp giao ban</p>',
    '<ol><li>Giao <span style=\'font-family:".VnTime"\'>Phßng Gi¸o dôc Trung häc</span> báo cáo trước ngày 20/11/2023.</li>',
    '<li>Giao Văn phòng Sở tổng hợp trước ngày 25/11/2023.</li></ol></body></html>',
  ].join('');
  const plain = 'SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTHÔNG BÁO\nGiao Phßng Gi¸o dôc Trung häc báo cáo trước ngày 20/11/2023.\nGiao Văn phòng Sở tổng hợp trước ngày 25/11/2023.\n';
  const { origin } = new URL(page.url());
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.evaluate(async ([h, t]) => {
    await navigator.clipboard.write([new ClipboardItem({
      'text/html': new Blob([h], { type: 'text/html' }),
      'text/plain': new Blob([t], { type: 'text/plain' }),
    })]);
  }, [html, plain]);
  // (Chromium parses the HTML written to the clipboard in this page, whose policy forbids inline
  // styles: the console says so. Only what happens from the paste on counts.)
  const errorsBefore = page.errors.length;
  const input = page.getByTestId('notice-input');
  await input.focus();
  await page.keyboard.press('Control+V');
  await page.getByTestId('directive-row').nth(1).waitFor();
  const area = await input.inputValue();
  assert.ok(area.includes('1. Giao Phòng Giáo dục Trung học báo cáo trước ngày 20/11/2023.'), area);
  assert.ok(area.includes('SỞ GIÁO DỤC VÀ ĐÀO TẠO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), area);
  const rows = await page.getByTestId('directive-row').allInnerTexts();
  assert.ok(rows[0].includes('Phòng Giáo dục Trung học'), rows[0]);
  await shot(page, 'paste-from-word');
  assert.deepEqual(page.errors.slice(errorsBefore), []);
  await page.context().close();
});

test('no request left 127.0.0.1', () => {
  assert.deepEqual(app.foreign(), []);
});
