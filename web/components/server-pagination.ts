import type { TablePaginationConfig } from 'antd';
import { formatNumberVi } from '../lib/format';

export interface PageState {
  page: number;
  pageSize: number;
}

/** antd pagination driven by the server's `page`, `pageSize` and `total`. */
export function serverPagination(
  state: PageState,
  total: number | undefined,
): TablePaginationConfig {
  return {
    current: state.page,
    pageSize: state.pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (count) => `Tổng số: ${formatNumberVi(count)}`,
  };
}
