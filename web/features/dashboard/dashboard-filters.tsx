import { Flex, Select } from 'antd';
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

/**
 * Year, period (year, first half, quarter) and subtree, as labelled controls. Plain labels, not
 * antd's Form: nothing here is validated or submitted, and Form would add ~10 KB gzipped to
 * the landing route (issue 5: ≤ 300 KB).
 */
export function DashboardFilters({ value, onChange, showUnit = true }: DashboardFiltersProps) {
  return (
    <Flex
      wrap
      gap={16}
      align="center"
      role="search"
      aria-label="Chọn kỳ và đơn vị"
      className="no-print"
    >
      <Flex align="center" gap={8}>
        <label htmlFor="dashboard-year">Năm</label>
        <Select
          id="dashboard-year"
          value={value.year}
          onChange={(year) =>
            onChange({ ...value, year, period: value.period.replace(/^\d{4}/, String(year)) })
          }
          options={yearOptions().map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 100 }}
        />
      </Flex>
      <Flex align="center" gap={8}>
        <label htmlFor="dashboard-period">Kỳ</label>
        <Select
          id="dashboard-period"
          value={value.period}
          onChange={(period) => onChange({ ...value, period })}
          options={periodOptions(value.year)}
          style={{ width: 200 }}
        />
      </Flex>
      {showUnit && (
        <Flex align="center" gap={8}>
          <label htmlFor="dashboard-unit">Đơn vị</label>
          <UnitSelect
            id="dashboard-unit"
            value={value.unit ?? null}
            onChange={(unit) => onChange({ ...value, unit })}
            placeholder="Toàn tỉnh"
            style={{ width: 280 }}
          />
        </Flex>
      )}
    </Flex>
  );
}
