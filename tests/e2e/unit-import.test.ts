import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchBrowser, saveScreenshot } from './helpers/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('unit import in the browser', () => {
  it('checks a CSV with a bad row, lists the row error, then imports a corrected file', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const consoleErrors = collectConsoleErrors(page);
    await page.goto(`${inject('baseUrl')}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill(inject('demoPassword'));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText(/Xin chào/).waitFor();
    await page.getByRole('menuitem', { name: 'Đơn vị', exact: true }).click();
    await page.getByRole('button', { name: 'Nhập từ tệp' }).click();

    const header = 'code,name,kind,parent_code,type_label,short_name,valid_from';
    const file = (rows: string[]) => ({
      name: 'don-vi.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from([header, ...rows].join('\n')),
    });
    const dialog = page.getByRole('dialog');
    await dialog
      .locator('input[type=file]')
      .setInputFiles(
        file([
          'E2E1,Xã Thử Nhập,commune,443,Xã,,2021-01-01',
          'E2E2,Xã Sai,planet,443,Xã,,2021-01-01',
        ]),
      );
    await dialog.getByRole('button', { name: 'Kiểm tra' }).click();
    const errors = dialog.getByRole('table', { name: 'Lỗi theo dòng' });
    await errors.waitFor();
    expect(await errors.textContent()).toContain('kind');
    await expect(dialog.getByRole('button', { name: 'Nhập' }).isDisabled()).resolves.toBe(true);
    await saveScreenshot(page, 'unit-import-errors');

    await dialog
      .locator('input[type=file]')
      .setInputFiles(file(['E2E1,Xã Thử Nhập,commune,443,Xã,,2021-01-01']));
    await dialog.getByRole('button', { name: 'Kiểm tra' }).click();
    await dialog.getByText('Tệp hợp lệ: khi nhập sẽ thêm mới 1, cập nhật 0 đơn vị.').waitFor();
    await dialog.getByRole('button', { name: 'Nhập' }).click();
    await dialog.getByText('Đã nhập xong: thêm mới 1, cập nhật 0 đơn vị.').waitFor();
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
