import type { OnestopKpi, OnestopKpiQuery } from '../../../contracts/kpi';
import { DomainError } from '../../http/domain-error';
import type { ServiceContext } from '../../http/request-context';
import { getWorkingCalendar } from '../calendar/calendar.service';
import { assertUnitPermission, requirePermissionScopes } from '../org/units.policy';
import { resolveUnit } from '../org/units.service';
import * as repo from './kpi.repo';
import { toKpiFigures } from './kpi-figures';

/**
 * Live one-stop KPIs of a unit's subtree for the dossiers received from `from` to `to` (days in
 * Việt Nam), summed from the daily rollups (docs/decisions/012-dossiers-and-kpi-rollups.md).
 * Rates use core/kpi's one rounding rule and are null on an empty denominator.
 */
export async function getOnestopKpi(
  ctx: ServiceContext,
  query: OnestopKpiQuery,
): Promise<OnestopKpi> {
  requirePermissionScopes(ctx.actor, 'dossiers.read');
  if (query.from > query.to) {
    throw new DomainError('validation_failed', [
      { field: 'to', message: 'Ngày kết thúc không được trước ngày bắt đầu' },
    ]);
  }
  const unit = await resolveUnit(ctx.db, ctx.provinceCode, query.unit);
  assertUnitPermission(ctx.actor, 'dossiers.read', unit.path);
  const sums = await repo.sumKpiDaily(ctx.db, {
    provinceCode: ctx.provinceCode,
    unitPath: unit.path,
    from: query.from,
    to: query.to,
  });
  const calendar = await getWorkingCalendar(ctx.db, ctx.provinceCode);
  const dayMinutes = calendar.dayLengthMs / 60_000;
  return {
    unit: { code: unit.code, name: unit.name },
    from: query.from,
    to: query.to,
    ...toKpiFigures(sums, dayMinutes),
  };
}
