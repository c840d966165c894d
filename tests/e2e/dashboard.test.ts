import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectConsoleErrors, launchBrowser, saveScreenshot } from './helpers/browser';

/**
 * The steering dashboard and the public scoreboard (issue 5): Sở Nội vụ lands on plan
 * 513/KH-UBND with its thresholds, drills from the province down to a commune and one of its
 * dossiers; citizens open /cong-khai without an account; axe-core finds no serious or critical
 * problem on either page.
 */
let browser: Browser;
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Three 2021 dossiers of Thị trấn Nghèn (18406, under Can Lộc): on time, late, still open. */
const dossierCsv = [
  'code,procedure_code,unit_code,channel,received_at,due_at,finished_at,apology_issued_at,rating,applicant_phone',
  '18406-210304-0001,1.000689,18406,online,2021-03-04T08:00:00+07:00,2021-03-09T17:00:00+07:00,2021-03-08T10:00:00+07:00,,5,0912 000 001',
  '18406-210305-0001,1.000689,18406,counter,2021-03-05T08:00:00+07:00,2021-03-10T17:00:00+07:00,2021-03-15T10:00:00+07:00,,2,0912 000 002',
  '18406-210510-0001,1.000689,18406,counter,2021-05-10T08:00:00+07:00,2021-05-13T17:00:00+07:00,,,,0912 000 003',
].join('\n');

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
    body: dossierCsv,
  });
  expect(imported.status, await imported.text()).toBeLessThan(300);
});
afterAll(() => browser?.close());

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto(`${inject('baseUrl')}/dang-nhap`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(inject('demoPassword'));
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** axe-core's serious and critical findings on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: () => Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.targets.slice(0, 3).join(', ')}`);
}

describe('steering dashboard', () => {
  it('shows Sở Nội vụ plan 513/KH-UBND with its thresholds and drills down to a dossier', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const consoleErrors = collectConsoleErrors(page);
    await signIn(page, 'snv');
    await page.getByRole('heading', { name: 'Điều hành cải cách hành chính' }).waitFor();
    await page.getByText('513/KH-UBND', { exact: false }).first().waitFor();
    // T05a: at least 98,5 % of dossiers resolved on time, in Vietnamese number format.
    // The threshold cell of T05a's row (the rule under "Cách đánh giá" repeats it, folded).
    const t05a = page
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'T05a', exact: true }) });
    await t05a.getByText('≥ 98,5 %', { exact: true }).waitFor();
    await page.getByRole('img', { name: /theo quý năm 2021/ }).waitFor();
    await page.locator('canvas').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'dashboard-landing');

    // League table → Can Lộc → its communes → Thị trấn Nghèn's dossiers → one dossier.
    await page.getByRole('link', { name: 'Bảng xếp hạng đơn vị' }).click();
    await page.getByRole('heading', { name: 'Xếp hạng đơn vị' }).waitFor();
    const table = page.getByRole('table').first();
    await table.getByRole('link', { name: 'Huyện Can Lộc' }).click();
    await page.getByRole('heading', { name: /Tỷ lệ hồ sơ đúng hạn — Huyện Can Lộc/ }).waitFor();
    const nghen = page.getByRole('row', { name: /Thị trấn Nghèn/ });
    // 1 of 2 finished on time: 50 %.
    await nghen.getByText('50 %').waitFor();
    await saveScreenshot(page, 'dashboard-league-district');
    await nghen.getByRole('button', { name: 'Hồ sơ của Thị trấn Nghèn' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByRole('link', { name: '18406-210305-0001' }).click();
    await page.waitForURL(/\/mot-cua\?ho-so=18406-210305-0001/);
    const dossier = page.locator('.ant-drawer');
    await dossier
      .getByText(/đăng ký khai sinh/)
      .first()
      .waitFor();
    await page.waitForTimeout(500);
    await saveScreenshot(page, 'dashboard-drill-dossier');
    expect(consoleErrors).toEqual([]);
  });

  it("shows a unit head the unit's own figures and Sở Nội vụ the province's index results", async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const consoleErrors = collectConsoleErrors(page);
    await signIn(page, 'chutichcanloc');
    await page.getByRole('heading', { name: 'Kết quả CCHC của Huyện Can Lộc' }).waitFor();
    await page.getByText('Hồ sơ quá hạn (1)').waitFor();
    await page.getByRole('link', { name: '18406-210510-0001' }).waitFor();
    await page
      .getByText(/Hạng \d+\/\d+ đơn vị cùng loại/)
      .first()
      .waitFor();
    await saveScreenshot(page, 'dashboard-head-view');
    expect(consoleErrors).toEqual([]);

    const steering = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const steeringErrors = collectConsoleErrors(steering);
    await signIn(steering, 'snv');
    await steering.getByRole('heading', { name: 'Điều hành cải cách hành chính' }).waitFor();
    await steering.getByRole('menuitem', { name: 'Chỉ số của tỉnh' }).click();
    const indices = steering.getByRole('table', {
      name: 'Kết quả các chỉ số của tỉnh qua các năm',
    });
    await indices.getByRole('row', { name: /PAR INDEX.*2021.*8\/63/ }).waitFor();
    await indices.getByRole('row', { name: /SIPAS.*2021.*91,17 %.*5\/63/ }).waitFor();
    await steering.locator('canvas').first().waitFor();
    await saveScreenshot(steering, 'dashboard-province-indices');
    expect(steeringErrors).toEqual([]);
  });
});

describe('public scoreboard', () => {
  it('answers /cong-khai without signing in, with each unit and the lookup form', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const consoleErrors = collectConsoleErrors(page);
    await page.goto(`${inject('baseUrl')}/cong-khai`);
    await page
      .getByRole('heading', { name: 'Công khai kết quả giải quyết thủ tục hành chính' })
      .waitFor();
    await page.getByLabel('Năm', { exact: true }).selectOption('2021');
    const units = page.getByRole('table', { name: 'Kết quả của các đơn vị' });
    await units.getByRole('link', { name: 'Huyện Can Lộc' }).waitFor();
    await page
      .getByText('Toàn tỉnh — Năm 2021', { exact: false })
      .or(page.getByText(/— Năm 2021/))
      .first()
      .waitFor();
    await page.getByLabel('Mã hồ sơ').waitFor();
    await page.locator('canvas').first().waitFor();
    expect(page.url()).toContain('/cong-khai');
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'public-scoreboard');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
