import { DownloadOutlined } from '@ant-design/icons';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Modal,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Dossier } from '../../../contracts/dossiers';
import type { KpiFigures, KpiUnitRow, KpiUnitSort } from '../../../contracts/kpi-analytics';
import { ErrorAlert } from '../../components/error-alert';
import { serverPagination } from '../../components/server-pagination';
import {
  formatCalendarDateVi,
  formatInstantDateTimeVi,
  formatNumberVi,
  formatPercentVi,
} from '../../lib/format';
import { useActiveGrant } from '../auth/active-grant';
import { UnitSelect } from '../org/unit-select';
import { KpiRatesChart, KpiVolumeChart } from './kpi-charts';
import {
  type KpiDossierFilter,
  kpiUnitsXlsxUrl,
  useKpiDossiers,
  useKpiSeries,
  useKpiUnits,
} from './onestop-kpi-api';

const quarterLabels = ['Cả năm', 'Quý I', 'Quý II', 'Quý III', 'Quý IV'];

/** The plan's one-stop targets (513/KH-UBND, targets 5 and 9), to colour the cards. */
const targets = { onTimeRate: 98.5, onlineRate: 30, satisfactionRate: 91 } as const;

function windowOf(year: number, quarter: number): { from: string; to: string } {
  if (quarter === 0) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const first = quarter * 3 - 2;
  const last = quarter * 3;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  return {
    from: `${year}-${String(first).padStart(2, '0')}-01`,
    to: `${year}-${String(last).padStart(2, '0')}-${lastDay}`,
  };
}

const percent = (value: number | null) => (value === null ? '—' : formatPercentVi(value));
const days = (value: number | null) => (value === null ? '—' : `${formatNumberVi(value)} ngày`);

function Change({
  value,
  unit = 'điểm %',
  better = 'up',
}: {
  value: number | null;
  unit?: string;
  better?: 'up' | 'down';
}) {
  if (value === null || value === 0) return null;
  const good = better === 'up' ? value > 0 : value < 0;
  return (
    <Tag color={good ? 'green' : 'red'} style={{ marginInlineStart: 4 }}>
      {value > 0 ? '+' : '−'}
      {formatNumberVi(Math.abs(value))} {unit}
    </Tag>
  );
}

function RateCard({
  title,
  value,
  previous,
  target,
}: {
  title: string;
  value: number | null;
  previous: number | null;
  target: number;
}) {
  const met = value !== null && value >= target;
  return (
    <Card size="small">
      <Statistic
        title={title}
        value={percent(value)}
        styles={{ content: { color: value === null ? undefined : met ? '#389e0d' : '#cf1322' } }}
      />
      <Typography.Text type="secondary">
        Chỉ tiêu {formatPercentVi(target)}; kỳ trước {percent(previous)}
      </Typography.Text>
    </Card>
  );
}

function CountCard({ title, value, note }: { title: string; value: string; note?: string }) {
  return (
    <Card size="small">
      <Statistic title={title} value={value} />
      {note && <Typography.Text type="secondary">{note}</Typography.Text>}
    </Card>
  );
}

/**
 * A unit's one-stop KPI page (issue 4 "a unit's KPI page with charts"): the subtree's figures for
 * a year or a quarter against the plan's targets, the monthly trend, and the league table of the
 * units directly below with drill-down to the dossiers behind a figure.
 */
