import { FileExcelOutlined, FileWordOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Descriptions, Form, Input, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import type { ReportTemplateBody } from '../../../contracts/plan-work';
import type { PlanDetail } from '../../../contracts/plans';
import { FormModal } from '../../components/form-modal';
import { useActiveGrant } from '../auth/active-grant';
import { useSignedInUser } from '../auth/auth-api';
import { hasPermission } from '../auth/permissions';
import { UnitSelect } from '../org/unit-select';
import { reportUrl, useReportTemplate, useSaveReportTemplate } from './plan-work-api';

function periodOptions(year: number) {
  return [
    ...[1, 2, 3, 4].map((q) => ({
      value: `${year}Q${q}`,
      label: `Quý ${['I', 'II', 'III', 'IV'][q - 1]} năm ${year}`,
    })),
    { value: `${year}S1`, label: `6 tháng đầu năm ${year}` },
    { value: String(year), label: `Năm ${year}` },
  ];
}

interface TemplateForm extends Omit<ReportTemplateBody, 'recipients'> {
  recipients: string;
}

/** Administrators keep the wording of a unit's report: issuer, title, recipients, signer, texts. */
function ReportTemplateModal({
  planId,
  unit,
  onClose,
}: {
  planId: number;
  unit: string | undefined;
  onClose: () => void;
}) {
  const template = useReportTemplate(planId, unit, true);
  const save = useSaveReportTemplate(planId, unit);
  if (!template.data) return <Spin description="Đang tải…" />;
  const t = template.data;
  return (
    <FormModal<TemplateForm>
      name="report-template"
      title={`Mẫu báo cáo CCHC — ${t.unitName}`}
      width={760}
      successMessage="Đã lưu mẫu báo cáo."
      initialValues={{ ...t, recipients: t.recipients.join('\n') }}
      onClose={onClose}
      onSubmit={(v) =>
        save.mutateAsync({
          issuerParent: v.issuerParent?.trim() || null,
          issuerName: v.issuerName,
          numberSymbol: v.numberSymbol,
          place: v.place,
          titlePattern: v.titlePattern,
          recipients: v.recipients
            .split('\n')
            .map((r) => r.trim())
            .filter(Boolean),
          signingCapacity: v.signingCapacity ?? '',
          signerTitle: v.signerTitle,
          signerName: v.signerName ?? '',
          sections: {
            direction: v.sections?.direction ?? '',
            results: v.sections?.results ?? '',
            assessment: v.sections?.assessment ?? '',
            nextTasks: v.sections?.nextTasks ?? '',
            proposals: v.sections?.proposals ?? '',
          },
        })
      }
    >
      <Form.Item label="Cơ quan chủ quản (nếu có)" name="issuerParent">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        label="Cơ quan ban hành (mỗi dòng một dòng in)"
        name="issuerName"
        rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập cơ quan ban hành' }]}
      >
        <Input.TextArea rows={2} maxLength={200} />
      </Form.Item>
      <Space wrap>
        <Form.Item
          label="Ký hiệu (sau BC-)"
          name="numberSymbol"
          rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập ký hiệu' }]}
        >
          <Input maxLength={40} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          label="Địa danh"
          name="place"
          rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập địa danh' }]}
        >
          <Input maxLength={100} style={{ width: 200 }} />
        </Form.Item>
      </Space>
      <Form.Item
        label="Trích yếu (dùng {ky} cho kỳ báo cáo)"
        name="titlePattern"
        rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập trích yếu' }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        label="Nơi nhận (mỗi dòng một nơi)"
        name="recipients"
        rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập nơi nhận' }]}
      >
        <Input.TextArea rows={4} />
      </Form.Item>
      <Form.Item label="Thẩm quyền ký (mỗi dòng một dòng in)" name="signingCapacity">
        <Input.TextArea rows={2} maxLength={300} />
      </Form.Item>
      <Space wrap>
        <Form.Item
          label="Chức vụ người ký"
          name="signerTitle"
          rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập chức vụ' }]}
        >
          <Input maxLength={200} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item label="Họ tên người ký" name="signerName">
          <Input maxLength={200} style={{ width: 260 }} />
        </Form.Item>
      </Space>
      {(
        [
          ['direction', 'I. Công tác chỉ đạo, điều hành'],
          ['results', 'II. Kết quả thực hiện'],
          ['assessment', 'III. Đánh giá chung'],
          ['nextTasks', 'IV. Nhiệm vụ kỳ tới'],
          ['proposals', 'V. Đề xuất, kiến nghị'],
        ] as const
      ).map(([key, label]) => (
        <Form.Item key={key} label={`${label} (đoạn văn thêm)`} name={['sections', key]}>
          <Input.TextArea rows={2} maxLength={8000} />
        </Form.Item>
      ))}
    </FormModal>
  );
}

/**
 * The official report of a unit for a period (issue 3): .docx in the administrative format of
 * Nghị định 30/2020 and its annex .xlsx. Without a unit, the plan's own; the server refuses a
 * unit outside the reader's subtree.
 */
export function PlanReportPanel({ plan }: { plan: PlanDetail }) {
  const { activeGrant } = useActiveGrant();
  const user = useSignedInUser();
  const [period, setPeriod] = useState(`${plan.year}Q1`);
  const [unit, setUnit] = useState<string | undefined>(
    activeGrant && activeGrant.unitCode !== plan.unitCode ? activeGrant.unitCode : undefined,
  );
  const [editing, setEditing] = useState(false);
  const canEditTemplate = hasPermission(user, 'plan_reports.template');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph>
        Báo cáo kết quả công tác cải cách hành chính theo kỳ, lập từ số liệu trên hệ thống: chỉ tiêu
        và chỉ số, nhiệm vụ theo lĩnh vực, kế hoạch của các đơn vị, kết quả giải quyết thủ tục hành
        chính. Văn bản theo thể thức Nghị định 30/2020/NĐ-CP; phụ lục là tệp Excel.
      </Typography.Paragraph>
      <Space wrap align="end">
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'period',
              label: 'Kỳ báo cáo',
              children: (
                <Select
                  aria-label="Kỳ báo cáo"
                  value={period}
                  onChange={setPeriod}
                  style={{ width: 220 }}
                  options={periodOptions(plan.year)}
                />
              ),
            },
            {
              key: 'unit',
              label: 'Đơn vị báo cáo',
              children: (
                <UnitSelect
                  aria-label="Đơn vị báo cáo"
                  allowClear
                  placeholder={plan.unitName}
                  style={{ width: 280 }}
                  value={unit ?? null}
                  onChange={setUnit}
                />
              ),
            },
          ]}
        />
      </Space>
      <Space wrap>
        <Button
          type="primary"
          icon={<FileWordOutlined aria-hidden />}
          href={reportUrl(plan.id, { period, unit, format: 'docx' })}
          download
        >
          Tải báo cáo (.docx)
        </Button>
        <Button
          icon={<FileExcelOutlined aria-hidden />}
          href={reportUrl(plan.id, { period, unit, format: 'xlsx' })}
          download
        >
          Tải phụ lục (.xlsx)
        </Button>
        {canEditTemplate && (
          <Button icon={<SettingOutlined aria-hidden />} onClick={() => setEditing(true)}>
            Sửa mẫu báo cáo
          </Button>
        )}
      </Space>
      {editing && (
        <ReportTemplateModal planId={plan.id} unit={unit} onClose={() => setEditing(false)} />
      )}
    </Space>
  );
}
