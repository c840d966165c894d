import { HistoryOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Input,
  InputNumber,
  Modal,
  Popover,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  describeFigureProblem,
  type ReportDetail,
  type ReportValueChange,
} from '../../../contracts/periodic-reports';
import { computeRatioFigures, validateFigureValues } from '../../../core/reports/report-form';
import { ErrorAlert } from '../../components/error-alert';
import { ApiError, errorMessageOf } from '../../lib/api-client';
import {
  formatCalendarDateVi,
  formatInstantDateTimeVi,
  formatNumberVi,
  formatPercentVi,
} from '../../lib/format';
import { StatusTag, TimelinessTag } from './report-tags';
import {
  useReport,
  useReportForm,
  useReviewReport,
  useSaveReport,
  useSubmitReport,
} from './reports-api';

type Figure = ReportDetail['figures'][number];

const prefillLabels: Record<string, string> = {
  onestop: 'Điền sẵn từ hệ thống một cửa',
  plans: 'Điền sẵn từ kế hoạch CCHC',
};

const eventLabels: Record<ReportDetail['events'][number]['action'], string> = {
  created: 'Lập báo cáo',
  submitted: 'Gửi báo cáo',
  returned: 'Trả lại',
  approved: 'Duyệt',
};

function formatValue(figure: Pick<Figure, 'type'>, value: number | string | null): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return figure.type === 'percent' ? formatPercentVi(value) : formatNumberVi(value);
}

function HistoryButton({ figure, changes }: { figure: Figure; changes: ReportValueChange[] }) {
  if (changes.length === 0) return null;
  return (
    <Popover
      title={`Lịch sử: ${figure.label}`}
      trigger="click"
      content={
        <ul style={{ margin: 0, paddingInlineStart: 16, maxWidth: 420 }}>
          {changes.map((change) => (
            <li key={`${change.changedAt}:${String(change.newValue)}`}>
              {formatInstantDateTimeVi(change.changedAt)} — {change.changedBy ?? 'hệ thống'}:{' '}
              {formatValue(figure, change.oldValue)} → <b>{formatValue(figure, change.newValue)}</b>
              {change.source === 'prefill' ? ' (điền sẵn)' : ''}
            </li>
          ))}
        </ul>
      }
    >
      <Button
        size="small"
        type="text"
        icon={<HistoryOutlined />}
        aria-label={`Lịch sử ${figure.code}`}
      />
    </Popover>
  );
}

