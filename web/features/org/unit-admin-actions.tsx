import {
  DeleteOutlined,
  EditOutlined,
  MergeCellsOutlined,
  PlusOutlined,
  SplitCellsOutlined,
} from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import type { UnitDetail } from '../../../contracts/units';
import { allowedParentKinds, unitKinds } from '../../../core/org/unit-kind';
import { CloseUnitModal } from './close-unit-modal';
import { CreateUnitModal } from './create-unit-modal';
import { EditUnitModal } from './edit-unit-modal';
import { MergeUnitsModal } from './merge-units-modal';
import { SplitUnitModal } from './split-unit-modal';

type ActionKind = 'create' | 'edit' | 'merge' | 'split' | 'close';

/** Administrator's changes to one unit; each opens its own form. */
export function UnitAdminActions({
  unit,
  onOpenUnit,
}: {
  unit: UnitDetail;
  onOpenUnit: (code: string) => void;
}) {
  const [open, setOpen] = useState<ActionKind | null>(null);
  const close = () => setOpen(null);
  const active = unit.validTo === null;
  const canHaveChildren = unitKinds.some((k) => allowedParentKinds[k].includes(unit.kind));
  const isRoot = unit.parentCode === null;

  return (
    <>
      <Space wrap aria-label="Thao tác với đơn vị">
        <Button
          icon={<PlusOutlined aria-hidden />}
          disabled={!active || !canHaveChildren}
          onClick={() => setOpen('create')}
        >
          Thêm đơn vị trực thuộc
        </Button>
        <Button icon={<EditOutlined aria-hidden />} onClick={() => setOpen('edit')}>
          Sửa
        </Button>
        <Button
          icon={<MergeCellsOutlined aria-hidden />}
          disabled={!active || isRoot}
          onClick={() => setOpen('merge')}
        >
          Sáp nhập
        </Button>
        <Button
          icon={<SplitCellsOutlined aria-hidden />}
          disabled={!active || isRoot}
          onClick={() => setOpen('split')}
        >
          Chia tách
        </Button>
        <Button
          danger
          icon={<DeleteOutlined aria-hidden />}
          disabled={!active || isRoot}
          onClick={() => setOpen('close')}
        >
          Giải thể
        </Button>
      </Space>
      {open === 'create' && (
        <CreateUnitModal parent={unit} onClose={close} onCreated={onOpenUnit} />
      )}
      {open === 'edit' && <EditUnitModal unit={unit} onClose={close} />}
      {open === 'merge' && <MergeUnitsModal unit={unit} onClose={close} onMerged={onOpenUnit} />}
      {open === 'split' && <SplitUnitModal unit={unit} onClose={close} />}
      {open === 'close' && <CloseUnitModal unit={unit} onClose={close} />}
    </>
  );
}
