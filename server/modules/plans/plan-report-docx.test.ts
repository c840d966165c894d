import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { PlanReportData } from './plan-report.service';
import { formatAdministrativeDate, renderPlanReportDocx } from './plan-report-docx';

const base: PlanReportData = {
  plan: { id: 1, number: '513/KH-UBND', title: 'Kế hoạch CCHC năm 2021', year: 2021 },
  unit: { code: '443', name: 'Huyện Can Lộc', kind: 'district' },
  period: { code: '2021Q1', labelVi: 'Quý I năm 2021', start: '2020-12-15', end: '2021-03-14' },
  reportDate: '2021-03-16',
  statusDate: '2021-03-16',
  template: {
    unitCode: '443',
    unitName: 'Huyện Can Lộc',
    saved: false,
    updatedAt: null,
    issuerParent: null,
    issuerName: 'ỦY BAN NHÂN DÂN\nHUYỆN CAN LỘC',
    numberSymbol: 'UBND',
    place: 'Can Lộc',
    titlePattern: 'Kết quả công tác cải cách hành chính {ky}',
    recipients: ['Sở Nội vụ', 'Lưu: VT.'],
    signingCapacity: 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH',
    signerTitle: 'PHÓ CHỦ TỊCH',
    signerName: '',
    sections: { direction: '', results: '', assessment: '', nextTasks: '', proposals: '' },
  },
  indicators: [],
  areas: [],
  tasks: [],
  unitPlans: null,
  onestop: null,
  periodic: null,
};

async function textOf(data: PlanReportData): Promise<string> {
  const zip = await JSZip.loadAsync(await renderPlanReportDocx(data));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

describe('official report (.docx)', () => {
  it('dates as NĐ 30/2020 writes them: a leading zero for days below 10 and months 1 and 2', () => {
    expect(formatAdministrativeDate('Hà Tĩnh', '2021-01-05')).toBe(
      'Hà Tĩnh, ngày 05 tháng 01 năm 2021',
    );
    expect(formatAdministrativeDate('Hà Tĩnh', '2021-03-16')).toBe(
      'Hà Tĩnh, ngày 16 tháng 3 năm 2021',
    );
  });

  it('says "chưa có số liệu" where neither the one-stop system nor the periodic reports have figures', async () => {
    const text = await textOf(base);
    expect(text).toContain('Can Lộc, ngày 16 tháng 3 năm 2021');
    expect(text).toContain(
      'Kết quả giải quyết thủ tục hành chính (số liệu từ ngày 15/12/2020 đến ngày 14/03/2021): chưa có số liệu.',
    );
    expect(text).toContain('Số liệu từ báo cáo định kỳ của các cơ quan, đơn vị: chưa có số liệu.');
  });

  it('writes the one-stop figures and the periodic report figures in Vietnamese number format', async () => {
    const text = await textOf({
      ...base,
      onestop: {
        unit: { code: '443', name: 'Huyện Can Lộc' },
        from: '2020-12-15',
        to: '2021-03-14',
        received: 12500,
        finished: 12000,
        withdrawn: 0,
        pending: 500,
        onTime: 11820,
        late: 180,
        onTimeRate: 98.5,
        online: 3125,
        onlineRate: 25,
        overdueWithoutApology: 3,
        rated: 100,
        satisfied: 97,
        satisfactionRate: 97,
        averageProcessingWorkingDays: 2.4,
      },
      periodic: [
        {
          code: 'TTHC_CONG_BO',
          labelVi: 'Số thủ tục hành chính được công bố',
          unitOfMeasure: 'thủ tục',
          value: 1070,
        },
      ],
    });
    expect(text).toContain('tiếp nhận 12.500 hồ sơ');
    expect(text).toContain('tỷ lệ đúng hạn 98,5 %');
    expect(text).toContain('Số thủ tục hành chính được công bố');
    expect(text).toContain('1.070');
    expect(text).not.toContain('báo cáo định kỳ của các cơ quan, đơn vị: chưa có số liệu');
  });
});
