import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchBrowser, saveScreenshot } from './helpers/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(inject('demoPassword'));
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText(/Xin chào/).waitFor();
}

/** antd renders the visible options apart from its hidden ARIA listbox. */
async function pickOption(page: Page, text: RegExp): Promise<void> {
  await page.locator('.ant-select-item-option', { hasText: text }).first().click();
}

/**
 * Clicks the OK button of the open action modal (its text repeats the drawer's button) and waits
 * for it to close. When it stays open, the failure says what the modal shows (the server's
 * refusal, a field's message) and a screenshot keeps it.
 */
async function confirmModal(page: Page, name: string): Promise<void> {
  const modal = page.locator('.ant-modal');
  await modal.getByRole('button', { name }).click();
  try {
    await modal.waitFor({ state: 'detached' });
  } catch (error) {
    await saveScreenshot(page, 'onestop-modal-left-open');
    const shown = (await modal.allTextContents()).join(' | ');
    throw new Error(`The "${name}" modal stayed open, showing: ${shown}`, { cause: error });
  }
}

describe('one-stop desk', () => {
  it('a commune clerk receives a dossier, prints Mẫu 01, hands it over, records the result and returns it', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const consoleErrors = collectConsoleErrors(page);
    await signIn(page, 'motcuaxa');
    await page.getByRole('menuitem', { name: 'Một cửa', exact: true }).click();

    // Tiếp nhận: a commune procedure (đăng ký khai sinh kết hợp nhận cha, mẹ, con; 3 working days).
    const procedure = page.getByLabel('Thủ tục hành chính');
    await procedure.click();
    await procedure.fill('1.000689');
    await pickOption(page, /^1\.000689 — /);
    await page.getByLabel('Họ tên người nộp').fill('Nguyễn Thị Ánh');
    await page.getByLabel('Số điện thoại').fill('0912345678');
    await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
    const title = page.getByText(/^Đã tiếp nhận hồ sơ /);
    await title.waitFor();
    const code = ((await title.textContent()) ?? '').replace('Đã tiếp nhận hồ sơ ', '').trim();
    expect(code).toMatch(/^18406-\d{6}-\d{4}$/);

    const print = page.getByRole('link', { name: /In giấy tiếp nhận \(Mẫu 01\)/ });
    const href = await print.getAttribute('href');
    expect(href).toBe(`/api/onestop/dossiers/${code}/forms/01`);
    const pdf = await page.request.get(`${inject('baseUrl')}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
    await saveScreenshot(page, 'onestop-received');

    // Hồ sơ: find it, open the drawer, move it along.
    await page.getByRole('tab', { name: 'Hồ sơ', exact: true }).click();
    await page.getByLabel('Tìm hồ sơ').fill(code);
    await page.getByRole('cell', { name: code }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('Được tiếp nhận').first().waitFor();

    await drawer.getByRole('button', { name: 'Chuyển hồ sơ' }).click();
    const unit = page.locator('.ant-modal').getByLabel('Chuyển đến đơn vị');
    await unit.click();
    await unit.fill('443');
    await pickOption(page, /^Huyện Can Lộc443/);
    await confirmModal(page, 'Chuyển hồ sơ');
    await drawer.getByText('Đang xử lý').first().waitFor();

    await drawer.getByRole('button', { name: 'Ghi nhận kết quả' }).click();
    await confirmModal(page, 'Ghi nhận kết quả');
    await drawer.getByText('Đã xử lý xong').first().waitFor();

    await drawer.getByRole('button', { name: 'Trả kết quả' }).click();
    await confirmModal(page, 'Trả kết quả');
    await drawer.getByText('Đã trả kết quả').first().waitFor();
    expect(await drawer.getByText('Trả kết quả', { exact: true }).count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'onestop-returned');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
