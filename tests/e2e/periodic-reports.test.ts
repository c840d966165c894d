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
  await page.getByRole('menuitem', { name: 'Báo cáo định kỳ' }).waitFor();
}

async function api(username: string, method: string, path: string, body?: object) {
  const login = await fetch(`${inject('baseUrl')}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: inject('demoPassword') }),
  });
  const { token } = (await login.json()) as { token: string };
  const response = await fetch(`${inject('baseUrl')}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return response.json();
}

/** Figures Sở Tư pháp types in for Q4 2021 (the one-stop and plan figures come prefilled). */
const typed: Record<string, number> = {
  NDD_CHI_DAO: 1,
  KT_TONG_DV: 5,
  KT_DA_KT: 2,
  KT_KE_HOACH: 1,
  VB_QPPL_TONG: 3,
  VB_QPPL_DAT: 3,
  TC_RA_SOAT: 1,
  VTVL_TY_LE: 98,
  TD_MOI: 1,
  TD_TINH_GIAN: 4,
  DT_KE_HOACH: 12,
  DT_DA_CU: 11,
  CD_PHAI: 3,
  CD_DA: 3,
  HS_TONG: 12,
  VB_DI_TONG: 1500,
  VB_DI_DIEN_TU: 1490,
  BC_TONG: 12,
  BC_TRUC_TUYEN: 7,
  KTR_TONG: 6,
  KTR_SO: 2,
  ISO_AP_DUNG: 1,
  QT_TONG: 120,
  QT_SOAT_XET: 118,
};

const figure = (page: Page, code: string) => page.getByLabel(code, { exact: true });

describe('a quarterly report, end to end', () => {
  it('Sở Tư pháp fills and sends, Sở Nội vụ returns, the unit corrects and resends, Sở Nội vụ approves', async () => {
    // Q4 2021 is long past due in the demo: Sở Nội vụ opens it for Sở Tư pháp first.
    const forms = await api('snv', 'GET', '/api/report-forms?year=2021');
    const granted = await api('snv', 'POST', '/api/periodic-reports/exceptions', {
      formId: forms.items[0].id,
      unitCode: 'STP',
      period: '2021Q4',
      until: '2099-12-31',
      reason: 'Kiểm thử giao diện',
    });
    expect(granted.until).toBe('2099-12-31');

    const officer = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const officerErrors = collectConsoleErrors(officer);
    await signIn(officer, 'sotuphap');
    await officer.getByRole('menuitem', { name: 'Báo cáo định kỳ' }).click();
    await officer.getByRole('tab', { name: 'Cần lập' }).waitFor();
    await officer.getByLabel('Kỳ báo cáo').click();
    await officer.getByTitle('2021Q4').click();
    await officer
      .getByRole('row')
      .filter({ hasText: 'Quý IV năm 2021' })
      .getByRole('button', { name: 'Lập báo cáo' })
      .click();
    await officer.getByText('Quý IV năm 2021', { exact: false }).first().waitFor();
    await officer.getByText('Điền sẵn từ hệ thống một cửa').first().waitFor();
    await officer.getByText('Điền sẵn từ kế hoạch CCHC').first().waitFor();

    for (const [code, value] of Object.entries(typed))
      await figure(officer, code).fill(String(value));
    // On time above received (0 here: no dossier in the demo window) is refused as it is typed.
    await figure(officer, 'OS_ON_TIME').fill('1');
    await officer.locator('[data-problem="OS_ON_TIME"]').waitFor();
    expect(await officer.locator('[data-problem="OS_ON_TIME"]').textContent()).toContain(
      'Không được lớn hơn Số hồ sơ tiếp nhận trên hệ thống một cửa',
    );
    await figure(officer, 'VTVL_TY_LE').fill('101');
    await officer.getByText('Tỷ lệ phải từ 0 đến 100%').waitFor();
    await saveScreenshot(officer, 'periodic-report-validation');
    await figure(officer, 'OS_ON_TIME').fill('0');
    await figure(officer, 'VTVL_TY_LE').fill('98');
    for (const section of ['I', 'II', 'III', 'IV', 'V'])
      await officer
        .getByLabel(`Mục ${section}`, { exact: true })
        .fill(`Nội dung mục ${section} của Sở Tư pháp, quý IV năm 2021.`);
    await officer.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await officer.getByText('Đã gửi báo cáo lên cấp trên.').waitFor();
    await officer.getByText('Đã gửi, chờ duyệt').first().waitFor();
    await saveScreenshot(officer, 'periodic-report-submitted');
    const reportUrl = officer.url();

    const reviewer = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const reviewerErrors = collectConsoleErrors(reviewer);
    await signIn(reviewer, 'snv');
    await reviewer.getByRole('menuitem', { name: 'Báo cáo định kỳ' }).click();
    await reviewer.getByRole('tab', { name: 'Cần duyệt' }).click();
    await reviewer.getByRole('row').filter({ hasText: 'Thị trấn Nghèn' }).waitFor();
    await saveScreenshot(reviewer, 'periodic-report-inbox');
    await reviewer.getByLabel('Kỳ báo cáo').click();
    await reviewer.getByTitle('2021Q4').click();
    await reviewer
      .getByRole('row')
      .filter({ hasText: 'Quý IV năm 2021' })
      .getByRole('link', { name: 'Xem xét' })
      .click();
    await reviewer.getByRole('button', { name: 'Trả lại' }).click();
    await reviewer
      .getByLabel('Ý kiến trả lại')
      .fill('Đề nghị bổ sung số văn bản QPPL đã rà soát tại mục II.');
    await reviewer.getByRole('dialog').getByRole('button', { name: 'Trả lại' }).click();
    await reviewer.getByText('Đã trả lại báo cáo.').waitFor();
    await saveScreenshot(reviewer, 'periodic-report-returned');

    await officer.goto(reportUrl);
    await officer.getByText('Cấp trên trả lại báo cáo').waitFor();
    await officer
      .getByText('Đề nghị bổ sung số văn bản QPPL đã rà soát tại mục II.')
      .first()
      .waitFor();
    await figure(officer, 'VB_QPPL_TONG').fill('4');
    await figure(officer, 'VB_QPPL_DAT').fill('4');
    await officer
      .getByLabel('Mục II', { exact: true })
      .fill('Rà soát 4 văn bản QPPL; kết quả cải cách theo từng lĩnh vực.');
    await officer.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await officer.getByText('Đã gửi báo cáo lên cấp trên.').waitFor();

    await reviewer.reload();
    await reviewer.getByRole('button', { name: 'Duyệt báo cáo' }).click();
    await reviewer.getByText('Đã duyệt báo cáo.').waitFor();
    await reviewer.getByText('Đã duyệt').first().waitFor();
    await reviewer.getByRole('button', { name: 'Lịch sử VB_QPPL_TONG' }).click();
    await reviewer
      .getByText('(điền sẵn)')
      .or(reviewer.getByText('sotuphap:').first())
      .first()
      .waitFor();
    await saveScreenshot(reviewer, 'periodic-report-approved');

    await reviewer.goto(`${inject('baseUrl')}/bao-cao?tab=tinh-hinh`);
    await reviewer.getByRole('table', { name: 'Tình hình gửi báo cáo' }).waitFor();
    await reviewer.getByText('Sở Tư pháp').first().waitFor();
    await reviewer.getByLabel('Kỳ tổng hợp').waitFor();
    await saveScreenshot(reviewer, 'periodic-report-completeness');
    await reviewer.goto(`${inject('baseUrl')}/bao-cao?tab=mau`);
    await reviewer.getByText('Sửa mẫu BC-CCHC-2021').waitFor();
    await saveScreenshot(reviewer, 'periodic-report-forms');

    expect(officerErrors).toEqual([]);
    expect(reviewerErrors).toEqual([]);
    await officer.close();
    await reviewer.close();
    // A whole quarter with two browsers; the machine is shared, so more than the default minute.
  }, 180_000);
});
