import {
  Alert,
  App,
  Button,
  DatePicker,
  Descriptions,
  Empty,
  Form,
  Input,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import type { PlanDetail } from '../../../contracts/plans';
import { errorMessageOf } from '../../lib/api-client';
import { apiDateFormat, datePickerFormat, formatCalendarDateVi } from '../../lib/format';
import {
  useCreateUnitPlan,
  useIssuePlan,
  usePlanDetail,
  useSubmitPlan,
  useUnitOwnPlans,
} from './plans-api';

export const planStatusTags: Record<PlanDetail['status'], { color: string; label: string }> = {
  draft: { color: 'default', label: 'Dự thảo' },
  submitted: { color: 'processing', label: 'Đã trình' },
  issued: { color: 'success', label: 'Đã ban hành' },
};

interface IssueForm {
  number: string;
  issuedOn: Dayjs;
}

/**
 * "Kế hoạch của đơn vị" (target 1): the unit officer drafts the unit's plan from the province
 * plan, submits it, and records it issued with its number and date.
 */
export function UnitPlanSection({
  provincePlan,
  unit,
}: {
  provincePlan: PlanDetail;
  unit: { code: string; name: string };
}) {
  const { message } = App.useApp();
  const own = useUnitOwnPlans(unit.code, provincePlan.year);
  const unitPlanId = own.data?.items.find((p) => p.unitCode === unit.code)?.id;
  const detail = usePlanDetail(unitPlanId);
  const create = useCreateUnitPlan(provincePlan.id);
  const submit = useSubmitPlan();
  const issue = useIssuePlan();
  const [form] = Form.useForm<IssueForm>();

  const onError = (error: unknown) => message.error(errorMessageOf(error));
  const plan = detail.data;

  return (
    <section aria-label="Kế hoạch của đơn vị">
      <Typography.Title level={4}>Kế hoạch của đơn vị — {unit.name}</Typography.Title>
      {(own.isLoading || detail.isLoading) && <Spin description="Đang tải…" />}
      {own.data && unitPlanId === undefined && (
        <Empty description="Đơn vị chưa có kế hoạch CCHC năm nay">
          <Button
            type="primary"
            loading={create.isPending}
            onClick={() =>
              create.mutate(
                { unitCode: unit.code },
                {
                  onSuccess: (created) =>
                    message.success(
                      `Đã tạo dự thảo với ${created.targetCount} chỉ tiêu và ${created.taskCount} nhiệm vụ.`,
                    ),
                  onError,
                },
              )
            }
          >
            Tạo kế hoạch từ kế hoạch của tỉnh
          </Button>
        </Empty>
      )}
      {plan && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'title', label: 'Tên kế hoạch', children: plan.title },
              {
                key: 'status',
                label: 'Trạng thái',
                children: (
                  <Tag color={planStatusTags[plan.status].color}>
                    {planStatusTags[plan.status].label}
                  </Tag>
                ),
              },
              { key: 'number', label: 'Số', children: plan.number ?? '—' },
              {
                key: 'issuedOn',
                label: 'Ngày ban hành',
                children: plan.issuedOn ? formatCalendarDateVi(plan.issuedOn) : '—',
              },
              {
                key: 'counts',
                label: 'Nội dung',
                children: `${plan.targetCount} chỉ tiêu, ${plan.taskCount} nhiệm vụ`,
              },
              {
                key: 'deadline',
                label: 'Hạn ban hành',
                children: provincePlan.unitPlanDeadline
                  ? formatCalendarDateVi(provincePlan.unitPlanDeadline)
                  : 'Chưa đặt',
              },
            ]}
          />
          {plan.status === 'draft' && plan.returnComment && (
            <Alert
              type="warning"
              showIcon
              title="Cấp trên trả lại"
              description={plan.returnComment}
            />
          )}
          {plan.status === 'draft' && (
            <Button
              type="primary"
              loading={submit.isPending}
              onClick={() =>
                submit.mutate(plan.id, {
                  onSuccess: () => message.success('Đã trình kế hoạch.'),
                  onError,
                })
              }
            >
              Trình kế hoạch
            </Button>
          )}
          {plan.status === 'submitted' && (
            <Form<IssueForm>
              form={form}
              name="issue-unit-plan"
              layout="inline"
              aria-label="Ghi nhận ban hành"
              onFinish={(values) =>
                issue.mutate(
                  {
                    id: plan.id,
                    number: values.number.trim(),
                    issuedOn: values.issuedOn.format(apiDateFormat),
                  },
                  { onSuccess: () => message.success('Đã ghi nhận kế hoạch ban hành.'), onError },
                )
              }
            >
              <Form.Item
                label="Số kế hoạch"
                name="number"
                rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập số kế hoạch' }]}
              >
                <Input placeholder="25/KH-UBND" style={{ width: 160 }} />
              </Form.Item>
              <Form.Item
                label="Ngày ban hành"
                name="issuedOn"
                rules={[{ required: true, message: 'Vui lòng chọn ngày ban hành' }]}
              >
                <DatePicker format={datePickerFormat} />
              </Form.Item>
              <Form.Item>
                <Button type="primary" htmlType="submit" loading={issue.isPending}>
                  Ghi nhận ban hành
                </Button>
              </Form.Item>
            </Form>
          )}
        </Space>
      )}
    </section>
  );
}
