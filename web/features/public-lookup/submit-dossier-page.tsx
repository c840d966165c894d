import { Alert, Button, Card, Flex, Form, Input, Result, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { PublicSubmissionResult } from '../../../contracts/public-submissions';
import { ErrorAlert } from '../../components/error-alert';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import {
  useOnlineProcedures,
  useOnlineProcedureUnits,
  useSubmitDossier,
} from './public-dossiers-api';

interface SubmitForm {
  procedureCode: string;
  receivingUnitCode: string;
  name: string;
  phone: string;
  email?: string;
  address?: string;
  note?: string;
}

const optional = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/**
 * Online submission without an account (issue 4; NĐ 61/2018 "Channels": online). The desk checks
 * the dossier and accepts or refuses it; the citizen follows it on /tra-cuu with the code and
 * the last 4 digits of the phone given here.
 */
export function SubmitDossierPage() {
  const [form] = Form.useForm<SubmitForm>();
  const [procedureSearch, setProcedureSearch] = useState('');
  const [unitSearch, setUnitSearch] = useState('');
  const procedureCode = Form.useWatch('procedureCode', form);
  const procedures = useOnlineProcedures(useDebouncedValue(procedureSearch, 300));
  const units = useOnlineProcedureUnits(procedureCode, useDebouncedValue(unitSearch, 300));
  const submit = useSubmitDossier();
  const [done, setDone] = useState<PublicSubmissionResult | null>(null);

  const onFinish = (v: SubmitForm) =>
    submit.mutate(
      {
        procedureCode: v.procedureCode,
        receivingUnitCode: v.receivingUnitCode,
        applicant: {
          name: v.name.trim(),
          phone: v.phone.trim(),
          email: optional(v.email),
          address: optional(v.address),
        },
        note: optional(v.note) ?? undefined,
      },
      { onSuccess: setDone },
    );

  return (
    <Flex
      component="main"
      vertical
      align="center"
      gap={16}
      style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}
    >
      <Card style={{ width: '100%', maxWidth: 640 }}>
        {done ? (
          <Result
            status="success"
            title={`Đã gửi hồ sơ ${done.code}`}
            subTitle={done.confirmation}
            extra={[
              <Link key="lookup" to={`/tra-cuu?ma=${encodeURIComponent(done.code)}`}>
                Tra cứu hồ sơ {done.code}
              </Link>,
            ]}
          />
        ) : (
          <>
            <Typography.Title level={3} style={{ marginTop: 0 }}>
              Nộp hồ sơ trực tuyến
            </Typography.Title>
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title="Không cần tài khoản. Bộ phận một cửa sẽ kiểm tra hồ sơ rồi tiếp nhận hoặc hướng dẫn Ông/Bà; ngày hẹn trả tính từ lúc hồ sơ được tiếp nhận."
            />
            <Form<SubmitForm>
              form={form}
              name="dossier-submit"
              layout="vertical"
              requiredMark="optional"
              onFinish={onFinish}
              disabled={submit.isPending}
            >
              <Form.Item
                label="Thủ tục hành chính"
                name="procedureCode"
                rules={[{ required: true, message: 'Vui lòng chọn thủ tục' }]}
              >
                <Select
                  showSearch={{ filterOption: false, onSearch: setProcedureSearch }}
                  placeholder="Tìm theo tên hoặc mã thủ tục"
                  loading={procedures.isFetching}
                  onChange={() => form.setFieldValue('receivingUnitCode', undefined)}
                  options={(procedures.data?.items ?? []).map((p) => ({
                    value: p.code,
                    label: `${p.code} — ${p.name}`,
                  }))}
                />
              </Form.Item>
              <Form.Item
                label="Nơi nộp hồ sơ"
                name="receivingUnitCode"
                rules={[{ required: true, message: 'Vui lòng chọn nơi nộp hồ sơ' }]}
              >
                <Select
                  showSearch={{ filterOption: false, onSearch: setUnitSearch }}
                  disabled={!procedureCode}
                  placeholder={procedureCode ? 'Tìm cơ quan tiếp nhận' : 'Chọn thủ tục trước'}
                  loading={units.isFetching}
                  options={(units.data?.items ?? []).map((u) => ({ value: u.code, label: u.name }))}
                />
              </Form.Item>
              <Form.Item
                label="Họ tên người nộp"
                name="name"
                rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập họ tên' }]}
              >
                <Input autoComplete="name" />
              </Form.Item>
              <Form.Item
                label="Số điện thoại"
                name="phone"
                extra="4 số cuối dùng để tra cứu hồ sơ."
                rules={[
                  {
                    required: true,
                    pattern: /^\+?[0-9 .-]{6,20}$/,
                    message: 'Vui lòng nhập số điện thoại hợp lệ',
                  },
                ]}
              >
                <Input inputMode="tel" autoComplete="tel" />
              </Form.Item>
              <Form.Item
                label="Thư điện tử"
                name="email"
                rules={[{ type: 'email', message: 'Thư điện tử không hợp lệ' }]}
              >
                <Input autoComplete="email" />
              </Form.Item>
              <Form.Item label="Địa chỉ" name="address">
                <Input autoComplete="street-address" />
              </Form.Item>
              <Form.Item label="Ghi chú" name="note" rules={[{ max: 2000 }]}>
                <Input.TextArea rows={3} />
              </Form.Item>
              <ErrorAlert error={submit.error} />
              <Button type="primary" htmlType="submit" loading={submit.isPending}>
                Gửi hồ sơ
              </Button>
            </Form>
          </>
        )}
      </Card>
      <Link to="/tra-cuu">Tra cứu hồ sơ đã nộp</Link>
    </Flex>
  );
}
