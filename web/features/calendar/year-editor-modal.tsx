import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  type CalendarDayInput,
  type CalendarYearDetail,
  type CalendarYearProblem,
  enteredYearStatuses,
  maxCalendarDaysPerYear,
} from '../../../contracts/calendar';
import { calendarDayKinds } from '../../../core/calendar/holiday-year';
import { FormModal } from '../../components/form-modal';
import { ApiError } from '../../lib/api-client';
import { apiDateFormat, datePickerFormat } from '../../lib/format';
import { useReplaceCalendarYear } from './calendar-api';
import { calendarDayKindLabels, holidayYearStatusLabels, weekdayNameOf } from './calendar-labels';

interface YearForm {
  status: (typeof enteredYearStatuses)[number];
  sourceDocument?: string | null;
  note?: string | null;
  days: CalendarDayInput[];
}

const kindOptions = calendarDayKinds.map((kind) => ({
  value: kind,
  label: calendarDayKindLabels[kind],
}));

/**
 * The server refuses a year's bad days with 422 `calendar_year_invalid` and the row of each;
 * recast as field problems, the form shows each message under its row's date.
 */
function asFieldProblems(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.code !== 'calendar_year_invalid') return error;
  const problems = (error.details as CalendarYearProblem[] | undefined) ?? [];
  return new ApiError(
    error.status,
    'validation_failed',
    error.message,
    problems.map((p) => ({ path: `body.days.${p.index}.date`, message: p.message })),
  );
}

function DayRows() {
  return (
    <Form.List name="days">
      {(fields, { add, remove }) => (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 14, marginBottom: 8 }}>
            Ngày nghỉ vào ngày thường và ngày làm bù vào cuối tuần
          </legend>
          {fields.map((field, index) => (
            <Row key={field.key} gutter={8} align="top" wrap={false}>
              <Col flex="190px">
                <Form.Item
                  name={[field.name, 'date']}
                  rules={[{ required: true, message: 'Chọn ngày' }]}
                  getValueProps={(value?: string) => ({ value: value ? dayjs(value) : undefined })}
                  normalize={(value?: Dayjs | null) => value?.format(apiDateFormat)}
                  extra={
                    <Form.Item noStyle shouldUpdate>
                      {({ getFieldValue }) =>
                        weekdayNameOf(getFieldValue(['days', field.name, 'date']) ?? '')
                      }
                    </Form.Item>
                  }
                >
                  <DatePicker
                    aria-label={`Ngày, dòng ${index + 1}`}
                    format={datePickerFormat}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              </Col>
              <Col flex="auto" style={{ minWidth: 0 }}>
                <Form.Item
                  name={[field.name, 'name']}
                  rules={[{ required: true, whitespace: true, message: 'Nhập tên ngày nghỉ' }]}
                >
                  <Input aria-label={`Tên, dòng ${index + 1}`} maxLength={200} />
                </Form.Item>
              </Col>
              <Col flex="170px">
                <Form.Item name={[field.name, 'kind']} rules={[{ required: true }]}>
                  <Select aria-label={`Loại, dòng ${index + 1}`} options={kindOptions} />
                </Form.Item>
              </Col>
              <Col flex="32px">
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={`Bỏ dòng ${index + 1}`}
                  onClick={() => remove(field.name)}
                />
              </Col>
            </Row>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({ kind: 'holiday' })}
            disabled={fields.length >= maxCalendarDaysPerYear}
            style={{ marginBottom: 16 }}
          >
            Thêm ngày
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}

/**
 * Enters a year from the Prime Minister's notice; starts from the days now in force (built in,
 * entered or projected), so a notice that confirms the projection needs only its number.
 */
export function YearEditorModal({
  year,
  current,
  onClose,
}: {
  year: number;
  current: CalendarYearDetail;
  onClose: () => void;
}) {
  const replaceYear = useReplaceCalendarYear(year);
  return (
    <FormModal<YearForm>
      name="calendar-year"
      title={`Lịch nghỉ năm ${year}`}
      width={760}
      successMessage={`Đã lưu lịch nghỉ năm ${year}.`}
      initialValues={{
        status: current.status === 'official' ? 'official' : 'expected',
        sourceDocument: current.sourceDocument,
        note: current.note,
        days: current.days,
      }}
      onClose={onClose}
      onSubmit={(values) =>
        replaceYear
          .mutateAsync({
            status: values.status,
            sourceDocument: values.sourceDocument?.trim() || null,
            note: values.note?.trim() || null,
            days: (values.days ?? []).map((d) => ({ ...d, name: d.name.trim() })),
          })
          .catch((error: unknown) => {
            throw asFieldProblems(error);
          })
      }
    >
      <Typography.Paragraph type="secondary">
        Chỉ ghi các ngày khác với tuần làm việc thường lệ: ngày nghỉ rơi vào thứ Hai đến thứ Sáu, và
        thứ Bảy hoặc Chủ nhật phải đi làm bù. Ngày lễ trùng cuối tuần không ghi; ghi ngày nghỉ bù.
      </Typography.Paragraph>
      <Row gutter={8}>
        <Col span={10}>
          <Form.Item label="Trạng thái" name="status" rules={[{ required: true }]}>
            <Select
              options={enteredYearStatuses.map((s) => ({
                value: s,
                label: holidayYearStatusLabels[s],
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item label="Văn bản" name="sourceDocument" rules={[{ max: 300 }]}>
            <Input placeholder="Thông báo số …/TB-LĐTBXH ngày …" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label="Ghi chú" name="note" rules={[{ max: 1000 }]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <DayRows />
    </FormModal>
  );
}
