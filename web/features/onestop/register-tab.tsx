import { DownloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { apiDateFormat, datePickerFormat } from '../../lib/format';
import { useSignedInUser } from '../auth/auth-api';
import { UnitSelect } from '../org/unit-select';
import { registerUrl } from './onestop-api';

/** Mẫu 06 — Sổ theo dõi hồ sơ as xlsx, for a unit's subtree and a range of receipt days. */
export function RegisterTab() {
  const user = useSignedInUser();
  const [unit, setUnit] = useState<string | undefined>(user.roles[0]?.unitCode);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('month'), dayjs()]);
  const url =
    unit && range
      ? registerUrl({
          unit,
          from: range[0].format(apiDateFormat),
          to: range[1].format(apiDateFormat),
        })
      : undefined;
  return (
    <Space orientation="vertical" size="middle">
      <Typography.Paragraph style={{ margin: 0 }}>
        Sổ theo dõi hồ sơ (Mẫu 06) gồm các hồ sơ do đơn vị và đơn vị trực thuộc tiếp nhận, giải
        quyết trong khoảng ngày tiếp nhận đã chọn.
      </Typography.Paragraph>
      <Form layout="inline">
        <Form.Item label="Đơn vị">
          <UnitSelect value={unit} onChange={setUnit} style={{ width: 280 }} aria-label="Đơn vị" />
        </Form.Item>
        <Form.Item label="Ngày tiếp nhận">
          <DatePicker.RangePicker
            format={datePickerFormat}
            value={range}
            allowClear={false}
            onChange={(v) => {
              if (v?.[0] && v[1]) setRange([v[0], v[1]]);
            }}
          />
        </Form.Item>
        <Button
          type="primary"
          icon={<DownloadOutlined aria-hidden />}
          href={url}
          disabled={!url}
          download
        >
          Tải sổ theo dõi (.xlsx)
        </Button>
      </Form>
    </Space>
  );
}
