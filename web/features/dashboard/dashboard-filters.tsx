import { Form, Select } from 'antd';
import { UnitSelect } from '../org/unit-select';
import { periodOptions, yearOptions } from './periods';

export interface DashboardFilter {
  year: number;
  period: string;
  /** A subtree; the province when undefined. */
  unit: string | undefined;
}

interface DashboardFiltersProps {
  value: DashboardFilter;
  onChange: (value: DashboardFilter) => void;
  /** The unit filter: hidden when the page is about one unit (the head's view). */
  showUnit?: boolean;
}

/** Year, period (year, first half, quarter) and subtree, as labelled form controls. */
export function DashboardFilters({ value, onChange, showUnit = true }: DashboardFiltersProps) {
  return (
    <Form layout="inline" role="search" aria-label="Chọn kỳ và đơn vị" className="no-print">
      <Form.Item label="Năm" htmlFor="dashboard-year">
        <Select
          id="dashboard-year"
          value={value.year}
          onChange={(year) =>
            onChange({ ...value, year, period: value.period.replace(/^\d{4}/, String(year)) })
          }
          options={yearOptions().map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 100 }}
        />
      </Form.Item>
      <Form.Item label="Kỳ" htmlFor="dashboard-period">
        <Select
          id="dashboard-period"
          value={value.period}
          onChange={(period) => onChange({ ...value, period })}
          options={periodOptions(value.year)}
          style={{ width: 200 }}
        />
      </Form.Item>
      {showUnit && (
        <Form.Item label="Đơn vị" htmlFor="dashboard-unit">
          <UnitSelect
            id="dashboard-unit"
            value={value.unit ?? null}
            onChange={(unit) => onChange({ ...value, unit })}
            placeholder="Toàn tỉnh"
            style={{ width: 280 }}
          />
        </Form.Item>
      )}
    </Form>
  );
}
