import { describe, expect, it } from 'vitest';
import { canAccessUnit, findPermissionScopes } from './access';

const canLoc = '/1/30/';
const canLocCommune = '/1/30/301/';
const thachHa = '/1/32/';

describe('canAccessUnit', () => {
  it('lets a district administrator manage a commune of the district', () => {
    expect(
      canAccessUnit([{ role: 'system_admin', unitPath: canLoc }], 'units.manage', canLocCommune),
    ).toBe(true);
  });

  it('refuses a district administrator a unit of another district', () => {
    expect(
      canAccessUnit([{ role: 'system_admin', unitPath: canLoc }], 'units.manage', thachHa),
    ).toBe(false);
  });

  it('refuses a permission the role does not carry even inside the scope', () => {
    expect(canAccessUnit([{ role: 'leader', unitPath: '/1/' }], 'units.manage', canLoc)).toBe(
      false,
    );
  });
});

describe('findPermissionScopes', () => {
  it('drops a scope nested inside another', () => {
    const grants = [
      { role: 'system_admin' as const, unitPath: canLoc },
      { role: 'system_admin' as const, unitPath: canLocCommune },
      { role: 'system_admin' as const, unitPath: thachHa },
    ];
    expect(findPermissionScopes(grants, 'audit.read').sort()).toEqual([canLoc, thachHa]);
  });

  it('returns no scope when no role grants the permission', () => {
    expect(
      findPermissionScopes([{ role: 'onestop_clerk', unitPath: '/1/' }], 'users.manage'),
    ).toEqual([]);
  });
});
