import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchBrowser, saveScreenshot } from './helpers/browser';

/**
 * The one-stop journey of issue 4 "Done when": a commune clerk receives a dossier and prints the
 * receipt (Mẫu 01 with the QR lookup), hands it to a processing officer, who asks for a
 * supplement; the clerk records it, the officer records the result, the clerk returns it, and the
 * citizen — no account — looks it up on /tra-cuu and rates it. Then an online submission that
 * the desk accepts.
 */
let browser: Browser;
const officer = { username: 'xulynghen', password: 'Xu-ly-nghen-2021' };
const phone = '0912 468 024';

async function apiAs(username: string, password: string) {
  const base = inject('baseUrl');
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const { token } = (await login.json()) as { token: string };
  return (method: string, path: string, body?: unknown) =>
    fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
}

beforeAll(async () => {
  browser = await launchBrowser();
  // A processing officer of Thị trấn Nghèn (the demo has none below the district).
  const admin = await apiAs('admin', inject('demoPassword'));
  const created = await admin('POST', '/api/users', {
    username: officer.username,
    fullName: 'Lê Văn Xử',
    password: officer.password,
    roles: [{ role: 'processing_officer', unitCode: '18406' }],
  });
  expect(created.status).toBe(201);
});
afterAll(() => browser?.close());

