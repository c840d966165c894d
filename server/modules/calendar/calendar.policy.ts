import { roleGrants } from '../../../core/auth/roles';
import { levelOfPath } from '../../../core/org/unit-path';
import { DomainError } from '../../http/domain-error';
import type { Actor } from '../../http/request-context';

/**
 * Holidays, swaps and working hours are one calendar for the whole province (the Prime
 * Minister's notice binds every agency alike), so `calendar.manage` counts only when held at the
 * root of the organisation tree, the province: a district's administrator holds the permission
 * over the district and is refused. Returns the root unit, under which the change is audited.
 */
export function assertProvinceCalendarAdmin(actor: Actor): { id: number; path: string } {
  const holders = actor.grants.filter((g) => roleGrants(g.role, 'calendar.manage'));
  const atRoot = holders.find((g) => levelOfPath(g.unitPath) === 0);
  if (atRoot) return { id: atRoot.unitId, path: atRoot.unitPath };
  throw new DomainError(holders.length === 0 ? 'forbidden' : 'out_of_scope', {
    requiredScope: 'province',
  });
}
