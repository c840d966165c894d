import { Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSignedInUser } from '../auth/auth-api';
import { hasPermission } from '../auth/permissions';
import { DossiersTab } from './dossiers-tab';
import { ReceiveDossierTab } from './receive-dossier-tab';
import { RegisterTab } from './register-tab';

/** The one-stop desk (NĐ 61/2018): receive and print, follow and move dossiers, the register. */
export function OnestopPage() {
  const user = useSignedInUser();
  const canReceive = hasPermission(user, 'dossiers.receive');
  const [tab, setTab] = useState(canReceive ? 'receive' : 'dossiers');
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
          { key: 'register', label: 'Sổ theo dõi', children: <RegisterTab /> },
        ]}
      />
    </>
  );
}
