import { Button, Descriptions, Empty, Select, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { PlanDetail } from '../../../contracts/plans';
import { ErrorAlert } from '../../components/error-alert';
import { formatCalendarDateVi, formatPercentVi } from '../../lib/format';
import { type ActiveGrant, useActiveGrant } from '../auth/active-grant';
import { useSignedInUser } from '../auth/auth-api';
import { hasPermission } from '../auth/permissions';
import { CreatePlanModal } from './create-plan-modal';
import { PlanReportPanel } from './plan-report-panel';
import { PlanTargetsTab } from './plan-targets-tab';
import { PlanTasksTab } from './plan-tasks-tab';
import { usePlanDetail, usePlanList } from './plans-api';
import { TaskBoardTab } from './task-board-tab';
import { UnitPlanSection } from './unit-plan-section';
import { UnitPlansStatusPanel } from './unit-plans-status-panel';

const rollupLabels: Record<PlanDetail['progressRollup'], string> = {
  by_status: 'theo số nhiệm vụ hoàn thành',
  weighted: 'theo trọng số',
};

const planStatusLabels: Record<PlanDetail['status'], string> = {
  draft: 'Dự thảo',
  submitted: 'Đã trình',
  issued: 'Đã ban hành',
};

function PlanHeader({ plan }: { plan: PlanDetail }) {
  const signer = [plan.signer.signingCapacity?.replace(/\n/g, ' '), plan.signer.title]
    .filter(Boolean)
    .join(' · ');
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'number', label: 'Số', children: plan.number ?? '—' },
        {
          key: 'issuedOn',
          label: 'Ngày ban hành',
          children: plan.issuedOn
            ? `${plan.place ? `${plan.place}, ` : ''}${formatCalendarDateVi(plan.issuedOn)}`
            : '—',
        },
        { key: 'issuer', label: 'Cơ quan ban hành', children: plan.issuer },
        {
          key: 'signer',
          label: 'Người ký',
          children: plan.signer.name ? `${plan.signer.name}${signer ? ` (${signer})` : ''}` : '—',
        },
        { key: 'status', label: 'Trạng thái', children: planStatusLabels[plan.status] },
        {
          key: 'counts',
          label: 'Quy mô',
          children: `${plan.targetCount} chỉ tiêu, ${plan.indicatorCount} chỉ số, ${plan.taskCount} nhiệm vụ, ${plan.areas.length} lĩnh vực`,
        },
        {
          key: 'progress',
          label: 'Tiến độ chung',
          children: `${plan.progress.percent === null ? '—' : formatPercentVi(plan.progress.percent)} (${rollupLabels[plan.progress.policy]}; ${plan.progress.done}/${plan.progress.taskCount} nhiệm vụ hoàn thành)`,
        },
      ]}
    />
  );
}

function PlanBasisTab({ plan }: { plan: PlanDetail }) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {plan.preambleVi && <Typography.Paragraph>{plan.preambleVi}</Typography.Paragraph>}
      <section aria-label="Mục đích">
        <Typography.Title level={4}>Mục đích</Typography.Title>
        <ol>
          {plan.purposes.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ol>
      </section>
      <section aria-label="Yêu cầu">
        <Typography.Title level={4}>Yêu cầu</Typography.Title>
        <ol>
          {plan.requirements.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ol>
      </section>
      <section aria-label="Văn bản căn cứ">
        <Typography.Title level={4}>
          Văn bản được viện dẫn ({plan.legalBases.length})
        </Typography.Title>
        <ul>
          {plan.legalBases.map((b) => (
            <li key={b.id}>
              {b.docType} {b.ref ?? ''}
              {b.date ? ` ngày ${formatCalendarDateVi(b.date)}` : ''}
              {b.issuer ? ` của ${b.issuer}` : ''}
              {b.about ? ` — ${b.about}` : ''}
            </li>
          ))}
        </ul>
      </section>
    </Space>
  );
}

/**
 * Target 1 on the province plan: a unit's officer or head works on the unit's own plan; Sở Nội
 * vụ follows who has issued theirs. Other roles see no such tab.
 */
function unitPlansTab(plan: PlanDetail, grant: ActiveGrant) {
  if (grant.role === 'unit_reform_officer' || grant.role === 'unit_head') {
    return {
      key: 'unit-plan',
      label: 'Kế hoạch của đơn vị',
      children: (
        <UnitPlanSection
          provincePlan={plan}
          unit={{ code: grant.unitCode, name: grant.unitName }}
        />
      ),
    };
  }
  if (grant.role === 'reform_steering') {
    return {
      key: 'unit-plans-status',
      label: 'Kế hoạch của đơn vị',
      children: <UnitPlansStatusPanel plan={plan} canSteer />,
    };
  }
  return null;
}

/** Kế hoạch CCHC: the plan's header, its targets with live status, and its tasks (issue 3). */
export function PlansPage() {
  const list = usePlanList();
  const [chosenId, setChosenId] = useState<number | undefined>(undefined);
  const planId = chosenId ?? list.data?.items[0]?.id;
  const detail = usePlanDetail(planId);
  const plan = detail.data;
  const { activeGrant } = useActiveGrant();
  const unitTab =
    plan && plan.parentPlanId === null && activeGrant ? unitPlansTab(plan, activeGrant) : null;
  const canCreatePlan = hasPermission(useSignedInUser(), 'plans.import');
  const [creating, setCreating] = useState(false);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        Kế hoạch CCHC
      </Typography.Title>
      <ErrorAlert error={list.error ?? detail.error} onRetry={() => list.refetch()} />
      {canCreatePlan && (
        <Button style={{ alignSelf: 'flex-start' }} onClick={() => setCreating(true)}>
          Thêm kế hoạch năm khác
        </Button>
      )}
      {creating && (
        <CreatePlanModal
          unitCode={plan?.parentPlanId === null ? plan.unitCode : '42'}
          onCreated={(created) => setChosenId(created.id)}
          onClose={() => setCreating(false)}
        />
      )}
      {list.data && list.data.items.length > 1 && (
        <Select
          aria-label="Chọn kế hoạch"
          value={planId}
          onChange={setChosenId}
          style={{ maxWidth: 560 }}
          options={list.data.items.map((p) => ({
            value: p.id,
            label: `${p.number ?? 'Dự thảo'} — ${p.title} (${p.unitName})`,
          }))}
        />
      )}
      {list.data && list.data.items.length === 0 && <Empty description="Chưa có kế hoạch nào" />}
      {(list.isLoading || detail.isLoading) && <Spin description="Đang tải…" />}
      {plan && (
        <>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {plan.title}
          </Typography.Title>
          <PlanHeader plan={plan} />
          <Tabs
            items={[
              { key: 'targets', label: 'Chỉ tiêu', children: <PlanTargetsTab plan={plan} /> },
              { key: 'tasks', label: 'Nhiệm vụ', children: <PlanTasksTab plan={plan} /> },
              {
                key: 'board',
                label: 'Bảng việc của đơn vị',
                children: <TaskBoardTab plan={plan} />,
              },
              { key: 'report', label: 'Báo cáo', children: <PlanReportPanel plan={plan} /> },
              { key: 'basis', label: 'Căn cứ, mục đích', children: <PlanBasisTab plan={plan} /> },
              ...(unitTab ? [unitTab] : []),
            ]}
          />
        </>
      )}
    </Space>
  );
}
