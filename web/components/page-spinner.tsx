import { Flex, Spin } from 'antd';

/** Centered spinner for a page or panel that is still loading. */
export function PageSpinner({ label = 'Đang tải…' }: { label?: string }) {
  return (
    <Flex justify="center" align="center" style={{ minHeight: 160 }} role="status">
      <Spin description={label} size="large">
        <div style={{ width: 160, height: 60 }} />
      </Spin>
    </Flex>
  );
}
