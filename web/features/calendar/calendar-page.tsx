import { Card, Col, DatePicker, Flex, Row, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { calendarYearRange } from '../../../contracts/calendar';
import { toVnDate } from '../../../core/calendar/vn-time';
import { CalendarAdminPanel } from './calendar-admin-panel';
import { DueDateForm } from './due-date-form';
import { NonWorkingDaysTable } from './non-working-days-table';

function thisYearInVietnam(): number {
  return Number(toVnDate(new Date()).slice(0, 4));
}

/** "Lịch làm việc": open to every signed-in user; the province's administrators edit it. */
export function CalendarPage() {
  const [year, setYear] = useState(thisYearInVietnam);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          Lịch làm việc
        </Typography.Title>
        <Flex align="center" gap={8}>
          <label htmlFor="calendar-year">Năm</label>
          <DatePicker
            id="calendar-year"
            picker="year"
            format="YYYY"
            allowClear={false}
            value={dayjs(`${year}-01-01`)}
            disabledDate={(d) =>
              d.year() < calendarYearRange.min || d.year() > calendarYearRange.max
            }
            onChange={(d) => d && setYear(d.year())}
          />
        </Flex>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <Card title={`Ngày nghỉ và ngày làm bù năm ${year}`}>
            <NonWorkingDaysTable year={year} />
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card title="Tính ngày hẹn trả">
            <DueDateForm />
          </Card>
        </Col>
      </Row>
      <CalendarAdminPanel year={year} onSelectYear={setYear} />
    </Space>
  );
}
