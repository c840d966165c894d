import type { UnitKind } from '../../core/org/unit-kind';
import { buildUnitPath, levelOfPath } from '../../core/org/unit-path';
import { normalizeSearchText } from '../../core/text/normalize-search-text';
import type { Database, Queryable } from '../db/database';
import { recordAudit } from '../modules/audit/audit.service';
import { hashPassword } from '../modules/auth/password';
import { insertUser, replaceUserRoles } from '../modules/auth/users.repo';
import { countUnits, insertUnit, reserveUnitId, type UnitRow } from '../modules/org/units.repo';
import unitsData from './data/hatinh-units-2021.json' with { type: 'json' };
import { demoUsers } from './demo-users';
import { seedDemoPeriodicReports } from './seed-periodic-reports';
import { seedProvincePlan2021 } from './seed-plan';
import { seedDemoProcedures } from './seed-procedures';
import { seedProvinceIndices } from './seed-province-indices';
import { seedDemoUnitPlans } from './seed-unit-plans';
import { type SyntheticDossierOptions, seedSyntheticDossiers } from './synthetic-dossiers';

/**
 * The organisation as it stood through 2021: unchanged since NQ 819/NQ-UBTVQH14 took effect on
 * 01/01/2020 (hatinh-units-2025.notes.md §3), so every unit is valid from that day.
 */
const validFrom = '2020-01-01';

export const serviceCentreCode = 'TTPVHCC';

interface SeedUnit {
  code: string;
  name: string;
  kind: UnitKind;
  typeLabel?: string | null;
  shortName?: string | null;
  children?: SeedUnit[];
}

function buildSeedTree(): SeedUnit {
  const { province, publicServiceCentre, departments, centralAgencies, districts } = unitsData;
  const departmentNodes: SeedUnit[] = departments.map((d) => ({
    code: d.code,
    name: d.name,
    kind: 'department',
    children:
      d.code === publicServiceCentre.under
        ? [{ code: serviceCentreCode, name: publicServiceCentre.name, kind: 'service_centre' }]
        : [],
  }));
  return {
    code: province.code,
    name: province.name,
    kind: 'province',
    children: [
      ...departmentNodes,
      ...centralAgencies.map(
        (a): SeedUnit => ({ code: a.code, name: a.name, kind: 'central_agency' }),
      ),
      ...districts.map(
        (d): SeedUnit => ({
          code: d.code,
          name: d.name,
          kind: 'district',
          typeLabel: d.type,
          children: d.communes.map(
            (c): SeedUnit => ({ code: c.code, name: c.name, kind: 'commune', typeLabel: c.type }),
          ),
        }),
      ),
    ],
  };
}

async function insertSeedTree(
  tx: Queryable,
  provinceCode: string,
  node: SeedUnit,
  parent: UnitRow | null,
): Promise<number> {
  const id = await reserveUnitId(tx);
  const path = buildUnitPath(parent?.path ?? null, id);
  const unit = await insertUnit(tx, {
    id,
    provinceCode,
    code: node.code,
    name: node.name,
    shortName: node.shortName ?? null,
    kind: node.kind,
    typeLabel: node.typeLabel ?? null,
    parentId: parent?.id ?? null,
    path,
    level: levelOfPath(path),
    searchText: normalizeSearchText(node.name),
    validFrom,
  });
  let count = 1;
  for (const child of node.children ?? [])
    count += await insertSeedTree(tx, provinceCode, child, unit);
  return count;
}

/**
 * Loads the Hà Tĩnh 2021 demo on an empty database: the units and the demo accounts.
 * Returns false, changing nothing, when units already exist.
 */
export async function seedDemoProvince(
  db: Database,
  options: {
    provinceCode: string;
    demoPassword: string;
    /**
     * A year of synthetic dossiers (server/seed/synthetic-dossiers.ts), in a transaction of its
     * own after the main seed: `npm start` and `db seed` ask for it; the test template does not,
     * so tests stay fast.
     */
    syntheticDossiers?: boolean | Partial<SyntheticDossierOptions>;
  },
): Promise<boolean> {
  if ((await countUnits(db, options.provinceCode)) > 0) return false;
  const hashes = await Promise.all(demoUsers.map(() => hashPassword(options.demoPassword)));
  await db.transaction(async (tx) => {
    const unitCount = await insertSeedTree(tx, options.provinceCode, buildSeedTree(), null);
    const unitIds = new Map<string, number>();
    for (const row of await tx.query.units.findMany({ columns: { id: true, code: true } }))
      unitIds.set(row.code, row.id);
    const planUnits = new Map<string, { id: number; kind: string }>();
    for (const row of await tx.query.units.findMany({
      columns: { id: true, code: true, kind: true },
    }))
      planUnits.set(row.code, { id: row.id, kind: row.kind });
    const planCounts = await seedProvincePlan2021(tx, options.provinceCode, planUnits);
    const procedureCounts = await seedDemoProcedures(tx, options.provinceCode);
    const provinceIndexCount = await seedProvinceIndices(tx, options.provinceCode);
    for (const [index, demo] of demoUsers.entries()) {
      const user = await insertUser(tx, {
        provinceCode: options.provinceCode,
        username: demo.username,
        fullName: demo.fullName,
        searchText: normalizeSearchText(`${demo.username} ${demo.fullName}`),
        passwordHash: hashes[index]!,
      });
      await replaceUserRoles(
        tx,
        user.id,
        demo.roles.map((r) => ({ role: r.role, unitId: unitIds.get(r.unitCode)! })),
      );
    }
    await recordAudit(
      tx,
      {
        provinceCode: options.provinceCode,
        actor: null,
        meta: { requestId: 'seed', clientAddress: null },
      },
      {
        action: 'seed.demo_loaded',
        entityType: 'province',
        entityId: options.provinceCode,
        after: {
          units: unitCount,
          users: demoUsers.length,
          plan: planCounts,
          procedures: procedureCounts,
          provinceIndices: provinceIndexCount,
        },
      },
    );
  });
  if (options.syntheticDossiers) {
    const overrides = options.syntheticDossiers === true ? {} : options.syntheticDossiers;
    await db.transaction(async (tx) => {
      const summary = await seedSyntheticDossiers(tx, options.provinceCode, overrides);
      await recordAudit(
        tx,
        {
          provinceCode: options.provinceCode,
          actor: null,
          meta: { requestId: 'seed', clientAddress: null },
        },
        {
          action: 'seed.synthetic_dossiers_loaded',
          entityType: 'province',
          entityId: options.provinceCode,
          after: {
            dossiers: summary.dossiers,
            events: summary.events,
            rollups: summary.rollupRows,
          },
        },
      );
    });
  }
  // After the dossiers: the demo reports' one-stop figures are filled from their rollups.
  await db.transaction(async (tx) => {
    const reports = await seedDemoPeriodicReports(tx, options.provinceCode);
    await recordAudit(
      tx,
      {
        provinceCode: options.provinceCode,
        actor: null,
        meta: { requestId: 'seed', clientAddress: null },
      },
      {
        action: 'seed.periodic_reports_loaded',
        entityType: 'province',
        entityId: options.provinceCode,
        after: reports,
      },
    );
  });
  // The demo's plan activity (unit plans, task progress) comes with its year of dossiers: the
  // test template asks for neither, so tests start from a plan nobody has acted on yet.
  if (options.syntheticDossiers) await seedDemoUnitPlans(db, options.provinceCode);
  return true;
}
