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
    await page.getByRole('heading', { level: 2, name: 'Kế hoạch CCHC' }).waitFor();
    await page.getByText('513/KH-UBND', { exact: true }).waitFor();
    await page.getByText('31/12/2020', { exact: false }).first().waitFor();
    await page.getByText(/Nguyễn Hồng Lĩnh/).waitFor();
    await page.getByText('≥ 98,5 %').waitFor();
    // Each of the plan's 28 indicators shows the status the server computes for this reader.
    // Some figures are live (T05a–c, T09b from the one-stop rollups, which other journeys'
    // dossiers move; T02a, T03a from the demo's approved periodic reports), so the page is
    // compared with GET /api/plans/:id/targets rather than with a fixed count.
    const base = inject('baseUrl');
    const plans = (await (await page.request.get(`${base}/api/plans?pageSize=100`)).json()) as {
      items: { id: number; number: string | null }[];
    };
    const plan = plans.items.find((p) => p.number === '513/KH-UBND');
    expect(plan).toBeDefined();
    const response = await page.request.get(`${base}/api/plans/${plan?.id}/targets`);
    expect(response.status()).toBe(200);
    const targets = (await response.json()) as {
      items: {
        indicators: {
          code: string;
          status: string;
          actual: number | null;
          source: { kind: string };
        }[];
      }[];
    };
    const labels: Record<string, string> = {
      met: 'Đạt',
      at_risk: 'Có nguy cơ',
      missed: 'Không đạt',
      no_data: 'Chưa có dữ liệu',
    };
    const indicators = targets.items.flatMap((t) => t.indicators);
    // Code → [has a figure, status label], as the page should show them.
    const expected = Object.fromEntries(
      indicators.map((i) => [i.code, [i.actual !== null, labels[i.status]]]),
    );
    expect(Object.keys(expected)).toHaveLength(28);
    // The approved periodic reports of the demo feed some indicators (T02a, T03a…).
    expect(
      indicators.filter((i) => i.source.kind === 'unit_reports' && i.actual !== null).length,
    ).toBeGreaterThan(0);
    const rows = page.getByRole('tabpanel', { name: 'Chỉ tiêu' }).locator('tr.ant-table-row');
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
        // Mã, Chỉ số, Chỉ tiêu, Thực hiện ("—" without a figure), Đánh giá.
        return [cells[0], [cells[3] !== '—', cells[4]]] as const;
      }),
    );
    expect(shown).toHaveLength(28);
    expect(Object.fromEntries(shown)).toEqual(expected);
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

describe('unit plans (target 1)', () => {
  it('Can Lộc drafts and submits its plan; Sở Nội vụ sees it and returns it with a comment', async () => {
    const officer = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const consoleErrors = collectConsoleErrors(officer);
    await signIn(officer, 'canloc');
    await officer.getByText(/Xin chào/).waitFor();
    await officer.getByRole('menuitem', { name: 'Kế hoạch CCHC' }).click();
    await officer.getByText('513/KH-UBND').waitFor();
    await officer.getByRole('tab', { name: 'Kế hoạch của đơn vị' }).click();
    await officer.getByRole('button', { name: 'Tạo kế hoạch từ kế hoạch của tỉnh' }).click();
    await officer.getByText('12 chỉ tiêu, 5 nhiệm vụ').waitFor();
    await officer.getByRole('button', { name: 'Trình kế hoạch' }).click();
    await officer.getByRole('button', { name: 'Ghi nhận ban hành' }).waitFor();
    await saveScreenshot(officer, 'unit-plan-submitted');

    const steering = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const steeringErrors = collectConsoleErrors(steering);
    await signIn(steering, 'snv');
    await steering.getByText(/Xin chào/).waitFor();
    await steering.getByRole('menuitem', { name: 'Kế hoạch CCHC' }).click();
    await steering.getByText('513/KH-UBND').first().waitFor();
    await steering.getByRole('tab', { name: 'Kế hoạch của đơn vị' }).click();
    await steering.getByText('Phải ban hành').waitFor();
    await steering.getByLabel('Loại đơn vị').click();
    await steering.getByTitle('Cấp huyện').click();
    await steering.getByText('Huyện Can Lộc').waitFor();
    await steering.getByRole('button', { name: 'Trả lại' }).click();
    await steering.getByLabel('Ý kiến').fill('Bổ sung nhiệm vụ số hoá hồ sơ');
    await steering.getByRole('dialog').getByRole('button', { name: 'Trả lại' }).click();
    await steering.getByText('Đã trả lại kế hoạch cho đơn vị.').waitFor();
    await saveScreenshot(steering, 'unit-plans-status');

    await officer.reload();
    await officer.getByRole('tab', { name: 'Kế hoạch của đơn vị' }).click();
    await officer.getByText('Bổ sung nhiệm vụ số hoá hồ sơ').waitFor();
    expect(consoleErrors).toEqual([]);
    expect(steeringErrors).toEqual([]);
    await officer.close();
    await steering.close();
  });
});

describe('task progress', () => {
  it('Sở Tư pháp reports progress on a task it leads and sees it in the history', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const consoleErrors = collectConsoleErrors(page);
    await signIn(page, 'sotuphap');
    await page.getByText(/Xin chào/).waitFor();
    await page.getByRole('menuitem', { name: 'Kế hoạch CCHC' }).click();
    await page.getByText('513/KH-UBND').first().waitFor();
    await page.getByRole('tab', { name: 'Nhiệm vụ' }).click();
    await page.getByLabel('Tìm').fill('III.2.01');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.getByText('Tổng số: 1').waitFor();
    await page
      .getByRole('row', { name: /III\.2\.01/ })
      .getByRole('button', { name: 'Cập nhật' })
      .click();
    await page.getByLabel('Tỷ lệ hoàn thành (%)').fill('40');
    await page.getByLabel('Ghi chú').fill('Đã rà soát 12/30 văn bản');
    await page.getByRole('dialog').getByRole('button', { name: 'Cập nhật' }).click();
    await page.getByText('Đã cập nhật tiến độ.').waitFor();
    await page
      .getByRole('row', { name: /III\.2\.01/ })
      .getByText('Đang thực hiện')
      .waitFor();
    await page
      .getByRole('row', { name: /III\.2\.01/ })
      .getByRole('button', { name: 'Cập nhật' })
      .click();
    await page.getByText(/sotuphap: Đã rà soát 12\/30 văn bản/).waitFor();
    await saveScreenshot(page, 'task-progress');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
