import { Tag, Timeline, Typography } from 'antd';
import type { DossierDetail } from '../../../contracts/dossiers';
import { formatInstantDateTimeVi } from '../../lib/format';

const eventLabels: Record<string, string> = {
  submitted: 'Đăng ký trực tuyến',
  received: 'Tiếp nhận hồ sơ',
  handed_over: 'Chuyển hồ sơ',
  supplement_requested: 'Yêu cầu bổ sung',
  supplement_received: 'Nhận hồ sơ bổ sung',
  finished: 'Có kết quả',
  returned: 'Trả kết quả',
  withdrawn: 'Rút hồ sơ',
  refused: 'Từ chối tiếp nhận',
  apology_issued: 'Phiếu xin lỗi, hẹn lại',
  rated: 'Người dân đánh giá',
};

type DossierEvent = DossierDetail['events'][number];

/** A step's own deadline (issue 4), and once it ended whether it was on time (Mẫu 05). */
function StepLine({ step }: { step: NonNullable<DossierEvent['step']> }) {
  return (
    <div>
      {step.ordinal !== null ? `Bước ${step.ordinal}: ${step.name ?? ''} · ` : ''}
      Hạn bước: {formatInstantDateTimeVi(step.dueAt)}{' '}
      {step.late === true && <Tag color="red">Trễ hạn</Tag>}
      {step.late === false && <Tag color="green">Đúng hạn</Tag>}
      {step.late === null && <Tag color="blue">Đang thực hiện</Tag>}
    </div>
  );
}

/** The hand-over log of a dossier, oldest first. */
export function DossierTimeline({ events }: { events: DossierDetail['events'] }) {
  return (
    <Timeline
      items={events.map((e, i) => ({
        key: `${e.at}-${i}`,
        content: (
          <>
            <strong>{eventLabels[e.kind] ?? e.kind}</strong> · {formatInstantDateTimeVi(e.at)}
            {(e.fromUnit || e.toUnit) && (
              <div>
                {e.fromUnit?.name ?? ''}
                {e.fromUnit && e.toUnit ? ' → ' : ''}
                {e.toUnit?.name ?? ''}
              </div>
            )}
            {e.step && <StepLine step={e.step} />}
            {e.assignee && <div>Giao cho: {e.assignee}</div>}
            {e.note && <div>{e.note}</div>}
            {e.actor && <Typography.Text type="secondary">{e.actor}</Typography.Text>}
          </>
        ),
      }))}
    />
  );
}
