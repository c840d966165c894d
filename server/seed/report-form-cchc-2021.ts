import type { ReportFormDefinition } from '../../core/reports/report-form';

/**
 * The province's periodic CCHC report form for 2021 (issue 3, docs/decisions/016). Figures:
 * - one per indicator of KH 513/KH-UBND whose data source is unit reports (`dataSource:
 *   unit_report` in hatinh-2021-plan.json: T01a, T02a, T03a, T03b, T04a, T06a, T07a–d, T09d,
 *   T10a–d, T11a, T11b; T10b is T10a's documents as communes report them), as the counts a
 *   unit can give (a rate's numerator and denominator) or a
 *   1/0 answer where the indicator counts units that did something;
 * - the one-stop figures of the annex table (vn-regulations.md §6: dossiers by channel and
 *   timeliness, apology letters), filled from the one-stop rollups;
 * - the unit's plan tasks, filled from the plan module.
 * Sections I–V are those of a quarterly CCHC report (§6 [practice]).
 */
const yesNo = { type: 'integer', unitOfMeasure: '1 = có, 0 = không', max: 1 } as const;

export const cchcReportForm2021: ReportFormDefinition & {
  code: string;
  name: string;
  year: number;
  periodKinds: string[];
  unitKinds: string[];
} = {
  code: 'BC-CCHC-2021',
  name: 'Báo cáo công tác cải cách hành chính định kỳ năm 2021',
  year: 2021,
  periodKinds: ['quarter', 'half_year', 'year'],
  unitKinds: ['department', 'central_agency', 'district', 'commune'],
  figures: [
    {
      code: 'KH_BAN_HANH',
      label: 'Đã ban hành Kế hoạch CCHC năm 2021 của đơn vị',
      indicatorCode: 'T01a',
      prefill: 'plans.unit_plan_issued',
      ...yesNo,
    },
    {
      code: 'NV_TONG',
      label: 'Số nhiệm vụ CCHC trong kế hoạch của đơn vị',
      unitOfMeasure: 'nhiệm vụ',
      type: 'integer',
      prefill: 'plans.tasks_total',
    },
    {
      code: 'NV_HOAN_THANH',
      label: 'Số nhiệm vụ đã hoàn thành',
      unitOfMeasure: 'nhiệm vụ',
      type: 'integer',
      prefill: 'plans.tasks_done',
    },
    {
      code: 'NDD_CHI_DAO',
      label: 'Người đứng đầu trực tiếp chỉ đạo công tác CCHC',
      indicatorCode: 'T02a',
      ...yesNo,
    },
    {
      code: 'KT_TONG_DV',
      label: 'Số cơ quan, đơn vị trực thuộc',
      unitOfMeasure: 'đơn vị',
      type: 'integer',
    },
    {
      code: 'KT_DA_KT',
      label: 'Số cơ quan, đơn vị trực thuộc được kiểm tra CCHC',
      indicatorCode: 'T03a',
      unitOfMeasure: 'đơn vị',
      type: 'integer',
    },
    {
      code: 'KT_TY_LE',
      label: 'Tỷ lệ cơ quan, đơn vị được kiểm tra CCHC',
      indicatorCode: 'T03a',
      unitOfMeasure: '%',
      type: 'percent',
      ratioOf: { numerator: ['KT_DA_KT'], denominator: ['KT_TONG_DV'] },
    },
    {
      code: 'KT_KE_HOACH',
      label: 'Đã ban hành kế hoạch kiểm tra CCHC các đơn vị trực thuộc',
      indicatorCode: 'T03b',
      ...yesNo,
    },
    {
      code: 'VB_QPPL_TONG',
      label: 'Số văn bản quy phạm pháp luật ban hành',
      unitOfMeasure: 'văn bản',
      type: 'integer',
    },
    {
      code: 'VB_QPPL_DAT',
      label: 'Số văn bản QPPL bảo đảm hợp hiến, hợp pháp, phù hợp thực tiễn',
      indicatorCode: 'T04a',
      unitOfMeasure: 'văn bản',
      type: 'integer',
    },
    {
      code: 'TC_RA_SOAT',
      label: 'Đã rà soát cơ cấu tổ chức để sắp xếp tinh gọn',
      indicatorCode: 'T06a',
      ...yesNo,
    },
    {
      code: 'VTVL_TY_LE',
      label: 'Tỷ lệ người làm việc được bố trí đúng vị trí việc làm',
      indicatorCode: 'T07a',
      unitOfMeasure: '%',
      type: 'percent',
    },
    {
      code: 'TD_MOI',
      label: 'Số công chức được tuyển dụng mới',
      indicatorCode: 'T07b',
      unitOfMeasure: 'người',
      type: 'integer',
    },
    {
      code: 'TD_TINH_GIAN',
      label: 'Số biên chế đã tinh giản, nghỉ hưu, thôi việc',
      indicatorCode: 'T07b',
      unitOfMeasure: 'người',
      type: 'integer',
    },
    {
      code: 'DT_KE_HOACH',
      label: 'Số CBCCVC trong kế hoạch đào tạo, bồi dưỡng',
      unitOfMeasure: 'người',
      type: 'integer',
    },
    {
      code: 'DT_DA_CU',
      label: 'Số CBCCVC được cử đi đào tạo, bồi dưỡng',
      indicatorCode: 'T07c',
      unitOfMeasure: 'người',
      type: 'integer',
    },
    {
      code: 'CD_PHAI',
      label: 'Số CBCCVC đến hạn chuyển đổi vị trí công tác',
      unitOfMeasure: 'người',
      type: 'integer',
    },
    {
      code: 'CD_DA',
      label: 'Số CBCCVC đã chuyển đổi vị trí công tác',
      indicatorCode: 'T07d',
      unitOfMeasure: 'người',
      type: 'integer',
    },
    {
      code: 'HS_TONG',
      label: 'Tổng số hồ sơ TTHC tiếp nhận (cả ngoài hệ thống một cửa)',
      unitOfMeasure: 'hồ sơ',
      type: 'integer',
    },
    {
      code: 'OS_RECEIVED',
      label: 'Số hồ sơ tiếp nhận trên hệ thống một cửa',
      indicatorCode: 'T09d',
      unitOfMeasure: 'hồ sơ',
      type: 'integer',
      prefill: 'onestop.received',
    },
    {
      code: 'OS_ONLINE',
      label: 'Số hồ sơ tiếp nhận trực tuyến',
      unitOfMeasure: 'hồ sơ',
      type: 'integer',
      prefill: 'onestop.online',
    },
    {
      code: 'OS_ON_TIME',
      label: 'Số hồ sơ giải quyết trước và đúng hạn',
      indicatorCode: 'T05a',
      unitOfMeasure: 'hồ sơ',
      type: 'integer',
      prefill: 'onestop.on_time',
    },
    {
      code: 'OS_LATE',
      label: 'Số hồ sơ giải quyết quá hạn',
      unitOfMeasure: 'hồ sơ',
      type: 'integer',
      prefill: 'onestop.late',
    },
    {
      code: 'OS_APOLOGY',
      label: 'Số hồ sơ quá hạn có văn bản xin lỗi',
      indicatorCode: 'T05b',
      unitOfMeasure: 'hồ sơ',
      type: 'integer',
      prefill: 'onestop.apologies',
    },
    {
      code: 'OS_TY_LE_DUNG_HAN',
      label: 'Tỷ lệ hồ sơ giải quyết trước và đúng hạn',
      indicatorCode: 'T05a',
      unitOfMeasure: '%',
      type: 'percent',
      ratioOf: { numerator: ['OS_ON_TIME'], denominator: ['OS_ON_TIME', 'OS_LATE'] },
    },
    {
      code: 'OS_TY_LE_TREN_HT',
      label: 'Tỷ lệ hồ sơ được cập nhật trên hệ thống một cửa',
      indicatorCode: 'T09d',
      unitOfMeasure: '%',
      type: 'percent',
      ratioOf: { numerator: ['OS_RECEIVED'], denominator: ['HS_TONG'] },
    },
    {
      code: 'VB_DI_TONG',
      label: 'Tổng số văn bản đi (trừ văn bản mật)',
      unitOfMeasure: 'văn bản',
      type: 'integer',
    },
    {
      code: 'VB_DI_DIEN_TU',
      label: 'Số văn bản được trao đổi trực tuyến',
      indicatorCode: 'T10a',
      unitOfMeasure: 'văn bản',
      type: 'integer',
    },
    {
      code: 'VB_TY_LE_DIEN_TU',
      label: 'Tỷ lệ văn bản được trao đổi trực tuyến',
      indicatorCode: 'T10a',
      unitOfMeasure: '%',
      type: 'percent',
      ratioOf: { numerator: ['VB_DI_DIEN_TU'], denominator: ['VB_DI_TONG'] },
    },
    {
      code: 'BC_TONG',
      label: 'Số chế độ báo cáo định kỳ thực hiện',
      unitOfMeasure: 'chế độ',
      type: 'integer',
    },
    {
      code: 'BC_TRUC_TUYEN',
      label: 'Số chế độ báo cáo thực hiện trực tuyến',
      indicatorCode: 'T10c',
      unitOfMeasure: 'chế độ',
      type: 'integer',
    },
    {
      code: 'KTR_TONG',
      label: 'Số cuộc kiểm tra của cơ quan quản lý nhà nước',
      unitOfMeasure: 'cuộc',
      type: 'integer',
    },
    {
      code: 'KTR_SO',
      label: 'Số cuộc kiểm tra thực hiện qua môi trường số',
      indicatorCode: 'T10d',
      unitOfMeasure: 'cuộc',
      type: 'integer',
    },
    {
      code: 'ISO_AP_DUNG',
      label: 'Áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng TCVN ISO 9001:2015',
      indicatorCode: 'T11a',
      ...yesNo,
    },
    {
      code: 'QT_TONG',
      label: 'Số quy trình nội bộ giải quyết TTHC',
      unitOfMeasure: 'quy trình',
      type: 'integer',
    },
    {
      code: 'QT_SOAT_XET',
      label: 'Số quy trình nội bộ được soát xét, thẩm định theo ISO 9001:2015',
      indicatorCode: 'T11b',
      unitOfMeasure: 'quy trình',
      type: 'integer',
    },
  ],
  sections: [
    { code: 'I', title: 'Công tác chỉ đạo, điều hành (nhiệm vụ kế hoạch, kiểm tra, tuyên truyền)' },
    { code: 'II', title: 'Kết quả thực hiện các nhiệm vụ CCHC theo từng lĩnh vực' },
    { code: 'III', title: 'Đánh giá chung (ưu điểm, tồn tại, nguyên nhân)' },
    { code: 'IV', title: 'Nhiệm vụ trọng tâm kỳ tới' },
    { code: 'V', title: 'Đề xuất, kiến nghị' },
  ],
  rules: [
    { left: ['NV_HOAN_THANH'], right: ['NV_TONG'] },
    { left: ['KT_DA_KT'], right: ['KT_TONG_DV'] },
    { left: ['VB_QPPL_DAT'], right: ['VB_QPPL_TONG'] },
    { left: ['DT_DA_CU'], right: ['DT_KE_HOACH'] },
    { left: ['CD_DA'], right: ['CD_PHAI'] },
    { left: ['OS_RECEIVED'], right: ['HS_TONG'] },
    { left: ['OS_ONLINE'], right: ['OS_RECEIVED'] },
    // Dossiers received in the window: those ended on time, and those ended late, are parts of it.
    { left: ['OS_ON_TIME'], right: ['OS_RECEIVED'] },
    { left: ['OS_ON_TIME', 'OS_LATE'], right: ['OS_RECEIVED'] },
    { left: ['OS_APOLOGY'], right: ['OS_LATE'] },
    { left: ['VB_DI_DIEN_TU'], right: ['VB_DI_TONG'] },
    { left: ['BC_TRUC_TUYEN'], right: ['BC_TONG'] },
    { left: ['KTR_SO'], right: ['KTR_TONG'] },
    { left: ['QT_SOAT_XET'], right: ['QT_TONG'] },
  ],
};
