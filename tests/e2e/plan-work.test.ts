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

describe('my tasks, evidence and the official report', () => {
  it('Sở Tư pháp reports progress with a PDF from "Việc của tôi" and downloads its quarterly report', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const consoleErrors = collectConsoleErrors(page);
    await signIn(page, 'sotuphap');
    await page.getByText(/Xin chào/).waitFor();
    await page.getByRole('menuitem', { name: 'Việc của tôi' }).click();
    await page.getByRole('heading', { name: 'Việc của tôi' }).waitFor();
    const table = page.getByRole('table', { name: 'Việc của tôi' });
    await table.getByRole('button', { name: 'Cập nhật' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tỷ lệ hoàn thành (%)').fill('50');
    await dialog.getByLabel('Ghi chú').fill('Đã ban hành văn bản hướng dẫn');
    await dialog.locator('input[type=file]').setInputFiles({
      name: 'van-ban-huong-dan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await dialog.getByText('van-ban-huong-dan.pdf').waitFor();
    await saveScreenshot(page, 'task-progress-evidence');
    await dialog.getByRole('button', { name: 'Cập nhật' }).click();
    await page.getByText('Đã cập nhật tiến độ.').waitFor();
    await table.getByRole('button', { name: 'Cập nhật' }).first().click();
    await page
      .getByRole('dialog')
      .getByRole('link', { name: /van-ban-huong-dan\.pdf/ })
      .waitFor();
    await page.keyboard.press('Escape');

    await page.getByRole('menuitem', { name: 'Kế hoạch CCHC' }).click();
    // "Việc của tôi" lists 513/KH-UBND in its rows: wait for the plan page's own header.
    await page.getByRole('heading', { level: 2, name: 'Kế hoạch CCHC' }).waitFor();
    await page.getByText('513/KH-UBND', { exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Báo cáo' }).click();
    await page.getByRole('link', { name: /Tải báo cáo/ }).waitFor();
    await saveScreenshot(page, 'plan-report-panel');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Tải báo cáo/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('bao-cao-cchc-STP-2021Q1.docx');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