/** A unit's periodic report: fill and send it, or, for the level above, return or approve it. */
export function ReportPage() {
  const id = Number(useParams().id);
  const { message } = App.useApp();
  const report = useReport(id);
  const form = useReportForm(report.data?.formId);
  const save = useSaveReport(id);
  const submit = useSubmitReport(id);
  const review = useReviewReport(id);
  const [figures, setFigures] = useState<Record<string, number | null>>({});
  const [sections, setSections] = useState<Record<string, string>>({});
  const [serverProblems, setServerProblems] = useState<Record<string, string>>({});
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');

  useEffect(() => {
    if (!report.data) return;
    setFigures(Object.fromEntries(report.data.figures.map((f) => [f.code, f.value])));
    setSections(Object.fromEntries(report.data.sections.map((s) => [s.code, s.text])));
  }, [report.data]);

  const data = report.data;
  // The same checks the server makes, as the officer types (core/reports).
  const liveProblems = useMemo(() => {
    if (!form.data || !data?.canEdit) return {};
    const labelOf = (code: string) => data.figures.find((f) => f.code === code)?.label ?? code;
    const entered = Object.fromEntries(
      data.figures.filter((f) => !f.computed).map((f) => [f.code, figures[f.code] ?? null]),
    );
    const problems = validateFigureValues(form.data, entered);
    return Object.fromEntries(problems.map((p) => [p.field, describeFigureProblem(p, labelOf)]));
  }, [form.data, data, figures]);

  // Rates follow the figures as they are typed, as the server will compute them.
  const liveRates = useMemo(
    () => (form.data ? computeRatioFigures(form.data.figures, figures) : {}),
    [form.data, figures],
  );

  if (report.isPending) return <Spin description="Đang tải báo cáo…" />;
  if (!data) return <ErrorAlert error={report.error} onRetry={() => report.refetch()} />;

  const changed = () => {
    const body: { figures: Record<string, number | null>; sections: Record<string, string> } = {
      figures: {},
      sections: {},
    };
    for (const f of data.figures)
      if (!f.computed && (figures[f.code] ?? null) !== f.value)
        body.figures[f.code] = figures[f.code] ?? null;
    for (const s of data.sections)
      if ((sections[s.code] ?? '') !== s.text) body.sections[s.code] = sections[s.code] ?? '';
    return body;
  };

  const showError = (error: unknown) => {
    if (
      error instanceof ApiError &&
      error.code === 'report_values_invalid' &&
      Array.isArray(error.details)
    ) {
      setServerProblems(
        Object.fromEntries(
          (error.details as { field: string; message: string }[]).map((d) => [d.field, d.message]),
        ),
      );
    }
    message.error(errorMessageOf(error));
  };

  const saveDraft = async () => {
    setServerProblems({});
    await save.mutateAsync(changed());
  };

  const onSave = () =>
    saveDraft().then(
      () => message.success('Đã lưu nháp.'),
      (error) => showError(error),
    );
  const onSubmit = () =>
    saveDraft()
      .then(() => submit.mutateAsync(undefined))
      .then(
        () => message.success('Đã gửi báo cáo lên cấp trên.'),
        (error) => showError(error),
      );
  const decide = (decision: 'return' | 'approve', text?: string) =>
    review.mutate(
      { decision, ...(text ? { comment: text } : {}) },
      {
        onSuccess: () => {
          setReturning(false);
          setComment('');
          message.success(decision === 'approve' ? 'Đã duyệt báo cáo.' : 'Đã trả lại báo cáo.');
        },
        onError: (error) => message.error(errorMessageOf(error)),
      },
    );

  const historyOf = (field: string) => data.history.filter((h) => h.field === field);
  const editable = data.canEdit;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/bao-cao">← Hộp báo cáo</Link>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {data.formName} — {data.periodLabel}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'unit', label: 'Đơn vị', children: data.unitName },
          { key: 'status', label: 'Trạng thái', children: <StatusTag status={data.status} /> },
          {
            key: 'timeliness',
            label: 'Thời hạn',
            children: <TimelinessTag timeliness={data.timeliness} />,
          },
          {
            key: 'window',
            label: 'Kỳ số liệu',
            children: `${formatCalendarDateVi(data.windowStart)} – ${formatCalendarDateVi(data.windowEnd)}`,
          },
          { key: 'due', label: 'Hạn gửi', children: formatCalendarDateVi(data.dueOn) },
          {
            key: 'sent',
            label: 'Gửi lần đầu',
            children: data.firstSubmittedAt ? formatInstantDateTimeVi(data.firstSubmittedAt) : '—',
          },
        ]}
      />
      {data.returnComment && data.status === 'returned' && (
        <Alert
          type="warning"
          showIcon
          title="Cấp trên trả lại báo cáo"
          description={data.returnComment}
        />
      )}
      {data.locked && (data.status === 'draft' || data.status === 'returned') && (
        <Alert
          type="error"
          showIcon
          title="Đã quá hạn gửi: báo cáo bị khoá"
          description="Liên hệ Sở Nội vụ để được gia hạn cho đơn vị và kỳ này."
        />
      )}
      {data.exceptionUntil && (
        <Alert
          type="info"
          showIcon
          title={`Sở Nội vụ cho phép gửi đến hết ngày ${formatCalendarDateVi(data.exceptionUntil)}`}
        />
      )}
      <Card title="Số liệu" size="small">
        <Table<Figure>
          aria-label="Chỉ tiêu báo cáo"
          rowKey="code"
          size="small"
          pagination={false}
          dataSource={data.figures}
          columns={[
            { key: 'code', title: 'Mã', dataIndex: 'code', width: 150, responsive: ['lg'] },
            {
              key: 'label',
              title: 'Chỉ tiêu',
              render: (_: unknown, f) => (
                <Space orientation="vertical" size={0}>
                  <span>{f.label}</span>
                  <Space size={4} wrap>
                    {f.indicatorCode && <Tag>{f.indicatorCode}</Tag>}
                    {f.prefill && (
                      <Tag color={f.prefilledUnchanged ? 'cyan' : 'orange'}>
                        {prefillLabels[f.prefill.split('.')[0]!]}
                        {f.prefilledUnchanged
                          ? ''
                          : ` (${formatValue(f, f.prefilledValue)}, đã sửa)`}
                      </Tag>
                    )}
                    {f.computed && <Tag color="purple">Tự tính</Tag>}
                  </Space>
                </Space>
              ),
            },
            { key: 'unit', title: 'Đơn vị tính', dataIndex: 'unitOfMeasure', width: 130 },
            {
              key: 'value',
              title: 'Giá trị',
              width: 230,
              render: (_: unknown, f) => {
                const problem = serverProblems[f.code] ?? liveProblems[f.code];
                if (!editable || f.computed)
                  return formatValue(
                    f,
                    f.computed ? (liveRates[f.code] ?? null) : (figures[f.code] ?? null),
                  );
                return (
                  <Space orientation="vertical" size={0}>
                    <InputNumber
                      aria-label={f.code}
                      data-figure={f.code}
                      status={problem ? 'error' : undefined}
                      style={{ width: 180 }}
                      decimalSeparator=","
                      value={figures[f.code] ?? null}
                      onChange={(value) => {
                        setServerProblems((p) => ({ ...p, [f.code]: undefined as never }));
                        setFigures((all) => ({
                          ...all,
                          [f.code]: value === null ? null : Number(value),
                        }));
                      }}
                    />
                    {problem && (
                      <Typography.Text type="danger" role="alert" data-problem={f.code}>
                        {problem}
                      </Typography.Text>
                    )}
                  </Space>
                );
              },
            },
            {
              key: 'history',
              title: '',
              width: 48,
              render: (_: unknown, f) => <HistoryButton figure={f} changes={historyOf(f.code)} />,
            },
          ]}
        />
      </Card>
      <Card title="Nội dung báo cáo" size="small">
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {data.sections.map((section) => (
            <div key={section.code}>
              <Typography.Text strong>
                {section.code}. {section.title}
              </Typography.Text>
              {editable ? (
                <Input.TextArea
                  aria-label={`Mục ${section.code}`}
                  autoSize={{ minRows: 2, maxRows: 8 }}
                  maxLength={20000}
                  value={sections[section.code] ?? ''}
                  onChange={(event) =>
                    setSections((all) => ({ ...all, [section.code]: event.target.value }))
                  }
                />
              ) : (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                  {section.text || '—'}
                </Typography.Paragraph>
              )}
            </div>
          ))}
        </Space>
      </Card>
      {editable && (
        <Space>
          <Button onClick={onSave} loading={save.isPending}>
            Lưu nháp
          </Button>
          <Button type="primary" onClick={onSubmit} loading={submit.isPending}>
            Gửi báo cáo
          </Button>
        </Space>
      )}
      {data.canReview && (
        <Space>
          <Button danger onClick={() => setReturning(true)}>
            Trả lại
          </Button>
          <Button type="primary" loading={review.isPending} onClick={() => decide('approve')}>
            Duyệt báo cáo
          </Button>
        </Space>
      )}
      <Card title="Quá trình xử lý" size="small">
        <Timeline
          items={data.events.map((event) => ({
            key: `${event.action}:${event.at}`,
            content: (
              <span>
                {formatInstantDateTimeVi(event.at)} — {eventLabels[event.action]} (
                {event.actor ?? 'hệ thống'}){event.comment ? `: ${event.comment}` : ''}
              </span>
            ),
          }))}
        />
      </Card>
      <Modal
        title={`Trả lại báo cáo của ${data.unitName}`}
        open={returning}
        okText="Trả lại"
        cancelText="Huỷ"
        okButtonProps={{ disabled: comment.trim() === '', loading: review.isPending, danger: true }}
        onOk={() => decide('return', comment.trim())}
        onCancel={() => setReturning(false)}
      >
        <Input.TextArea
          aria-label="Ý kiến trả lại"
          rows={4}
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </Modal>
    </Space>
  );
}
