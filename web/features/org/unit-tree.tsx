import { CaretDownFilled } from '@ant-design/icons';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { App, Space, Tag, Tree, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Unit } from '../../../contracts/units';
import { unitKindLabels } from '../../../core/org/unit-kind';
import { errorMessageOf } from '../../lib/api-client';
import { formatCalendarDateVi } from '../../lib/format';
import { fetchChildUnits, unitsQueryKey } from './units-api';

interface UnitTreeNode {
  key: string;
  title: string;
  isLeaf: boolean;
  unit: Unit;
  /** Search results show where each match sits. */
  showContext: boolean;
  children?: UnitTreeNode[];
}

const switcherButtonStyle: React.CSSProperties = {
  background: 'none',
  border: 0,
  padding: 0,
  color: 'inherit',
  cursor: 'pointer',
  font: 'inherit',
};

interface UnitTreeProps {
  roots: Unit[];
  includeClosed: boolean;
  selectedCode: string | null;
  onSelect: (unit: Unit) => void;
  /** Label the roots with their parent and kind (search results are a flat list of matches). */
  showRootContext?: boolean;
  /** Codes from a root down to a unit to open, e.g. a unit opened from a link. */
  revealPath?: string[];
  ariaLabel: string;
}

function childQueryKey(code: string, includeClosed: boolean) {
  return [...unitsQueryKey, 'children', code, includeClosed] as const;
}

// Keys are positions (`/42/443/18370`), not codes: a search can list a unit and its parent side
// by side, and the tree needs each visible node to have its own key.
function buildNodes(
  units: Unit[],
  parentKey: string,
  childrenByCode: Map<string, Unit[]>,
  showContext: boolean,
): UnitTreeNode[] {
  return units.map((unit) => {
    const key = `${parentKey}/${unit.code}`;
    const children = childrenByCode.get(unit.code);
    return {
      key,
      title: unit.name,
      unit,
      showContext,
      isLeaf: unit.childCount === 0 || children?.length === 0,
      children: children ? buildNodes(children, key, childrenByCode, false) : undefined,
    };
  });
}

function collectKeys(nodes: UnitTreeNode[], test: (node: UnitTreeNode) => boolean): string[] {
  return nodes.flatMap((node) => [
    ...(test(node) ? [node.key] : []),
    ...collectKeys(node.children ?? [], test),
  ]);
}

function UnitTitle({ node }: { node: UnitTreeNode }) {
  const { unit } = node;
  return (
    <Space size={4} wrap={false}>
      <span>{unit.name}</span>
      {unit.validTo && <Tag color="default">Đến {formatCalendarDateVi(unit.validTo)}</Tag>}
      {node.showContext && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {unit.parentName
            ? `${unitKindLabels[unit.kind]} · ${unit.parentName}`
            : unitKindLabels[unit.kind]}
        </Typography.Text>
      )}
    </Space>
  );
}

/** The organisation tree, loading each level when it is opened (a unit with no children is a leaf). */
export function UnitTree({
  roots,
  includeClosed,
  selectedCode,
  onSelect,
  showRootContext = false,
  revealPath,
  ariaLabel,
}: UnitTreeProps) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [openedCodes, setOpenedCodes] = useState<string[]>([]);
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);

  // One query per opened unit: a unit mutation invalidates them and the tree refreshes itself.
  const childQueries = useQueries({
    queries: openedCodes.map((code) => ({
      queryKey: childQueryKey(code, includeClosed),
      queryFn: () => fetchChildUnits(code, includeClosed),
    })),
  });

  const childrenByCode = useMemo(() => {
    const map = new Map<string, Unit[]>();
    openedCodes.forEach((code, i) => {
      const data = childQueries[i]?.data;
      if (data) map.set(code, data);
    });
    return map;
  }, [openedCodes, childQueries]);

  const treeData = useMemo(
    () => buildNodes(roots, '', childrenByCode, showRootContext),
    [roots, childrenByCode, showRootContext],
  );
  const loadedKeys = useMemo(
    () => collectKeys(treeData, (n) => childrenByCode.has(n.unit.code)),
    [treeData, childrenByCode],
  );
  const selectedKeys = useMemo(
    () => collectKeys(treeData, (n) => n.unit.code === selectedCode),
    [treeData, selectedCode],
  );

  const rootCodes = roots.map((r) => r.code).join(',');
  useEffect(() => {
    // A new root (another active unit) or a new page of results starts collapsed, except a
    // single root, which is opened to show its first level.
    setExpandedKeys(
      rootCodes && !rootCodes.includes(',') && !showRootContext ? [`/${rootCodes}`] : [],
    );
  }, [rootCodes, showRootContext]);

  const revealKey = revealPath?.join('/');
  useEffect(() => {
    if (!revealKey) return;
    const codes = revealKey.split('/');
    const prefixes = codes.slice(0, -1).map((_, i) => `/${codes.slice(0, i + 1).join('/')}`);
    setExpandedKeys((keys) => [...new Set([...keys, ...prefixes])]);
  }, [revealKey]);

  const loadData = useCallback(
    async (node: { unit?: Unit; key: React.Key }) => {
      const unit = node.unit;
      if (!unit) return;
      try {
        await queryClient.fetchQuery({
          queryKey: childQueryKey(unit.code, includeClosed),
          queryFn: () => fetchChildUnits(unit.code, includeClosed),
        });
        setOpenedCodes((codes) => (codes.includes(unit.code) ? codes : [...codes, unit.code]));
      } catch (error) {
        message.error(errorMessageOf(error));
        setExpandedKeys((keys) => keys.filter((k) => k !== node.key));
      }
    },
    [queryClient, includeClosed, message],
  );

  return (
    <Tree<UnitTreeNode>
      aria-label={ariaLabel}
      blockNode
      expandAction="click"
      treeData={treeData}
      loadData={loadData}
      loadedKeys={loadedKeys}
      expandedKeys={expandedKeys}
      onExpand={(keys) => setExpandedKeys(keys.map(String))}
      selectedKeys={selectedKeys}
      onSelect={(_, info) => onSelect(info.node.unit)}
      titleRender={(node) => <UnitTitle node={node} />}
      switcherIcon={(props) => {
        const name = typeof props.title === 'string' ? props.title : '';
        return (
          // A real button for assistive technologies and tests; the tree keeps keyboard focus
          // on itself (arrow keys), so the button stays out of the tab order.
          <button
            type="button"
            tabIndex={-1}
            aria-label={`${props.expanded ? 'Thu gọn' : 'Mở rộng'} ${name}`}
            style={switcherButtonStyle}
          >
            <CaretDownFilled aria-hidden />
          </button>
        );
      }}
    />
  );
}
