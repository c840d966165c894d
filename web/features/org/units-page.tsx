import { DownloadOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Flex,
  Input,
  Pagination,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Unit } from '../../../contracts/units';
import { type UnitKind, unitKindLabels, unitKinds } from '../../../core/org/unit-kind';
import { ErrorAlert } from '../../components/error-alert';
import { PageSpinner } from '../../components/page-spinner';
import { formatNumberVi } from '../../lib/format';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useActiveGrant } from '../auth/active-grant';
import { useSignedInUser } from '../auth/auth-api';
import { hasPermission } from '../auth/permissions';
import { ImportUnitsModal } from './import-units-modal';
import { UnitAdminActions } from './unit-admin-actions';
import { UnitDetailPanel } from './unit-detail-panel';
import { UnitTree } from './unit-tree';
import { unitImportTemplateUrl, useUnitDetail, useUnitList } from './units-api';

const searchPageSize = 20;

/** The tree under the active unit, opened level by level. */
function ActiveUnitTree(props: {
  includeClosed: boolean;
  selectedCode: string | null;
  onSelect: (unit: Unit) => void;
  revealPath?: string[];
}) {
  const { activeGrant } = useActiveGrant();
  const root = useUnitDetail(activeGrant?.unitCode);
  const roots = useMemo(() => (root.data ? [root.data] : []), [root.data]);

  if (!activeGrant) return <Empty description="Tài khoản chưa được giao đơn vị nào" />;
  if (root.isPending) return <PageSpinner label="Đang tải cây đơn vị…" />;
  if (root.error) return <ErrorAlert error={root.error} onRetry={() => root.refetch()} />;
  return <UnitTree ariaLabel="Cây đơn vị" roots={roots} {...props} />;
}

/** Matches of a search (or all units of a kind), paged; each can be opened like a tree node. */
function UnitSearchResults(props: {
  search: string;
  kind: UnitKind | undefined;
  includeClosed: boolean;
  selectedCode: string | null;
  onSelect: (unit: Unit) => void;
}) {
  const { search, kind, includeClosed } = props;
  const [paging, setPaging] = useState({ key: '', page: 1, pageSize: searchPageSize });
  // A new search starts on its first page.
  const filterKey = `${search}|${kind ?? ''}|${includeClosed}`;
  const page = paging.key === filterKey ? paging.page : 1;
  const result = useUnitList({
    search: search || undefined,
    kind,
    includeClosed,
    page,
    pageSize: paging.pageSize,
    sort: 'name',
  });

  if (result.isPending) return <PageSpinner label="Đang tìm đơn vị…" />;
  if (result.error) return <ErrorAlert error={result.error} onRetry={() => result.refetch()} />;
  if (result.data.total === 0) return <Empty description="Không tìm thấy đơn vị phù hợp" />;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary" role="status">
        Tìm thấy {formatNumberVi(result.data.total)} đơn vị
      </Typography.Text>
      <UnitTree
        ariaLabel="Kết quả tìm đơn vị"
        roots={result.data.items}
        includeClosed={includeClosed}
        selectedCode={props.selectedCode}
        onSelect={props.onSelect}
        showRootContext
      />
      <Pagination
        size="small"
        current={page}
        pageSize={paging.pageSize}
        total={result.data.total}
        showSizeChanger={false}
        hideOnSinglePage
        onChange={(p, size) => setPaging({ key: filterKey, page: p, pageSize: size })}
      />
    </Space>
  );
}

export function UnitsPage() {
  const user = useSignedInUser();
  const canManage = hasPermission(user, 'units.manage');
  const { activeGrant } = useActiveGrant();
  const [params, setParams] = useSearchParams();
  const [searchText, setSearchText] = useState('');
  const [kind, setKind] = useState<UnitKind | undefined>();
  const [includeClosed, setIncludeClosed] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const search = useDebouncedValue(searchText.trim(), 300);

  // The chosen unit lives in the address (`?ma=`), so a unit can be linked and reloaded.
  const selectedCode = params.get('ma') ?? activeGrant?.unitCode ?? null;
  const openUnit = (code: string) => setParams({ ma: code }, { replace: true });
  const selected = useUnitDetail(selectedCode);
  const revealPath = selected.data
    ? [...selected.data.ancestors.map((a) => a.code), selected.data.code]
    : undefined;
  const rootIndex = activeGrant && revealPath ? revealPath.indexOf(activeGrant.unitCode) : -1;
  const listing = search.length > 0 || kind !== undefined;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          Đơn vị
        </Typography.Title>
        {canManage && (
          <Space wrap>
            <Button icon={<UploadOutlined aria-hidden />} onClick={() => setImportOpen(true)}>
              Nhập từ tệp
            </Button>
            <Button icon={<DownloadOutlined aria-hidden />} href={unitImportTemplateUrl} download>
              Tải tệp mẫu
            </Button>
          </Space>
        )}
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10} xl={9}>
          <Card>
            <Space orientation="vertical" style={{ width: '100%' }} size="middle">
              <Input
                aria-label="Tìm đơn vị"
                placeholder="Tìm theo tên hoặc mã (gõ không dấu cũng được)"
                prefix={<SearchOutlined aria-hidden />}
                allowClear
                value={searchText}
                onChange={(e) => setSearchText(e.target.value)}
              />
              <Flex gap={8} wrap align="center">
                <Select<UnitKind>
                  aria-label="Lọc theo cấp, loại đơn vị"
                  placeholder="Mọi cấp, loại đơn vị"
                  allowClear
                  value={kind}
                  onChange={setKind}
                  options={unitKinds.map((k) => ({ value: k, label: unitKindLabels[k] }))}
                  style={{ minWidth: 200, flex: 1 }}
                />
                <Checkbox
                  checked={includeClosed}
                  onChange={(e) => setIncludeClosed(e.target.checked)}
                >
                  Hiện cả đơn vị đã hết hiệu lực
                </Checkbox>
              </Flex>
              {listing ? (
                <UnitSearchResults
                  search={search}
                  kind={kind}
                  includeClosed={includeClosed}
                  selectedCode={selectedCode}
                  onSelect={(u) => openUnit(u.code)}
                />
              ) : (
                <ActiveUnitTree
                  includeClosed={includeClosed}
                  selectedCode={selectedCode}
                  onSelect={(u) => openUnit(u.code)}
                  revealPath={rootIndex >= 0 ? revealPath?.slice(rootIndex) : undefined}
                />
              )}
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={14} xl={15}>
          <UnitDetailPanel
            code={selectedCode}
            onOpenUnit={openUnit}
            renderActions={
              canManage
                ? (unit) => <UnitAdminActions unit={unit} onOpenUnit={openUnit} />
                : undefined
            }
          />
        </Col>
      </Row>
      {importOpen && <ImportUnitsModal onClose={() => setImportOpen(false)} />}
    </Space>
  );
}
