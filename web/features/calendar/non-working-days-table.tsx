import { Space, Table, Tag, Typography } from 'antd';
import type { NonWorkingDay, NonWorkingDaysResponse } from '../../../contracts/calendar';
import { ErrorAlert } from '../../components/error-alert';
import { formatCalendarDateVi } from '../../lib/format';
import { useNonWorkingDays } from './calendar-api';
import {
  calendarDayKindColors,
  calendarDayKindLabels,
  holidayYearSourceLabels,
  holidayYearStatusLabels,
  kindOfListedDay,
  weekdayNameOf,
} from './calendar-labels';

function YearStatus({ data }: { data: NonWorkingDaysResponse }) {
  return (
    <Space wrap size={[8, 4]}>
      <Tag color={data.status === 'official' ? 'green' : 'gold'}>
        {holidayYearStatusLabels[data.status]}
      </Tag>
      <Typography.Text type="secondary">
        Nguồn: {holidayYearSourceLabels[data.source]}
        {data.sourceDocument ? ` — ${data.sourceDocument}` : ''}
      </Typography.Text>
      {data.note && <Typography.Text type="secondary">({data.note})</Typography.Text>}
    </Space>
  );
}

/**
 * The year's departures from the ordinary week (Monday to Friday): weekdays off and the
 * Saturdays worked in exchange. Ordinary weekends are not listed.
 */
export function NonWorkingDaysTable({ year }: { year: number }) {
  const days = useNonWorkingDays(year);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {days.data && <YearStatus data={days.data} />}
      <ErrorAlert error={days.error} onRetry={() => days.refetch()} />
      <Table<NonWorkingDay>
        aria-label={`Ngày nghỉ và ngày làm bù năm ${year}`}
        rowKey="date"
        size="middle"
        loading={{ spinning: days.isFetching, description: 'Đang tải…' }}
        dataSource={days.data?.items ?? []}
        locale={{ emptyText: 'Năm này không có ngày nghỉ nào ngoài thứ Bảy, Chủ nhật' }}
        pagination={false}
        columns={[
          {
            key: 'date',
            title: 'Ngày',
            dataIndex: 'date',
            width: 190,
            render: (date: string) => `${weekdayNameOf(date)}, ${formatCalendarDateVi(date)}`,
          },
          { key: 'name', title: 'Tên', dataIndex: 'name' },
          {
            key: 'kind',
            title: 'Loại',
            width: 200,
            render: (_, day) => {
              const kind = kindOfListedDay(day);
              return (
                <Space size={4} wrap>
                  <Tag color={calendarDayKindColors[kind]}>{calendarDayKindLabels[kind]}</Tag>
                  {day.projected && <Tag>Dự kiến</Tag>}
                </Space>
              );
            },
          },
        ]}
      />
    </Space>
  );
}
