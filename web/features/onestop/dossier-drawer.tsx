import { PrinterOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Flex, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { DossierDetail } from '../../../contracts/dossiers';
import { ErrorAlert } from '../../components/error-alert';
import { formatInstantDateTimeVi } from '../../lib/format';
import { useSignedInUser } from '../auth/auth-api';
import { hasPermission } from '../auth/permissions';
import { actionTitles, DossierActionModal } from './dossier-action-modals';
import { DossierTimeline } from './dossier-timeline';
import { DossierStateTag } from './dossiers-tab';
import { type DossierAction, dossierFormUrl, useDossierDetail } from './onestop-api';
import { channelLabels } from './receive-dossier-tab';

const open = ['received', 'in_progress', 'awaiting_payment'];

/** The actions a dossier's state allows; the server decides in the end and explains a refusal. */
function actionsOf(d: DossierDetail, canReceive: boolean): DossierAction[] {
  if (d.state === 'submitted') return canReceive ? ['accept', 'refuse'] : [];
  if (open.includes(d.state)) {
    return [
      'hand-over',
      'supplement-request',
      'finish',
      ...(d.apology ? [] : (['apology'] as const)),
    ];
  }
  if (d.state === 'awaiting_supplement') return ['supplement-received'];
  if (d.state === 'finished') return ['return'];
  return [];
}

/** A dossier: details, timeline, the actions of its state and its printable forms. */
export function DossierDrawer({ code, onClose }: { code: string | null; onClose: () => void }) {
  const user = useSignedInUser();
  const canProcess = hasPermission(user, 'dossiers.process');
  const canReceive = hasPermission(user, 'dossiers.receive');
  const detail = useDossierDetail(code);
  const [action, setAction] = useState<DossierAction | null>(null);
  const d = detail.data;

  return (
    <Drawer
      open={code !== null}
      onClose={onClose}
      title={code ? `Hồ sơ ${code}` : ''}
      size={720}
      destroyOnHidden
    >
      <ErrorAlert error={detail.error} onRetry={() => detail.refetch()} />
      {detail.isPending && code && <Spin description="Đang tải…" />}
      {d && (
        <Flex vertical gap={16}>
          <Flex gap={8} wrap>
            {canProcess &&
              actionsOf(d, canReceive).map((a) => (
                <Button key={a} onClick={() => setAction(a)}>
                  {actionTitles[a]}
                </Button>
              ))}
          </Flex>
          <Flex gap={8} wrap>
            {d.state !== 'submitted' && d.state !== 'refused' && (
              <Button
                icon={<PrinterOutlined aria-hidden />}
                href={dossierFormUrl(d.code, '01')}
                target="_blank"
              >
                Mẫu 01
              </Button>
            )}
            {d.state === 'refused' && (
              <Button
                icon={<PrinterOutlined aria-hidden />}
                href={dossierFormUrl(d.code, '03')}
                target="_blank"
              >
                Mẫu 03 (từ chối tiếp nhận)
              </Button>
            )}
            {d.supplementCount > 0 && (
              <Button
                icon={<PrinterOutlined aria-hidden />}
                href={dossierFormUrl(d.code, '02')}
                target="_blank"
              >
                Mẫu 02 (yêu cầu bổ sung)
              </Button>
            )}
            {d.apology && (
              <Button
                icon={<PrinterOutlined aria-hidden />}
                href={dossierFormUrl(d.code, '04')}
                target="_blank"
              >
                Mẫu 04 (xin lỗi, hẹn lại)
              </Button>
            )}
            <Button
              icon={<PrinterOutlined aria-hidden />}
              href={dossierFormUrl(d.code, '05')}
              target="_blank"
            >
              Mẫu 05 (phiếu kiểm soát)
            </Button>
          </Flex>
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              { key: 'state', label: 'Trạng thái', children: <DossierStateTag dossier={d} /> },
              {
                key: 'procedure',
                label: 'Thủ tục',
                children: `${d.procedure.code} — ${d.procedure.name}`,
              },
              { key: 'applicant', label: 'Người nộp', children: d.applicant.name },
              {
                key: 'contact',
                label: 'Liên hệ',
                children: [d.applicant.phone, d.applicant.email, d.applicant.address]
                  .filter(Boolean)
                  .join(' · '),
              },
              { key: 'channel', label: 'Hình thức', children: channelLabels[d.channel] },
              { key: 'receiving', label: 'Nơi tiếp nhận', children: d.receivingUnit.name },
              { key: 'handling', label: 'Cơ quan chủ trì', children: d.handlingUnit.name },
              { key: 'current', label: 'Đang ở', children: d.currentUnit.name },
              {
                key: 'assignee',
                label: 'Cán bộ xử lý',
                children: d.assignee ? `${d.assignee.fullName} (${d.assignee.username})` : '—',
              },
              ...(d.submittedAt
                ? [
                    {
                      key: 'submitted',
                      label: 'Nộp trực tuyến lúc',
                      children: formatInstantDateTimeVi(d.submittedAt),
                    },
                  ]
                : []),
              {
                key: 'receivedAt',
                label: 'Tiếp nhận lúc',
                children: formatInstantDateTimeVi(d.receivedAt),
              },
              { key: 'dueAt', label: 'Hẹn trả', children: formatInstantDateTimeVi(d.dueAt) },
              ...(d.extendedDueAt
                ? [
                    {
                      key: 'extended',
                      label: 'Hẹn lại',
                      children: (
                        <>
                          {formatInstantDateTimeVi(d.extendedDueAt)}{' '}
                          {d.apology?.apologyLate && <Tag color="orange">Xin lỗi muộn</Tag>}
                        </>
                      ),
                    },
                  ]
                : []),
              ...(d.finishedAt
                ? [
                    {
                      key: 'finished',
                      label: 'Có kết quả',
                      children: formatInstantDateTimeVi(d.finishedAt),
                    },
                  ]
                : []),
              ...(d.returnedAt
                ? [
                    {
                      key: 'returned',
                      label: 'Đã trả',
                      children: formatInstantDateTimeVi(d.returnedAt),
                    },
                  ]
                : []),
            ]}
          />
          <Typography.Title level={5} style={{ margin: 0 }}>
            Quá trình xử lý
          </Typography.Title>
          <DossierTimeline events={d.events} />
        </Flex>
      )}
      {action && d && (
        <DossierActionModal code={d.code} action={action} onClose={() => setAction(null)} />
      )}
    </Drawer>
  );
}
