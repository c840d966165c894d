import {
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Radio,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { PublicDossier } from '../../../contracts/public-dossiers';
import {
  satisfactionRatingLabelsVi,
  satisfactionRatings,
} from '../../../core/onestop/satisfaction-rating';
import { ErrorAlert } from '../../components/error-alert';
import { formatInstantDateTimeVi as formatInstant } from '../../lib/format';
import { type LookupRequest, useLookUpDossier, useRateDossier } from './public-dossiers-api';

interface RatingForm {
  rating: number;
  comment?: string;
}

/**
 * The citizen's page (issue 4 "Citizens"): no sign-in; the dossier code from the receipt
 * (Mẫu 01, also in its QR code) and the last 4 digits of the phone given at the desk.
 */
export function DossierLookupPage() {
  const [form] = Form.useForm<LookupRequest>();
  const [searchParams] = useSearchParams();
  const lookUp = useLookUpDossier();
  const rate = useRateDossier();
  const [asked, setAsked] = useState<LookupRequest | null>(null);
  const [dossier, setDossier] = useState<PublicDossier | null>(null);

  const submit = (values: LookupRequest) => {
    setAsked(values);
    setDossier(null);
    rate.reset();
    lookUp.mutate(values, { onSuccess: setDossier });
  };

  const submitRating = (values: RatingForm) => {
    if (!asked) return;
    rate.mutate(
      { code: asked.code, phone: asked.phone, rating: values.rating, comment: values.comment },
      { onSuccess: setDossier },
    );
  };

  return (
    <Flex
      component="main"
      vertical
      align="center"
      gap={16}
      style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}
    >
      <Card style={{ width: '100%', maxWidth: 640 }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          Tra cứu hồ sơ
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          Nhập mã hồ sơ ghi trên giấy tiếp nhận và hẹn trả kết quả, cùng 4 số cuối số điện thoại đã
          khai khi nộp hồ sơ.
        </Typography.Paragraph>
        <Form
          form={form}
          name="dossier-lookup"
          // The QR code on the receipt (Mẫu 01) opens /tra-cuu?ma=<code>: the code is filled in.
          initialValues={{ code: searchParams.get('ma') ?? '' }}
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          disabled={lookUp.isPending}
        >
          <Form.Item
            label="Mã hồ sơ"
            name="code"
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập mã hồ sơ' }]}
          >
            <Input autoFocus placeholder="Ví dụ: 443-210301-0001" />
          </Form.Item>
          <Form.Item
            label="4 số cuối điện thoại"
            name="phone"
            rules={[{ required: true, pattern: /^\d{4}$/, message: 'Nhập đúng 4 chữ số' }]}
          >
            <Input inputMode="numeric" maxLength={4} style={{ maxWidth: 160 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={lookUp.isPending}>
            Tra cứu
          </Button>
        </Form>
        <div style={{ marginTop: 16 }}>
          <ErrorAlert error={lookUp.error} />
        </div>
      </Card>

      {dossier && (
        <Card style={{ width: '100%', maxWidth: 640 }} title={`Hồ sơ ${dossier.code}`}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="Tình trạng">
              <Tag color="blue">{dossier.stateLabel}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="Thủ tục">{dossier.procedureName}</Descriptions.Item>
            <Descriptions.Item label="Người nộp">{dossier.applicantName}</Descriptions.Item>
            <Descriptions.Item label="Nơi tiếp nhận">{dossier.receivingUnitName}</Descriptions.Item>
            <Descriptions.Item label="Ngày tiếp nhận">
              {formatInstant(dossier.receivedAt)}
            </Descriptions.Item>
            <Descriptions.Item label="Ngày hẹn trả">
              {formatInstant(dossier.dueAt)}
              {dossier.extendedDueAt && ` (hẹn lại: ${formatInstant(dossier.extendedDueAt)})`}
            </Descriptions.Item>
            {dossier.finishedAt && (
              <Descriptions.Item label="Có kết quả">
                {formatInstant(dossier.finishedAt)}
              </Descriptions.Item>
            )}
            {dossier.returnedAt && (
              <Descriptions.Item label="Đã trả kết quả">
                {formatInstant(dossier.returnedAt)}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={5}>Quá trình xử lý</Typography.Title>
          <Timeline
            items={dossier.timeline.map((e) => ({
              key: `${e.kind}-${e.at}`,
              children: (
                <>
                  <Typography.Text strong>{e.kindLabel}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary">
                    {formatInstant(e.at)}
                    {e.unitName && ` · ${e.unitName}`}
                  </Typography.Text>
                </>
              ),
            }))}
          />
          {dossier.rated && !dossier.canRate && (
            <Typography.Paragraph type="success">Cảm ơn ông/bà đã đánh giá.</Typography.Paragraph>
          )}
          {dossier.canRate && (
            <Form<RatingForm>
              name="dossier-rating"
              layout="vertical"
              onFinish={submitRating}
              disabled={rate.isPending}
            >
              <Typography.Title level={5}>Đánh giá mức độ hài lòng</Typography.Title>
              <Form.Item
                name="rating"
                rules={[{ required: true, message: 'Vui lòng chọn mức độ hài lòng' }]}
              >
                <Radio.Group>
                  <Flex vertical gap={4}>
                    {satisfactionRatings.map((r) => (
                      <Radio key={r} value={r}>
                        {satisfactionRatingLabelsVi[r]}
                      </Radio>
                    ))}
                  </Flex>
                </Radio.Group>
              </Form.Item>
              <Form.Item label="Góp ý (không bắt buộc)" name="comment">
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
              <ErrorAlert error={rate.error} />
              <Button type="primary" htmlType="submit" loading={rate.isPending}>
                Gửi đánh giá
              </Button>
            </Form>
          )}
        </Card>
      )}
      <Flex gap={24}>
        <Link to="/nop-ho-so">Nộp hồ sơ trực tuyến</Link>
        <Link to="/dang-nhap">Đăng nhập dành cho cán bộ</Link>
      </Flex>
    </Flex>
  );
}
