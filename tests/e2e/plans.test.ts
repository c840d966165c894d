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

describe('plan overview', () => {
  it('shows a district officer plan 513/KH-UBND: header, targets with status, and its tasks', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const consoleErrors = collectConsoleErrors(page);
    await signIn(page, 'canloc');
    await page.getByText(/Xin chào/).waitFor();
    await page.getByRole('menuitem', { name: 'Kế hoạch CCHC' }).click();
    await page.getByText('513/KH-UBND').waitFor();
    await page.getByText('31/12/2020', { exact: false }).first().waitFor();
    await page.getByText(/Nguyễn Hồng Lĩnh/).waitFor();
    await page.getByText('≥ 98,5 %').waitFor();
    expect(await page.getByText('Chưa có dữ liệu').count()).toBe(28);
    await saveScreenshot(page, 'plan-targets');

    await page.getByRole('tab', { name: 'Nhiệm vụ' }).click();
    await page.getByText('Tổng số: 70').waitFor();
    await page.getByLabel('Tìm').fill('den het nam 2021');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.getByText('III.7.1.08').waitFor();
    await page.getByText('Quá hạn', { exact: true }).first().waitFor();
    await saveScreenshot(page, 'plan-tasks');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
