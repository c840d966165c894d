import { useQueries } from '@tanstack/react-query';
import { Flex, Select, Spin } from 'antd';
import { useMemo, useState } from 'react';
import type { Unit, UnitDetail } from '../../../contracts/units';
import { SecondaryText } from '../../components/plain-text';
import { api } from '../../lib/api-client';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { unitsQueryKey, useUnitList } from './units-api';

interface UnitSelectBaseProps {
  id?: string;
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  includeClosed?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

type UnitSelectProps = UnitSelectBaseProps &
  (
    | { mode?: undefined; value?: string | null; onChange?: (code: string | undefined) => void }
    | { mode: 'multiple'; value?: string[]; onChange?: (codes: string[]) => void }
  );

/** Names of chosen units that are not among the current search results (e.g. an initial value). */
function useUnitNames(codes: string[]): Map<string, string> {
  const results = useQueries({
    queries: codes.map((code) => ({
      queryKey: [...unitsQueryKey, 'detail', code],
      queryFn: () => api.get<UnitDetail>(`/api/units/${encodeURIComponent(code)}`),
      staleTime: 5 * 60_000,
    })),
  });
  return new Map(
    results.flatMap((r, i) => (r.data && codes[i] ? [[codes[i], r.data.name] as const] : [])),
  );
}

/** A unit picker that searches the server as the user types (name or code, without diacritics). */
export function UnitSelect(props: UnitSelectProps) {
  const { id, placeholder, disabled, allowClear = true, includeClosed, style } = props;
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const debouncedSearch = useDebouncedValue(search.trim(), 300);
  const list = useUnitList(
    { search: debouncedSearch || undefined, includeClosed, pageSize: 20, sort: 'name' },
    open,
  );

  const selectedCodes = useMemo(() => {
    if (props.mode === 'multiple') return props.value ?? [];
    return props.value ? [props.value] : [];
  }, [props.mode, props.value]);
  const found: Unit[] = list.data?.items ?? [];
  const missing = selectedCodes.filter((code) => !found.some((u) => u.code === code));
  const names = useUnitNames(missing);

  const options = [
    ...missing.map((code) => ({ value: code, label: names.get(code) ?? code, unit: null })),
    ...found.map((unit) => ({ value: unit.code, label: unit.name, unit })),
  ];

  return (
    <Select<string | string[]>
      id={id}
      aria-label={props['aria-label']}
      mode={props.mode}
      value={props.mode === 'multiple' ? (props.value ?? []) : (props.value ?? undefined)}
      onChange={(value) => {
        if (props.mode === 'multiple') props.onChange?.(value as string[]);
        else props.onChange?.((value as string | undefined) ?? undefined);
      }}
      placeholder={placeholder ?? 'Gõ tên hoặc mã đơn vị để tìm'}
      disabled={disabled}
      allowClear={allowClear}
      style={{ width: '100%', ...style }}
      open={open}
      onOpenChange={setOpen}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      options={options}
      optionRender={(option) => {
        const unit = option.data.unit as Unit | null;
        return (
          <Flex vertical>
            <span>{option.data.label as string}</span>
            {unit && (
              <SecondaryText style={{ fontSize: 12 }}>
                {unit.code}
                {unit.parentName ? ` · ${unit.parentName}` : ''}
              </SecondaryText>
            )}
          </Flex>
        );
      }}
      notFoundContent={
        list.isFetching ? <Spin size="small" description="Đang tìm…" /> : 'Không tìm thấy đơn vị'
      }
    />
  );
}