async function signIn(page: Page, username: string, password = inject('demoPassword')) {
  await page.goto(`${inject('baseUrl')}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText(/Xin chào/).waitFor();
  await page.getByRole('menuitem', { name: 'Một cửa', exact: true }).click();
}

async function pickOption(page: Page, text: RegExp): Promise<void> {
  await page.locator('.ant-select-item-option', { hasText: text }).first().click();
}

async function confirmModal(page: Page, name: string): Promise<void> {
  const modal = page.locator('.ant-modal');
  await modal.getByRole('button', { name }).click();
  await modal.waitFor({ state: 'detached' });
}

/** Opens a dossier from a list tab of /mot-cua. */
async function openDossier(page: Page, tab: string, code: string) {
  await page.getByRole('tab', { name: tab, exact: tab === 'Hồ sơ' }).click();
  // Inactive panes are aria-hidden, which getByRole leaves out.
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('cell', { name: code }).click();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByText(`Hồ sơ ${code}`).first().waitFor();
  return drawer;
}

/**
 * Closes the dossier drawer. On a loaded machine a click that lands while the drawer is still
 * re-rendering after a dialog can be lost (seen once in CI); the close is tried again, and the
 * drawer must still end up closed.
 */
async function closeDrawer(page: Page) {
  const drawer = page.locator('.ant-drawer.ant-drawer-open');
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await page.locator('.ant-drawer-open .ant-drawer-close').click();
    try {
      await drawer.waitFor({ state: 'hidden', timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

describe('one-stop journey', () => {
  it('counter → receipt PDF → officer → supplement → result → return → citizen rates', async () => {
    const clerkPage = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const clerkErrors = collectConsoleErrors(clerkPage);
    await signIn(clerkPage, 'motcuaxa');
    const procedure = clerkPage.getByLabel('Thủ tục hành chính');
    await procedure.click();
    await procedure.fill('1.000689');
    await pickOption(clerkPage, /^1\.000689 — /);
    await clerkPage.getByLabel('Họ tên người nộp').fill('Nguyễn Văn Bình');
    await clerkPage.getByLabel('Số điện thoại').fill(phone);
    await clerkPage.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
    const title = clerkPage.getByText(/^Đã tiếp nhận hồ sơ /);
    await title.waitFor();
    const code = ((await title.textContent()) ?? '').replace('Đã tiếp nhận hồ sơ ', '').trim();
    expect(code).toMatch(/^18406-\d{6}-\d{4}$/);

    // The receipt: a PDF whose QR code links to the public lookup of this dossier.
    const href = await clerkPage
      .getByRole('link', { name: /In giấy tiếp nhận \(Mẫu 01\)/ })
      .getAttribute('href');
    const pdf = await clerkPage.request.get(`${inject('baseUrl')}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const pdfText = (await pdf.body()).toString('latin1');
    expect(pdfText.startsWith('%PDF')).toBe(true);
    expect(pdfText).toContain(`/tra-cuu?ma=${code}`);
    await saveScreenshot(clerkPage, 'journey-1-received');

    // Hand over to the commune's processing officer.
    let drawer = await openDossier(clerkPage, 'Hồ sơ', code);
    await drawer.getByRole('button', { name: 'Chuyển hồ sơ' }).click();
    const modal = clerkPage.locator('.ant-modal');
    const unit = modal.getByLabel('Chuyển đến đơn vị');
    await unit.click();
    await unit.fill('18406');
    await pickOption(clerkPage, /18406/);
    await modal.getByLabel('Giao cho cán bộ xử lý').click();
    await pickOption(clerkPage, /Lê Văn Xử \(xulynghen\)/);
    await confirmModal(clerkPage, 'Chuyển hồ sơ');
    await drawer.getByText('Giao cho: xulynghen').waitFor();
    await drawer
      .getByText(/Hạn bước:/)
      .first()
      .waitFor();
    await saveScreenshot(clerkPage, 'journey-2-handed-over');
    await closeDrawer(clerkPage);

    // The officer finds it under "Hồ sơ của tôi" and asks for a supplement.
    const officerContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const officerPage = await officerContext.newPage();
    const officerErrors = collectConsoleErrors(officerPage);
    await signIn(officerPage, officer.username, officer.password);
    await officerPage.getByRole('tab', { name: /Hồ sơ của tôi \(1\)/ }).waitFor();
    drawer = await openDossier(officerPage, 'Hồ sơ của tôi', code);
    await drawer.getByRole('button', { name: 'Yêu cầu bổ sung hồ sơ' }).click();
    await officerPage
      .locator('.ant-modal')
      .getByLabel(/Giấy tờ cần bổ sung/)
      .fill('Bản sao giấy chứng sinh');
    await officerPage.locator('.ant-modal').getByLabel('Lý do').fill('Thiếu giấy chứng sinh');
    await confirmModal(officerPage, 'Yêu cầu bổ sung hồ sơ');
    await drawer.getByText('Yêu cầu bổ sung giấy tờ').first().waitFor();
    await saveScreenshot(officerPage, 'journey-3-supplement-requested');
    await closeDrawer(officerPage);

    // The clerk records the supplement the citizen brought.
    await clerkPage.reload();
    drawer = await openDossier(clerkPage, 'Hồ sơ', code);
    await drawer.getByRole('button', { name: 'Nhận hồ sơ bổ sung' }).click();
    await confirmModal(clerkPage, 'Nhận hồ sơ bổ sung');
    await drawer.getByText('Đang xử lý').first().waitFor();
    await closeDrawer(clerkPage);

    // The officer records the result.
    await officerPage.reload();
    drawer = await openDossier(officerPage, 'Hồ sơ của tôi', code);
    await drawer.getByRole('button', { name: 'Ghi nhận kết quả' }).click();
    await confirmModal(officerPage, 'Ghi nhận kết quả');
    await drawer.getByText('Đã xử lý xong').first().waitFor();
    await saveScreenshot(officerPage, 'journey-4-finished');

    // The clerk returns the result.
    await clerkPage.reload();
    drawer = await openDossier(clerkPage, 'Hồ sơ', code);
    await drawer.getByRole('button', { name: 'Trả kết quả' }).click();
    await confirmModal(clerkPage, 'Trả kết quả');
    await drawer.getByText('Đã trả kết quả').first().waitFor();
    await saveScreenshot(clerkPage, 'journey-5-returned');
    await closeDrawer(clerkPage);
    // The at-risk / overdue board, per unit and officer.
    await clerkPage.getByRole('tab', { name: /Sắp đến hạn \/ Quá hạn/ }).click();
    await clerkPage.getByText('Đơn vị đang giữ hồ sơ').waitFor();
    await clerkPage.getByText('Đang tải…').first().waitFor({ state: 'hidden' });
    await saveScreenshot(clerkPage, 'journey-5b-due-board');

    // The citizen: a fresh browser context, no session.
    const citizenContext = await browser.newContext({ viewport: { width: 800, height: 1000 } });
    const citizen = await citizenContext.newPage();
    const citizenErrors = collectConsoleErrors(citizen);
    await citizen.goto(`${inject('baseUrl')}/tra-cuu?ma=${code}`);
    await citizen.getByLabel('4 số cuối điện thoại').fill('8024');
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
    await citizen.getByText('Đã trả kết quả').first().waitFor();
    // Nothing personal beyond the masked name.
    expect(await citizen.getByText('Nguyễn Văn Bình').count()).toBe(0);
    await citizen.getByRole('radio', { name: 'Rất hài lòng' }).check();
    await citizen.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await citizen.getByText('Cảm ơn ông/bà đã đánh giá.').waitFor();
    await saveScreenshot(citizen, 'journey-6-citizen-rated');

    expect(clerkErrors).toEqual([]);
    expect(officerErrors).toEqual([]);
    expect(citizenErrors).toEqual([]);
    await citizenContext.close();
    await officerContext.close();
    await clerkPage.close();
  });

  it('a citizen submits online; the desk sees it and accepts it', async () => {
    const citizenContext = await browser.newContext({ viewport: { width: 800, height: 1100 } });
    const citizen = await citizenContext.newPage();
    const citizenErrors = collectConsoleErrors(citizen);
    await citizen.goto(`${inject('baseUrl')}/tra-cuu`);
    await citizen.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
    const procedure = citizen.getByLabel('Thủ tục hành chính');
    await procedure.click();
    await procedure.fill('1.004873');
    await pickOption(citizen, /^1\.004873 — /);
    const unit = citizen.getByLabel('Nơi nộp hồ sơ');
    await unit.click();
    await unit.fill('Nghèn');
    await pickOption(citizen, /Nghèn/);
    await citizen.getByLabel('Họ tên người nộp').fill('Trần Thị Hoa');
    await citizen.getByLabel('Số điện thoại').fill('0987 111 222');
    await citizen.getByRole('button', { name: 'Gửi hồ sơ' }).click();
    const done = citizen.getByText(/^Đã gửi hồ sơ /);
    await done.waitFor();
    const code = ((await done.textContent()) ?? '').replace('Đã gửi hồ sơ ', '').trim();
    expect(code).toMatch(/^18406-\d{6}-\d{4}$/);
    await citizen
      .getByText(/4 số cuối/)
      .first()
      .waitFor();
    await saveScreenshot(citizen, 'journey-7-submitted-online');
    expect(citizenErrors).toEqual([]);
    await citizenContext.close();

    const clerkPage = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const clerkErrors = collectConsoleErrors(clerkPage);
    await signIn(clerkPage, 'motcuaxa');
    const drawer = await openDossier(clerkPage, 'Hồ sơ', code);
    await drawer.getByText('Mới đăng ký').first().waitFor();
    await drawer.getByRole('button', { name: 'Tiếp nhận hồ sơ trực tuyến' }).click();
    await confirmModal(clerkPage, 'Tiếp nhận hồ sơ trực tuyến');
    await drawer.getByText('Được tiếp nhận').first().waitFor();
    await drawer.getByRole('link', { name: /Mẫu 01/ }).waitFor();
    await saveScreenshot(clerkPage, 'journey-8-online-accepted');
    expect(clerkErrors).toEqual([]);
    await clerkPage.close();
  });
});
