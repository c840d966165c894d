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

describe('working-time calendar', () => {
  it('shows a district officer the 2021 holidays and the due date of a dossier received 15:01 on Friday 05/02/2021 with 3 working days: after Tết', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const consoleErrors = collectConsoleErrors(page);
    await signIn(page, 'canloc');
    await page.getByRole('menuitem', { name: 'Lịch làm việc' }).click();
    const yearInput = page.getByRole('textbox', { name: 'Năm', exact: true });
    await yearInput.click();
    await yearInput.fill('2021');
    await page.keyboard.press('Enter');
    await page.getByText('Giỗ Tổ Hùng Vương (10/3 âm lịch)').waitFor();
    expect(await page.getByText('Thứ Tư, 10/02/2021').count()).toBe(1);

    await page.getByLabel('Thời điểm tiếp nhận').click();
    await page.getByLabel('Thời điểm tiếp nhận').fill('15:01 05/02/2021');
    await page.keyboard.press('Enter');
    await page.getByLabel('Số ngày làm việc').fill('3');
    await page.getByRole('button', { name: 'Tính ngày hẹn trả' }).click();
    await page.getByRole('status').getByText('17:00 18/02/2021').waitFor();
    // Editing is for the province's administrators only.
    expect(await page.getByText('Quản trị lịch làm việc').count()).toBe(0);
    await saveScreenshot(page, 'calendar-2021');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
