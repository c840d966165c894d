import { Select } from 'antd';
import { roleLabels } from '../../../core/auth/roles';
import { SecondaryText } from '../../components/plain-text';
import { grantKey, useActiveGrant } from './active-grant';
import { useSignedInUser } from './auth-api';

export function grantLabel(grant: { role: keyof typeof roleLabels; unitName: string }): string {
  return `${roleLabels[grant.role]} — ${grant.unitName}`;
}

/** Header control: the role and unit the user works as; shown as a choice only with several. */
export function UnitSwitcher() {
  const user = useSignedInUser();
  const { activeGrant, setActiveGrant } = useActiveGrant();
  if (!activeGrant) return null;

  if (user.roles.length < 2) {
    return (
      <SecondaryText
        style={{
          display: 'inline-block',
          maxWidth: 420,
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
          verticalAlign: 'middle',
        }}
      >
        {grantLabel(activeGrant)}
      </SecondaryText>
    );
  }

  return (
    <Select
      aria-label="Vai trò và đơn vị làm việc"
      title="Vai trò và đơn vị làm việc"
      value={grantKey(activeGrant)}
      onChange={(key: string) => {
        const grant = user.roles.find((g) => grantKey(g) === key);
        if (grant) setActiveGrant(grant);
      }}
      options={user.roles.map((g) => ({ value: grantKey(g), label: grantLabel(g) }))}
      style={{ minWidth: 260, maxWidth: 460 }}
      popupMatchSelectWidth={false}
    />
  );
}