export function OnestopKpiPage() {
  const { activeGrant } = useActiveGrant();
  // `?unit=443&year=2021&quarter=1` opens the page on a unit and period (links from the dashboard).
  const [params, setParams] = useSearchParams();
  const [unit, setUnit] = useState<string | undefined>(params.get('unit') ?? activeGrant?.unitCode);
  const [trail, setTrail] = useState<Array<{ code: string; name: string }>>([]);
  const [year, setYear] = useState(() => {
    const asked = Number(params.get('year'));
    return Number.isInteger(asked) && asked >= 2000 ? asked : new Date().getFullYear();
  });
  const [quarter, setQuarter] = useState(() => {
    const asked = Number(params.get('quarter'));
    return [1, 2, 3, 4].includes(asked) ? asked : 0;
  });
  useEffect(() => {
    setParams(
      {
        ...(unit ? { unit } : {}),
        year: String(year),
        ...(quarter ? { quarter: String(quarter) } : {}),
      },
      { replace: true },
    );
  }, [unit, year, quarter, setParams]);
  const [table, setTable] = useState<{
    page: number;
    pageSize: number;
    sort: KpiUnitSort;
    order: 'asc' | 'desc';
  }>({
    page: 1,
    pageSize: 20,
    sort: 'onTimeRate',
    order: 'desc',
  });
  const [dossierFilter, setDossierFilter] = useState<(KpiDossierFilter & { title: string }) | null>(
    null,
  );
  const period = windowOf(year, quarter);
  const code = unit ?? '';
  const units = useKpiUnits({ unit: code, ...period, ...table });
  const series = useKpiSeries({ unit: code, ...period, granularity: 'month' });
  const data = units.data;
  const totals = data?.totals;

  const chooseUnit = (next: string | undefined) => {
    setUnit(next);
    setTrail([]);
    setTable((t) => ({ ...t, page: 1 }));
  };
  const drillInto = (row: KpiUnitRow) => {
    if (units.data)
      setTrail((t) => [...t, { code: units.data.unit.code, name: units.data.unit.name }]);
    setUnit(row.unit.code);
    setTable((t) => ({ ...t, page: 1 }));
  };
  const backTo = (index: number) => {
    const target = trail[index];
    if (!target) return;
    setTrail(trail.slice(0, index));
    setUnit(target.code);
    setTable((t) => ({ ...t, page: 1 }));
  };
  const showDossiers = (row: KpiUnitRow, kind: 'late' | 'withoutApology') =>
    setDossierFilter({
      unit: row.unit.code,
      ...period,
      ...(kind === 'late' ? { timeliness: 'late' as const } : { overdueWithoutApology: true }),
      title: `${row.unit.name}: ${kind === 'late' ? 'hồ sơ quá hạn' : 'hồ sơ quá hạn chưa có văn bản xin lỗi'}`,
    });

  const sortOrder = (key: KpiUnitSort) =>
    table.sort === key
      ? table.order === 'asc'
        ? ('ascend' as const)
        : ('descend' as const)
      : null;
  const columns: ColumnsType<KpiUnitRow> = [
    {
      title: 'Đơn vị',
      key: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (_, row) =>
        row.hasChildren ? (
          <Button type="link" style={{ padding: 0 }} onClick={() => drillInto(row)}>
            {row.unit.name}
          </Button>
        ) : (
          row.unit.name
        ),
    },
    {
      title: 'Tiếp nhận',
      key: 'received',
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('received'),
      render: (_, row) => formatNumberVi(row.received),
    },
    {
      title: 'Đã giải quyết',
      key: 'finished',
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('finished'),
      render: (_, row) => formatNumberVi(row.finished),
    },
    {
      title: 'Đúng hạn',
      key: 'onTimeRate',
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('onTimeRate'),
      render: (_, row) => (
        <span>
          {percent(row.onTimeRate)}
          <Change value={row.change.onTimeRate} />
        </span>
      ),
    },
    {
      title: 'Quá hạn',
      key: 'late',
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('late'),
      render: (_, row) =>
        row.late > 0 ? (
          <Button type="link" style={{ padding: 0 }} onClick={() => showDossiers(row, 'late')}>
            {formatNumberVi(row.late)}
          </Button>
        ) : (
          '0'
        ),
    },
    {
      title: 'Quá hạn chưa xin lỗi',
      key: 'overdueWithoutApology',
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('overdueWithoutApology'),
      render: (_, row) =>
        row.overdueWithoutApology > 0 ? (
          <Button
            type="link"
            danger
            style={{ padding: 0 }}
            onClick={() => showDossiers(row, 'withoutApology')}
          >
            {formatNumberVi(row.overdueWithoutApology)}
          </Button>
        ) : (
          '0'
        ),
    },
    {
      title: 'Trực tuyến',
      key: 'onlineRate',
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('onlineRate'),
      render: (_, row) => (
        <span>
          {percent(row.onlineRate)}
          <Change value={row.change.onlineRate} />
        </span>
      ),
    },
    {
      title: 'Hài lòng',
      key: 'satisfactionRate',
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('satisfactionRate'),
      render: (_, row) => (
        <span>
          {percent(row.satisfactionRate)}
          <Change value={row.change.satisfactionRate} />
        </span>
      ),
    },
    {
      title: 'Thời gian TB',
      key: 'averageProcessingWorkingDays',
      align: 'right',
      sorter: true,
      sortOrder: sortOrder('averageProcessingWorkingDays'),
      render: (_, row) => days(row.averageProcessingWorkingDays),
    },
  ];

  const currentYear = new Date().getFullYear();
  const years = Array.from({ length: currentYear - 2018 }, (_, i) => currentYear - i);

  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        Chỉ số một cửa
      </Typography.Title>
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label="Đơn vị" htmlFor="kpi-unit">
          <UnitSelect
            id="kpi-unit"
            value={unit}
            onChange={chooseUnit}
            allowClear={false}
            style={{ width: 300 }}
            aria-label="Đơn vị"
          />
        </Form.Item>
        <Form.Item label="Năm" htmlFor="kpi-year">
          <Select
            id="kpi-year"
            aria-label="Năm"
            value={year}
            onChange={(value) => {
              setYear(value);
              setTable((t) => ({ ...t, page: 1 }));
            }}
            options={years.map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
          />
        </Form.Item>
        <Form.Item label="Kỳ" htmlFor="kpi-quarter">
          <Select
            id="kpi-quarter"
            aria-label="Kỳ"
            value={quarter}
            onChange={(value) => {
              setQuarter(value);
              setTable((t) => ({ ...t, page: 1 }));
            }}
            options={quarterLabels.map((label, value) => ({ value, label }))}
            style={{ width: 110 }}
          />
        </Form.Item>
      </Form>

      {trail.length > 0 && (
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={[
            ...trail.map((step, index) => ({
              title: (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0 }}
                  onClick={() => backTo(index)}
                >
                  {step.name}
                </Button>
              ),
            })),
            { title: units.data?.unit.name ?? unit },
          ]}
        />
      )}

      {!unit && <Typography.Text type="secondary">Chọn đơn vị để xem chỉ số.</Typography.Text>}
      {units.error && <ErrorAlert error={units.error} />}

      {unit && data && totals && (
        <>
          <Typography.Paragraph type="secondary">
            {data.unit.name} và đơn vị trực thuộc — hồ sơ tiếp nhận từ{' '}
            {formatCalendarDateVi(period.from)} đến {formatCalendarDateVi(period.to)}, so với kỳ
            trước ({formatCalendarDateVi(data.previousFrom)} –{' '}
            {formatCalendarDateVi(data.previousTo)}).
          </Typography.Paragraph>
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
            <Col xs={24} sm={12} lg={6}>
              <RateCard
                title="Tỷ lệ giải quyết đúng hạn"
                value={totals.onTimeRate}
                previous={totals.previous.onTimeRate}
                target={targets.onTimeRate}
              />
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <RateCard
                title="Tỷ lệ hồ sơ trực tuyến"
                value={totals.onlineRate}
                previous={totals.previous.onlineRate}
                target={targets.onlineRate}
              />
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <RateCard
                title="Tỷ lệ hài lòng"
                value={totals.satisfactionRate}
                previous={totals.previous.satisfactionRate}
                target={targets.satisfactionRate}
              />
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <CountCard
                title="Hồ sơ tiếp nhận"
                value={formatNumberVi(totals.received)}
                note={`Đã giải quyết ${formatNumberVi(totals.finished)}, đang giải quyết ${formatNumberVi(totals.pending)}`}
              />
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <CountCard
                title="Quá hạn chưa có văn bản xin lỗi"
                value={formatNumberVi(totals.overdueWithoutApology)}
                note={`Quá hạn ${formatNumberVi(totals.late)} hồ sơ`}
              />
            </Col>
            <Col xs={24} sm={12} lg={6}>
              <CountCard
                title="Thời gian giải quyết trung bình"
                value={days(totals.averageProcessingWorkingDays)}
                note="ngày làm việc"
              />
            </Col>
          </Row>
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
            <Col xs={24} xl={12}>
              <Card size="small" title="Tỷ lệ theo tháng">
                {series.data && <KpiRatesChart items={series.data.items} />}
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title="Hồ sơ tiếp nhận và giải quyết theo tháng">
                {series.data && <KpiVolumeChart items={series.data.items} />}
              </Card>
            </Col>
          </Row>
          <Card
            size="small"
            title="Các đơn vị trực thuộc"
            extra={
              <Button
                icon={<DownloadOutlined aria-hidden />}
                href={kpiUnitsXlsxUrl({
                  unit: code,
                  ...period,
                  sort: table.sort,
                  order: table.order,
                })}
                download
              >
                Xuất Excel
              </Button>
            }
          >
            <Table<KpiUnitRow>
              rowKey={(row) => row.unit.code}
              size="small"
              loading={units.isFetching}
              columns={columns}
              dataSource={units.data?.items ?? []}
              scroll={{ x: 960 }}
              locale={{ emptyText: 'Đơn vị không có đơn vị trực thuộc' }}
              pagination={serverPagination(table, units.data?.total)}
              onChange={(pagination, _filters, sorter) => {
                const s = sorter as SorterResult<KpiUnitRow>;
                const key = (s.columnKey as KpiUnitSort | undefined) ?? table.sort;
                setTable({
                  page: pagination.current ?? 1,
                  pageSize: pagination.pageSize ?? table.pageSize,
                  sort: s.order ? key : 'onTimeRate',
                  order: s.order === 'ascend' ? 'asc' : 'desc',
                });
              }}
              summary={() =>
                units.data && units.data.own.received > 0 ? (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      {units.data.unit.name} (trực tiếp giải quyết)
                    </Table.Summary.Cell>
                    <OwnCells figures={units.data.own} />
                  </Table.Summary.Row>
                ) : null
              }
            />
          </Card>
        </>
      )}

      <DossiersModal filter={dossierFilter} onClose={() => setDossierFilter(null)} />
    </>
  );
}

