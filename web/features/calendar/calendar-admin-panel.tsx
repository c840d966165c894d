import { ClockCircleOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CalendarYearSummary } from '../../../contracts/calendar';
import { ErrorAlert } from '../../components/error-alert';
import { ApiError, errorMessageOf } from '../../lib/api-client';
import { formatInstantDateTimeVi } from '../../lib/format';
import { useSignedInUser } from '../auth/auth-api';
import { hasPermission } from '../auth/permissions';
import {
  useCalendarSettings,
  useCalendarYear,
  useCalendarYears,
  useDeleteCalendarYear,
} from './calendar-api';
import { holidayYearSourceLabels, holidayYearStatusLabels } from './calendar-labels';
import { SettingsModal } from './settings-modal';
import { YearEditorModal } from './year-editor-modal';

function DeleteYearButton({ year }: { year: number }) {
  const deleteYear = useDeleteCalendarYear(year);
  const { message } = App.useApp();
  return (
    <Popconfirm
      title={`Bỏ lịch nhập tay năm ${year}?`}
      description="Lịch có sẵn hoặc lịch dự kiến theo luật sẽ được dùng lại."
      okText="Bỏ lịch nhập tay"
      cancelText="Huỷ"
      okButtonProps={{ danger: true, loading: deleteYear.isPending }}
      onConfirm={() =>
        deleteYear.mutateAsync().then(
          () => message.success(`Đã bỏ lịch nhập tay năm ${year}.`),
          (error: unknown) => message.error(errorMessageOf(error)),
        )
      }
    >
      <Button danger icon={<DeleteOutlined aria-hidden />}>
        Bỏ lịch nhập tay năm {year}
      </Button>
    </Popconfirm>
  );
}

function YearsTable({ onSelectYear }: { onSelectYear: (year: number) => void }) {
  const years = useCalendarYears(true);
  return (
    <>
      <ErrorAlert error={years.error} onRetry={() => years.refetch()} />
      <Table<CalendarYearSummary>
        aria-label="Các năm của lịch làm việc"
        rowKey="year"
        size="small"
        loading={{ spinning: years.isFetching, description: 'Đang tải…' }}
        dataSource={years.data?.items ?? []}
        pagination={false}
        columns={[
          {
            key: 'year',
            title: 'Năm',
            dataIndex: 'year',
            render: (year: number) => (
              <Button type="link" size="small" onClick={() => onSelectYear(year)}>
                {year}
              </Button>
            ),
          },
          {
            key: 'status',
            title: 'Trạng thái',
            render: (_, y) => holidayYearStatusLabels[y.status],
          },
          { key: 'source', title: 'Nguồn', render: (_, y) => holidayYearSourceLabels[y.source] },
          {
            key: 'document',
            title: 'Văn bản',
            render: (_, y) => y.sourceDocument ?? '—',
          },
          {
            key: 'updated',
            title: 'Cập nhật',
            render: (_, y) =>
              y.updatedAt ? `${formatInstantDateTimeVi(y.updatedAt)} (${y.updatedBy ?? '—'})` : '—',
          },
        ]}
      />
    </>
  );
}

/**
 * Editing for the province's administrators. The permission is held by every system
 * administrator, but the server accepts it only at the province: a district's administrator
 * gets 403 on the first read and sees a note instead.
 */
export function CalendarAdminPanel({
  year,
  onSelectYear,
}: {
  year: number;
  onSelectYear: (year: number) => void;
}) {
  const user = useSignedInUser();
  const mayManage = hasPermission(user, 'calendar.manage');
  const settings = useCalendarSettings(mayManage);
  const current = useCalendarYear(year, mayManage && settings.isSuccess);
  const [dialog, setDialog] = useState<'year' | 'settings' | null>(null);

  if (!mayManage) return null;
  if (settings.error instanceof ApiError && settings.error.status === 403) {
    return (
      <Typography.Text type="secondary">
        Lịch làm việc do quản trị viên cấp tỉnh cập nhật.
      </Typography.Text>
    );
  }
  const s = settings.data;

  return (
    <Card title="Quản trị lịch làm việc">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ErrorAlert error={settings.error ?? current.error} onRetry={() => settings.refetch()} />
        {s && (
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              {
                key: 'hours',
                label: 'Giờ làm việc',
                children: (
                  <Space wrap>
                    {`Sáng ${s.morning.start}–${s.morning.end}, chiều ${s.afternoon.start}–${s.afternoon.end}`}
                    {s.isDefault && <Tag>Mặc định</Tag>}
                  </Space>
                ),
              },
              {
                key: 'cutOff',
                label: 'Giờ chốt tiếp nhận',
                children: s.receptionCutOff ?? 'Không chốt',
              },
            ]}
          />
        )}
        <Space wrap>
          <Button
            icon={<ClockCircleOutlined aria-hidden />}
            disabled={!s}
            onClick={() => setDialog('settings')}
          >
            Sửa giờ làm việc
          </Button>
          <Button
            type="primary"
            icon={<EditOutlined aria-hidden />}
            disabled={!current.data}
            onClick={() => setDialog('year')}
          >
            Sửa lịch nghỉ năm {year}
          </Button>
          {current.data?.source === 'administrator' && <DeleteYearButton year={year} />}
        </Space>
        <YearsTable onSelectYear={onSelectYear} />
      </Space>
      {dialog === 'settings' && s && <SettingsModal settings={s} onClose={() => setDialog(null)} />}
      {dialog === 'year' && current.data && (
        <YearEditorModal year={year} current={current.data} onClose={() => setDialog(null)} />
      )}
    </Card>
  );
}
