import { ClearOutlined, FilterOutlined } from '@ant-design/icons';
import { Button, Form, Space } from 'antd';

/** The "Lọc" (submit) and "Xoá bộ lọc" buttons closing a list's filter form. */
export function FilterFormActions({ onClear }: { onClear: () => void }) {
  return (
    <Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" icon={<FilterOutlined aria-hidden />}>
          Lọc
        </Button>
        <Button icon={<ClearOutlined aria-hidden />} onClick={onClear}>
          Xoá bộ lọc
        </Button>
      </Space>
    </Form.Item>
  );
}
