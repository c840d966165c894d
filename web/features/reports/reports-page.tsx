import { Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useSignedInUser } from '../auth/auth-api';
import { hasPermission } from '../auth/permissions';
import { CompletenessPanel } from './completeness-panel';
import { ReportFormsPanel } from './report-forms-panel';
import { ReportInbox } from './report-inbox';
import { useReportForms } from './reports-api';

function CompletenessTab() {
  const forms = useReportForms();
  const [formId, setFormId] = useState<number>();
  const id = formId ?? forms.data?.items.find((f) => f.active)?.id;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Select
        aria-label="Mẫu báo cáo"
        style={{ width: 420 }}
        value={id}
        onChange={setFormId}
        options={(forms.data?.items ?? []).map((f) => ({ value: f.id, label: f.name }))}
      />
      {id !== undefined && <CompletenessPanel formId={id} />}
    </Space>
  );
}

/** Periodic reports (issue 3): the inbox, the province's completeness matrix, the forms. */
export function ReportsPage() {
  const user = useSignedInUser();
  const [params, setParams] = useSearchParams();
  const canFill = hasPermission(user, 'periodic_reports.fill');
  const canReview = hasPermission(user, 'periodic_reports.review');
  const canSteer = hasPermission(user, 'periodic_reports.steer');
  const items = [
    ...(canFill ? [{ key: 'lap', label: 'Cần lập', children: <ReportInbox box="to_fill" /> }] : []),
    ...(canReview
      ? [{ key: 'duyet', label: 'Cần duyệt', children: <ReportInbox box="to_review" /> }]
      : []),
    { key: 'tinh-hinh', label: 'Tình hình gửi báo cáo', children: <CompletenessTab /> },
    ...(canSteer ? [{ key: 'mau', label: 'Mẫu báo cáo', children: <ReportFormsPanel /> }] : []),
  ];
  const active = params.get('tab') ?? items[0]!.key;
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        Báo cáo định kỳ
      </Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => setParams({ tab: key })}
        items={items}
        destroyOnHidden
      />
    </Space>
  );
}
