import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { PublicKpi } from '../../../contracts/dashboard';
import { ErrorAlert } from '../../components/error-alert';
import { formatInstantDateTimeVi, formatNumberVi } from '../../lib/format';
import { usePublicScoreboard } from './dashboard-api';
import { yearOptions } from './periods';
import { PrintStyles } from './print-styles';
import { TrendChart } from './trend-chart';

const rate = (value: number | null) =>
  value === null ? 'Chưa có số liệu' : `${formatNumberVi(value)} %`;
const quarterLabel = (period: string) => period.replace(/^(\d{4})Q(\d)$/, 'Quý $2/$1');

interface KpiRow {
  key: string;
  label: string;
  kpi: PublicKpi;
  publishedProcedures?: number;
  hasChildren?: boolean;
  code?: string;
}

const kpiColumns = [
  {
    key: 'received',
    title: 'Hồ sơ tiếp nhận',
    align: 'right' as const,
    render: (_: unknown, r: KpiRow) => formatNumberVi(r.kpi.received),
  },
  {
    key: 'onTime',
    title: 'Tỷ lệ đúng hạn',
    align: 'right' as const,
    render: (_: unknown, r: KpiRow) => rate(r.kpi.onTimeRate),
  },
  {
    key: 'online',
    title: 'Tỷ lệ trực tuyến',
    align: 'right' as const,
    render: (_: unknown, r: KpiRow) => rate(r.kpi.onlineRate),
  },
  {
    key: 'satisfaction',
    title: 'Mức độ hài lòng',
    align: 'right' as const,
    render: (_: unknown, r: KpiRow) => rate(r.kpi.satisfactionRate),
  },
  {
    key: 'late',
    title: 'Hồ sơ trễ hạn',
    align: 'right' as const,
    render: (_: unknown, r: KpiRow) => formatNumberVi(r.kpi.late),
  },
  {
    key: 'apology',
    title: 'Quá hạn chưa có thư xin lỗi',
    align: 'right' as const,
    render: (_: unknown, r: KpiRow) => formatNumberVi(r.kpi.overdueWithoutApology),
  },
];

