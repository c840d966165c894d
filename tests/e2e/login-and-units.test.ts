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
}

describe('browser journeys', () => {
  it('refuses a wrong password with the server’s Vietnamese message', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseUrl')}/dang-nhap`);
    await page.getByLabel('Tên đăng nhập').fill('snv');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-1');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng').waitFor();
    await saveScreenshot(page, 'login-refused');
    await page.close();
  });

  it('signs in, opens "Đơn vị" from the menu, finds Can Lộc without diacritics and opens a commune', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const consoleErrors = collectConsoleErrors(page);
    await signIn(page, 'snv');
    await page.getByText(/Xin chào/).waitFor();
    await saveScreenshot(page, 'home');

    await page.getByRole('menuitem', { name: 'Đơn vị', exact: true }).click();
    await page.getByLabel('Tìm đơn vị').fill('can loc');
    // The province tree also shows Can Lộc: wait until the search results have replaced it.
    await page.getByRole('status').filter({ hasText: 'Tìm thấy 1 đơn vị' }).waitFor();
    await page.getByRole('button', { name: 'Mở rộng Huyện Can Lộc' }).first().click();
    await page.getByText('Thị trấn Nghèn').first().click();
    const detail = page.getByTestId('unit-detail');
    await detail.getByText('18406').waitFor();
    expect(await detail.textContent()).toContain('Thị trấn Nghèn');
    expect(await detail.textContent()).toContain('Huyện Can Lộc');
    await saveScreenshot(page, 'units-can-loc');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows a district officer only the menu entries the role can use', async () => {
    const page = await browser.newPage();
    await signIn(page, 'canloc');
    await page.getByText(/Xin chào/).waitFor();
    await expect(page.getByRole('menuitem', { name: 'Đơn vị', exact: true }).count()).resolves.toBe(
      1,
    );
    await expect(page.getByRole('menuitem', { name: 'Người dùng' }).count()).resolves.toBe(0);
    await expect(page.getByRole('menuitem', { name: 'Nhật ký' }).count()).resolves.toBe(0);
    await page.close();
  });
});
