import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import type { DossierDetail } from '../../../contracts/dossiers';
import { ErrorAlert } from '../../components/error-alert';
import type { FieldProblem } from '../../lib/api-client';
import { applyFieldProblems } from '../../lib/form-errors';
import { formatInstantDateTimeVi } from '../../lib/format';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useSignedInUser } from '../auth/auth-api';
import { dossierFormUrl, useProcedureOptions, useReceiveDossier } from './onestop-api';

interface ReceiveForm {
  receivingUnitCode: string;
  procedureCode: string;
  name: string;
  phone?: string;
  email?: string;
  address?: string;
  channel: 'counter' | 'online' | 'postal';
  refusalReason?: string;
}

export const channelLabels = {
  counter: 'Trực tiếp tại quầy',
  online: 'Trực tuyến',
  postal: 'Bưu chính công ích',
} as const;

const optional = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/**
 * Receives a dossier at the counter: its code and appointment, then the receipt (Mẫu 01); or, for
 * a dossier not eligible, records the refusal with its reason and the refusal slip (Mẫu 03).
 */
export function ReceiveDossierTab() {
  const user = useSignedInUser();
  const desks = user.roles.filter((r) => r.role === 'onestop_clerk');
  const [form] = Form.useForm<ReceiveForm>();
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 300);
  const procedures = useProcedureOptions(search);
  const receive = useReceiveDossier();
  const [received, setReceived] = useState<DossierDetail | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [refusing, setRefusing] = useState(false);

  const submit = async (v: ReceiveForm) => {
    setProblems([]);
    try {
      const dossier = await receive.mutateAsync({
        procedureCode: v.procedureCode,
        receivingUnitCode: v.receivingUnitCode,
        channel: v.channel,
        applicant: {
          name: v.name.trim(),
          phone: optional(v.phone),
          email: optional(v.email),
          address: optional(v.address),
        },
        ...(refusing ? { refusalReason: v.refusalReason?.trim() } : {}),
      });
      setReceived(dossier);
      setRefusing(false);
      form.resetFields(['procedureCode', 'name', 'phone', 'email', 'address', 'refusalReason']);
    } catch (cause) {
      setProblems(applyFieldProblems(form, cause));
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 760 }}>
      {received?.state === 'refused' && (
        <Alert
          type="warning"
          showIcon
          title={`Đã từ chối tiếp nhận hồ sơ ${received.code}`}
          description={
            <Button
              icon={<PrinterOutlined aria-hidden />}
              href={dossierFormUrl(received.code, '03')}
              target="_blank"
            >
              In phiếu từ chối (Mẫu 03)
            </Button>
          }
        />
      )}
      {received && received.state !== 'refused' && (
        <Alert
          type="success"
          showIcon
          title={`Đã tiếp nhận hồ sơ ${received.code}`}
          description={
            <Space orientation="vertical">
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'code', label: 'Mã hồ sơ', children: <strong>{received.code}</strong> },
                  { key: 'procedure', label: 'Thủ tục', children: received.procedure.name },
                  {
                    key: 'due',
                    label: 'Ngày hẹn trả kết quả',
                    children: formatInstantDateTimeVi(received.dueAt),
                  },
                ]}
              />
              <Button
                type="primary"
                icon={<PrinterOutlined aria-hidden />}
                href={dossierFormUrl(received.code, '01')}
                target="_blank"
              >
                In giấy tiếp nhận (Mẫu 01)
              </Button>
            </Space>
          }
        />
      )}
      <Card title="Tiếp nhận hồ sơ">
        <ErrorAlert error={receive.error} problems={problems} />
        <Form<ReceiveForm>
          form={form}
          name="receive-dossier"
          layout="vertical"
          initialValues={{ receivingUnitCode: desks[0]?.unitCode, channel: 'counter' }}
          onFinish={submit}
          disabled={receive.isPending}
        >
          <Form.Item
            label="Bộ phận tiếp nhận"
            name="receivingUnitCode"
            rules={[{ required: true, message: 'Vui lòng chọn bộ phận tiếp nhận' }]}
          >
            <Select
              options={desks.map((d) => ({ value: d.unitCode, label: d.unitName }))}
              notFoundContent="Tài khoản chưa được phân công tiếp nhận hồ sơ"
            />
          </Form.Item>
          <Form.Item
            label="Thủ tục hành chính"
            name="procedureCode"
            rules={[{ required: true, message: 'Vui lòng chọn thủ tục' }]}
          >
            <Select
              showSearch={{ filterOption: false, onSearch: setSearchText }}
              placeholder="Gõ tên hoặc mã thủ tục để tìm"
              loading={procedures.isFetching}
              notFoundContent="Không có thủ tục phù hợp"
              options={(procedures.data?.items ?? []).map((p) => ({
                value: p.code,
                label: `${p.code} — ${p.name}`,
              }))}
            />
          </Form.Item>
          <Form.Item
            label="Họ tên người nộp"
            name="name"
            rules={[
              { required: true, whitespace: true, message: 'Vui lòng nhập họ tên người nộp' },
              { max: 200, message: 'Tối đa 200 ký tự' },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Space wrap style={{ width: '100%' }} size="middle">
            <Form.Item label="Số điện thoại" name="phone">
              <Input autoComplete="off" style={{ width: 220 }} />
            </Form.Item>
            <Form.Item
              label="Thư điện tử"
              name="email"
              rules={[{ type: 'email', message: 'Thư điện tử không hợp lệ' }]}
            >
              <Input autoComplete="off" style={{ width: 300 }} />
            </Form.Item>
          </Space>
          <Form.Item label="Địa chỉ" name="address">
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item label="Hình thức tiếp nhận" name="channel">
            <Select
              options={Object.entries(channelLabels).map(([value, label]) => ({ value, label }))}
              style={{ width: 240 }}
            />
          </Form.Item>
          {refusing && (
            <Form.Item
              label="Lý do từ chối tiếp nhận (in trên Mẫu 03)"
              name="refusalReason"
              rules={[{ required: true, whitespace: true, message: 'Vui lòng nêu lý do từ chối' }]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
          )}
          <Space>
            {refusing ? (
              <>
                <Button danger type="primary" htmlType="submit" loading={receive.isPending}>
                  Ghi nhận từ chối tiếp nhận
                </Button>
                <Button onClick={() => setRefusing(false)}>Huỷ từ chối</Button>
              </>
            ) : (
              <>
                <Button type="primary" htmlType="submit" loading={receive.isPending}>
                  Tiếp nhận hồ sơ
                </Button>
                <Button danger onClick={() => setRefusing(true)}>
                  Từ chối tiếp nhận…
                </Button>
              </>
            )}
          </Space>
        </Form>
      </Card>
    </Space>
  );
}
