import { App, Button, Descriptions, Drawer, List, Space, Table, Tag, Typography } from 'antd';
import type { ProcedureAgency, ProcedureDetail } from '../../../contracts/procedures';
import {
  agencyRoleLabels,
  describeTimeLimit,
  onlineLevelLabels,
  procedureLevelLabels,
  procedureStatusLabels,
  timeLimitUnitLabels,
} from '../../../core/onestop/procedure-rules';
import { unitKindLabels } from '../../../core/org/unit-kind';
import { ErrorAlert } from '../../components/error-alert';
import { PageSpinner } from '../../components/page-spinner';
import { errorMessageOf } from '../../lib/api-client';
import {
  formatCalendarDateVi,
  formatInstantDateVi,
  formatNumberVi,
  formatPercentVi,
  formatVndVi,
} from '../../lib/format';
import { useProcedureDetail, useSetProcedurePublished } from './procedures-api';

const onlineLevelColors = { none: 'default', partial: 'blue', full: 'green' } as const;

export function OnlineLevelTag({ level }: { level: ProcedureDetail['onlineLevel'] }) {
  return <Tag color={onlineLevelColors[level]}>{onlineLevelLabels[level]}</Tag>;
}

export function StatusTag({ status }: { status: ProcedureDetail['status'] }) {
  return (
    <Tag color={status === 'published' ? 'green' : 'gold'}>{procedureStatusLabels[status]}</Tag>
  );
}

/** A step's own time: its share of the procedure's limit, in the limit's unit. */
function stepTime(procedure: ProcedureDetail, share: number): string | null {
  const limit = procedure.timeLimit;
  if (!limit || limit.amount === 0) return null;
  return `${formatNumberVi((limit.amount * share) / 100)} ${timeLimitUnitLabels[limit.unit]}`;
}

