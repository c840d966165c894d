import { Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useSignedInUser } from '../auth/auth-api';
import { hasPermission } from '../auth/permissions';
import { DossiersTab } from './dossiers-tab';
import { DueTab } from './due-tab';
import { useDueSummary } from './onestop-api';
import { ReceiveDossierTab } from './receive-dossier-tab';
import { RegisterTab } from './register-tab';

const myDossiers = { assignee: 'me' } as const;

/**
 * The one-stop desk (NĐ 61/2018): receive and print, follow and move dossiers, my dossiers, the
 * at-risk and overdue board, the register.
 */
export function OnestopPage() {
  const user = useSignedInUser();
  const canReceive = hasPermission(user, 'dossiers.receive');
  const [searchParams] = useSearchParams();
  // A reminder links to /mot-cua?ho-so=<code>: open the list, which opens that dossier.
  const [tab, setTab] = useState(canReceive && !searchParams.has('ho-so') ? 'receive' : 'dossiers');
  const summary = useDueSummary().data;
  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        Một cửa
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden={false}
        items={[
          ...(canReceive
            ? [{ key: 'receive', label: 'Tiếp nhận', children: <ReceiveDossierTab /> }]
            : []),
          { key: 'dossiers', label: 'Hồ sơ', children: <DossiersTab /> },
          {
            key: 'mine',
            label: `Hồ sơ của tôi (${summary?.mine.assigned ?? 0})`,
            children: <DossiersTab preset={myDossiers} />,
          },
          {
            key: 'due',
            label: `Sắp đến hạn / Quá hạn (${summary?.totals.atRisk ?? 0}/${summary?.totals.overdue ?? 0})`,
            children: <DueTab />,
          },
          { key: 'register', label: 'Sổ theo dõi', children: <RegisterTab /> },
        ]}
      />
    </>
  );
}