/** The citizen's way into the lookup (/tra-cuu), which asks for the phone's last digits. */
function LookupForm() {
  const navigate = useNavigate();
  return (
    <Form
      layout="inline"
      name="scoreboard-lookup"
      aria-label="Tra cứu hồ sơ"
      onFinish={(values: { code: string }) =>
        navigate(`/tra-cuu?ma=${encodeURIComponent(values.code.trim())}`)
      }
    >
      <Form.Item
        name="code"
        label="Mã hồ sơ"
        rules={[{ required: true, message: 'Nhập mã hồ sơ' }]}
      >
        <Input placeholder="Mã trên giấy tiếp nhận" style={{ width: 260 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">
          Tra cứu
        </Button>
      </Form.Item>
    </Form>
  );
}

/**
 * The public scoreboard (issue 5, `/cong-khai`): no sign-in; the province's and each unit's
 * results quarter by quarter, the published procedures and the dossier lookup. Aggregates only.
 */
export function ScoreboardPage() {
  const [year, setYear] = useState<number | undefined>(undefined);
  const [quarter, setQuarter] = useState<number | undefined>(undefined);
  const [trail, setTrail] = useState<Array<{ code: string; name: string }>>([]);
  const unit = trail.at(-1)?.code;
  const board = usePublicScoreboard({
    ...(year ? { year } : {}),
    ...(quarter ? { quarter } : {}),
    ...(unit ? { unit } : {}),
  });
  const data = board.data;
  const shownYear = year ?? data?.year;

  return (
    <Flex
      component="main"
      vertical
      gap={16}
      className="cchc-dashboard"
      style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}
    >
      <PrintStyles />
      <Card>
        <Typography.Title level={1} style={{ marginTop: 0, fontSize: 26 }}>
          Công khai kết quả giải quyết thủ tục hành chính
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          Số liệu tổng hợp từ hệ thống một cửa theo ngày tiếp nhận hồ sơ; không có thông tin cá
          nhân.
        </Typography.Paragraph>
        {/* Native selects: a citizen's page, reachable and labelled without antd's listbox,
            whose hidden list has no accessible name (axe-core, issue 5 quality bar). */}
        <Flex
          wrap
          gap={16}
          align="center"
          role="search"
          aria-label="Chọn năm và quý"
          className="no-print"
        >
          <label htmlFor="scoreboard-year">Năm</label>
          <select
            id="scoreboard-year"
            value={shownYear}
            onChange={(event) => setYear(Number(event.target.value))}
            style={nativeSelectStyle}
          >
            {yearOptions().map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
          <label htmlFor="scoreboard-quarter">Kỳ</label>
          <select
            id="scoreboard-quarter"
            value={quarter ?? 0}
            onChange={(event) => {
              const q = Number(event.target.value);
              setQuarter(q === 0 ? undefined : q);
            }}
            style={nativeSelectStyle}
          >
            <option value={0}>Cả năm</option>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                Quý {q}
              </option>
            ))}
          </select>
        </Flex>
      </Card>
      <ErrorAlert error={board.error} onRetry={() => board.refetch()} />
      {!data ? (
        <Skeleton active />
      ) : (
        <>
          <Breadcrumb
            items={[
              {
                key: 'root',
                title:
                  trail.length > 0 ? (
                    <a
                      href="/cong-khai"
                      onClick={(e) => {
                        e.preventDefault();
                        setTrail([]);
                      }}
                    >
                      Toàn tỉnh
                    </a>
                  ) : (
                    'Toàn tỉnh'
                  ),
              },
              ...trail.map((t, i) => ({
                key: t.code,
                title:
                  i < trail.length - 1 ? (
                    <a
                      href="/cong-khai"
                      onClick={(e) => {
                        e.preventDefault();
                        setTrail(trail.slice(0, i + 1));
                      }}
                    >
                      {t.name}
                    </a>
                  ) : (
                    t.name
                  ),
              })),
            ]}
          />
          <Card
            title={`${data.unit.name} — ${quarter ? `Quý ${quarter}/${data.year}` : `Năm ${data.year}`}`}
          >
            <Row gutter={[16, 16]}>
              <Col xs={12} md={4}>
                <Statistic title="Hồ sơ tiếp nhận" value={formatNumberVi(data.total.received)} />
              </Col>
              <Col xs={12} md={4}>
                <Statistic title="Tỷ lệ đúng hạn" value={rate(data.total.onTimeRate)} />
              </Col>
              <Col xs={12} md={4}>
                <Statistic title="Tỷ lệ trực tuyến" value={rate(data.total.onlineRate)} />
              </Col>
              <Col xs={12} md={4}>
                <Statistic title="Mức độ hài lòng" value={rate(data.total.satisfactionRate)} />
              </Col>
              <Col xs={12} md={4}>
                <Statistic
                  title="Quá hạn chưa xin lỗi"
                  value={formatNumberVi(data.total.overdueWithoutApology)}
                />
              </Col>
              <Col xs={12} md={4}>
                <Statistic
                  title="Thủ tục được công bố"
                  value={formatNumberVi(data.publishedProcedures)}
                />
              </Col>
            </Row>
          </Card>
          <Card title={`Theo quý năm ${data.year}`}>
            <TrendChart
              label={`Tỷ lệ đúng hạn, trực tuyến và hài lòng theo quý năm ${data.year} của ${data.unit.name}`}
              categories={data.quarters.map((q) => quarterLabel(q.period))}
              series={[
                { name: 'Đúng hạn', values: data.quarters.map((q) => q.kpi.onTimeRate) },
                { name: 'Trực tuyến', values: data.quarters.map((q) => q.kpi.onlineRate) },
                { name: 'Hài lòng', values: data.quarters.map((q) => q.kpi.satisfactionRate) },
              ]}
              height={260}
            />
            <Table<KpiRow>
              aria-label={`Kết quả theo quý năm ${data.year}`}
              rowKey="key"
              size="small"
              pagination={false}
              scroll={{ x: 760 }}
              dataSource={data.quarters.map((q) => ({
                key: q.period,
                label: quarterLabel(q.period),
                kpi: q.kpi,
              }))}
              columns={[{ key: 'label', title: 'Quý', dataIndex: 'label' }, ...kpiColumns]}
            />
          </Card>
          <Card title="Kết quả của các đơn vị">
            <Table<KpiRow>
              aria-label="Kết quả của các đơn vị"
              rowKey="key"
              size="small"
              pagination={false}
              scroll={{ x: 900 }}
              locale={{ emptyText: 'Không có đơn vị trực thuộc' }}
              dataSource={data.units.map((u) => ({
                key: u.code,
                code: u.code,
                label: u.name,
                kpi: u.kpi,
                publishedProcedures: u.publishedProcedures,
                hasChildren: u.hasChildren,
              }))}
              columns={[
                {
                  key: 'label',
                  title: 'Đơn vị',
                  render: (_, r) =>
                    r.hasChildren ? (
                      <a
                        href="/cong-khai"
                        onClick={(e) => {
                          e.preventDefault();
                          setTrail([...trail, { code: r.code!, name: r.label }]);
                        }}
                      >
                        {r.label}
                      </a>
                    ) : (
                      r.label
                    ),
                },
                ...kpiColumns,
                {
                  key: 'procedures',
                  title: 'Thủ tục công bố',
                  align: 'right',
                  render: (_, r) => formatNumberVi(r.publishedProcedures ?? 0),
                },
              ]}
            />
            <Typography.Text type="secondary">
              Cập nhật lúc {formatInstantDateTimeVi(data.generatedAt)}
            </Typography.Text>
          </Card>
        </>
      )}
      <Card title="Tra cứu hồ sơ" className="no-print">
        <Space orientation="vertical">
          <LookupForm />
          <Link to="/dang-nhap">Cán bộ đăng nhập</Link>
        </Space>
      </Card>
    </Flex>
  );
}

const nativeSelectStyle = {
  height: 32,
  padding: '0 8px',
  border: '1px solid #d9d9d9',
  borderRadius: 6,
  background: '#fff',
  fontSize: 14,
} as const;