function OwnCells({ figures }: { figures: KpiFigures }) {
  const cells: Array<[string, string]> = [
    ['received', formatNumberVi(figures.received)],
    ['finished', formatNumberVi(figures.finished)],
    ['onTimeRate', percent(figures.onTimeRate)],
    ['late', formatNumberVi(figures.late)],
    ['overdueWithoutApology', formatNumberVi(figures.overdueWithoutApology)],
    ['onlineRate', percent(figures.onlineRate)],
    ['satisfactionRate', percent(figures.satisfactionRate)],
    ['averageProcessingWorkingDays', days(figures.averageProcessingWorkingDays)],
  ];
  return (
    <>
      {cells.map(([key, text], index) => (
        <Table.Summary.Cell key={key} index={index + 1} align="right">
          {text}
        </Table.Summary.Cell>
      ))}
    </>
  );
}

function DossiersModal({
  filter,
  onClose,
}: {
  filter: (KpiDossierFilter & { title: string }) | null;
  onClose: () => void;
}) {
  const [page, setPage] = useState(1);
  const dossiers = useKpiDossiers(filter, page);
  const columns: ColumnsType<Dossier> = [
    { title: 'Mã hồ sơ', key: 'code', render: (_, d) => d.code },
    { title: 'Thủ tục', key: 'procedure', render: (_, d) => d.procedure.name, ellipsis: true },
    { title: 'Đơn vị giải quyết', key: 'unit', render: (_, d) => d.handlingUnit.name },
    { title: 'Hẹn trả', key: 'dueAt', render: (_, d) => formatInstantDateTimeVi(d.dueAt) },
    {
      title: 'Có kết quả',
      key: 'finishedAt',
      render: (_, d) => (d.finishedAt ? formatInstantDateTimeVi(d.finishedAt) : '—'),
    },
  ];
  return (
    <Modal
      open={filter !== null}
      title={filter?.title}
      onCancel={() => {
        setPage(1);
        onClose();
      }}
      footer={null}
      width={960}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {dossiers.error && <ErrorAlert error={dossiers.error} />}
        <Table<Dossier>
          rowKey="code"
          size="small"
          loading={dossiers.isFetching}
          columns={columns}
          dataSource={dossiers.data?.items ?? []}
          pagination={{
            current: page,
            pageSize: 10,
            total: dossiers.data?.total ?? 0,
            onChange: setPage,
            showTotal: (count) => `Tổng số: ${formatNumberVi(count)}`,
          }}
        />
        <Flex justify="end">
          <Typography.Text type="secondary">
            Hồ sơ do đơn vị và đơn vị trực thuộc tiếp nhận, giải quyết trong kỳ.
          </Typography.Text>
        </Flex>
      </Space>
    </Modal>
  );
}