function Steps({ procedure }: { procedure: ProcedureDetail }) {
  if (procedure.steps.length === 0)
    return <Typography.Text type="secondary">Chưa có quy trình nội bộ</Typography.Text>;
  return (
    <List
      size="small"
      aria-label="Quy trình nội bộ"
      dataSource={procedure.steps}
      renderItem={(step) => (
        <List.Item>
          <Space orientation="vertical" size={0}>
            <span>
              {step.ordinal}. {step.name}
            </span>
            <Typography.Text type="secondary">
              {[
                step.unitName ?? (step.unitKind ? unitKindLabels[step.unitKind] : ''),
                formatPercentVi(step.sharePercent),
                stepTime(procedure, step.sharePercent),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}

function Agencies({ agencies }: { agencies: ProcedureAgency[] }) {
  return (
    <Table<ProcedureAgency>
      size="small"
      aria-label="Cơ quan thực hiện"
      rowKey="code"
      dataSource={agencies}
      pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false }}
      columns={[
        { title: 'Đơn vị', dataIndex: 'name' },
        {
          title: 'Loại',
          dataIndex: 'kind',
          width: 130,
          render: (k) => unitKindLabels[k as ProcedureAgency['kind']],
        },
        {
          title: 'Vai trò',
          dataIndex: 'role',
          width: 100,
          render: (r: ProcedureAgency['role']) => agencyRoleLabels[r],
        },
      ]}
    />
  );
}

function PublishButton({ procedure }: { procedure: ProcedureDetail }) {
  const setPublished = useSetProcedurePublished(procedure.code);
  const { message } = App.useApp();
  const publish = procedure.status !== 'published';
  return (
    <Button
      type={publish ? 'primary' : 'default'}
      loading={setPublished.isPending}
      onClick={() =>
        setPublished.mutate(publish, {
          onSuccess: () => message.success(publish ? 'Đã công bố thủ tục.' : 'Đã thu hồi công bố.'),
          onError: (error) => message.error(errorMessageOf(error)),
        })
      }
    >
      {publish ? 'Công bố' : 'Thu hồi công bố'}
    </Button>
  );
}

function ProcedureDescription({ procedure }: { procedure: ProcedureDetail }) {
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label="Mã thủ tục">{procedure.code}</Descriptions.Item>
      <Descriptions.Item label="Lĩnh vực">{procedure.field}</Descriptions.Item>
      <Descriptions.Item label="Cấp thực hiện">
        {procedureLevelLabels[procedure.level]}
      </Descriptions.Item>
      <Descriptions.Item label="Thời hạn giải quyết">
        <Space orientation="vertical" size={0}>
          <span>
            {procedure.timeLimit ? describeTimeLimit(procedure.timeLimit) : 'Chưa xác định'}
          </span>
          {procedure.timeLimitNote && (
            <Typography.Text type="secondary">{procedure.timeLimitNote}</Typography.Text>
          )}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label="Dịch vụ công trực tuyến">
        <OnlineLevelTag level={procedure.onlineLevel} />
      </Descriptions.Item>
      <Descriptions.Item label="Trạng thái">
        <StatusTag status={procedure.status} />
        {procedure.publishedAt && `ngày ${formatInstantDateVi(procedure.publishedAt)}`}
      </Descriptions.Item>
      <Descriptions.Item label="Hiệu lực">
        từ {formatCalendarDateVi(procedure.validFrom)}
        {procedure.validTo && ` đến ${formatCalendarDateVi(procedure.validTo)}`}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** The whole procedure: agencies, steps, documents, fees, legal basis; admins may (un)publish. */
export function ProcedureDetailDrawer(props: {
  code: string | null;
  canManage: boolean;
  onClose: () => void;
}) {
  const detail = useProcedureDetail(props.code);
  const procedure = detail.data;
  return (
    <Drawer
      open={Boolean(props.code)}
      onClose={props.onClose}
      size="large"
      title={procedure?.name ?? 'Thủ tục hành chính'}
      extra={props.canManage && procedure ? <PublishButton procedure={procedure} /> : null}
    >
      {detail.isPending && <PageSpinner label="Đang tải thủ tục…" />}
      <ErrorAlert error={detail.error} onRetry={() => detail.refetch()} />
      {procedure && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <ProcedureDescription procedure={procedure} />
          <section aria-label="Cơ quan thực hiện">
            <Typography.Title level={5}>Cơ quan thực hiện</Typography.Title>
            <Agencies agencies={procedure.agencies} />
          </section>
          <section aria-label="Quy trình nội bộ">
            <Typography.Title level={5}>Quy trình nội bộ</Typography.Title>
            <Steps procedure={procedure} />
          </section>
          <section aria-label="Thành phần hồ sơ">
            <Typography.Title level={5}>Thành phần hồ sơ</Typography.Title>
            <List
              size="small"
              dataSource={procedure.documents}
              locale={{ emptyText: 'Chưa có thông tin thành phần hồ sơ' }}
              renderItem={(d) => (
                <List.Item>
                  <span>
                    {d.name}
                    {d.copies ? ` — ${d.copies} bản` : ''}{' '}
                    {!d.required && <Tag>Không bắt buộc</Tag>}
                  </span>
                </List.Item>
              )}
            />
          </section>
          <section aria-label="Phí, lệ phí">
            <Typography.Title level={5}>Phí, lệ phí</Typography.Title>
            <List
              size="small"
              dataSource={procedure.fees}
              locale={{ emptyText: 'Chưa có thông tin phí, lệ phí' }}
              renderItem={(f) => (
                <List.Item
                  extra={f.amountVnd === null ? null : <strong>{formatVndVi(f.amountVnd)}</strong>}
                >
                  {f.description}
                </List.Item>
              )}
            />
          </section>
          <section aria-label="Căn cứ pháp lý">
            <Typography.Title level={5}>Căn cứ pháp lý</Typography.Title>
            <List
              size="small"
              dataSource={procedure.legalBasis}
              locale={{ emptyText: 'Chưa có thông tin căn cứ pháp lý' }}
              renderItem={(text) => <List.Item>{text}</List.Item>}
            />
          </section>
        </Space>
      )}
    </Drawer>
  );
}
