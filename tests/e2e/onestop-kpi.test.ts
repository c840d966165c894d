import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchBrowser, saveScreenshot } from './helpers/browser';

/**
 * The unit KPI page (issue 4 "a unit's KPI page with charts"), on dossiers of 2020 imported for
 * this journey only (other journeys read 2021 and Can Lộc): 111 dossiers of Thị trấn Thạch Hà
 * (18562, Huyện Thạch Hà 445) received on four Mondays of 2020, 110 on time and one late without
 * an apology letter: 110/111 = 99,1 % on time, for the commune, the district and the province.
 */
let browser: Browser;

const mondays = ['2020-03-02', '2020-06-01', '2020-09-07', '2020-11-02'];
const plusDays = (day: string, days: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

function importRows(): string {
  const header =
    'code,procedure_code,unit_code,channel,received_at,due_at,finished_at,apology_issued_at,rating,applicant_phone';
  const rows = Array.from({ length: 111 }, (_, index) => {
    const i = index + 1;
    const day = mondays[i % 4] as string;
    const late = i === 111;
    return [
      `18562-${day.slice(2).replaceAll('-', '')}-${String(i).padStart(4, '0')}`,
      '1.004873',
      '18562',
      i % 3 === 0 ? 'online' : 'counter',
      `${day}T08:00:00+07:00`,
      `${plusDays(day, 3)}T17:00:00+07:00`,
      `${plusDays(day, late ? 4 : 1)}T08:00:00+07:00`,
      '',
      i <= 40 ? (i % 10 === 0 ? 3 : 5) : '',
      '',
    ].join(',');
  });
  return [header, ...rows].join('\n');
}

beforeAll(async () => {
  browser = await launchBrowser();
  const base = inject('baseUrl');
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: inject('demoPassword') }),
  });
  const { token } = (await login.json()) as { token: string };
  const imported = await fetch(`${base}/api/onestop/dossiers/import`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    body: importRows(),
  });
  expect(imported.status, await imported.text()).toBe(200);
});
afterAll(() => browser?.close());

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(inject('demoPassword'));
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

describe('one-stop KPI page', () => {
  it('shows Sở Nội vụ the province figures and trend, and drills into a district and its dossiers', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const consoleErrors = collectConsoleErrors(page);
    await signIn(page, 'snv');
    // Province roles may land on the steering dashboard (issue 5): go by the menu either way.
    await page.getByRole('menuitem', { name: 'Chỉ số một cửa' }).click();
    await page.getByRole('heading', { name: 'Chỉ số một cửa' }).waitFor();
    await page.getByLabel('Năm').click();
    await page.getByTitle('2020', { exact: true }).click();
    await page
      .getByText('hồ sơ tiếp nhận từ 01/01/2020 đến 31/12/2020', { exact: false })
      .waitFor();

    // The card of the province's on-time rate, in Vietnamese format.
    const onTimeCard = page.locator('.ant-card').filter({ hasText: 'Tỷ lệ giải quyết đúng hạn' });
    await expect.poll(() => onTimeCard.textContent()).toContain('99,1 %');
    expect(await page.locator('canvas').count()).toBeGreaterThanOrEqual(2);
    const district = page.getByRole('row').filter({ hasText: 'Huyện Thạch Hà' });
    await expect.poll(() => district.textContent()).toContain('99,1 %');
    await saveScreenshot(page, 'onestop-kpi-province');

    await district.getByRole('button', { name: 'Huyện Thạch Hà' }).click();
    await page.getByRole('button', { name: 'Tỉnh Hà Tĩnh' }).waitFor();
    const commune = page.getByRole('row').filter({ hasText: 'Thị trấn Thạch Hà' });
    await expect.poll(() => commune.textContent()).toContain('99,1 %');
    await saveScreenshot(page, 'onestop-kpi-district');

    // The dossier behind "overdue without apology".
    await commune.getByRole('button', { name: '1', exact: true }).last().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('18562-201102-0111').waitFor();
    await saveScreenshot(page, 'onestop-kpi-dossiers');
    await dialog.getByRole('button', { name: /close|đóng/i }).click();

    await page.getByRole('button', { name: 'Tỉnh Hà Tĩnh' }).click();
    await page.getByRole('row').filter({ hasText: 'Huyện Can Lộc' }).waitFor();

    // A deep link (as the dashboard gives) opens a unit and a quarter: 27/28 on time in Q4.
    await page.goto(`${inject('baseUrl')}/mot-cua/chi-so?unit=445&year=2020&quarter=4`);
    await page
      .getByText('hồ sơ tiếp nhận từ 01/10/2020 đến 31/12/2020', { exact: false })
      .waitFor();
    await expect.poll(() => onTimeCard.textContent()).toContain('96,43 %');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
