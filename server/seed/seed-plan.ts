import type { AggregationRule } from '../../core/kpi/aggregate-unit-values';
import type { IndicatorProjection } from '../../core/kpi/evaluate-indicator-status';
import { normalizeSearchText } from '../../core/text/normalize-search-text';
import type { Queryable } from '../db/database';
import {
  planAreas,
  planIndicators,
  plans,
  planTargets,
  planTaskCoordinatingUnits,
  planTasks,
} from '../db/schema/plans';
import planData from './data/hatinh-2021-plan.json' with { type: 'json' };

/** The unit kinds a collective name in the plan stands for (docs/decisions/008-plan-as-data.md). */
type UnitGroup = 'departments' | 'central_agencies' | 'districts' | 'area_leads';

/** The six departments VI.2.b lists, each leading its reform field (notes §2, Lead agencies). */
const areaLeadCodes = ['STP', 'VP_UBND', 'SNV', 'STC', 'STTTT', 'SKHCN'];

/** The plan's names of single agencies → codes of hatinh-units-2021.json. */
const agencyCodes: Record<string, string> = {
  'Sở Nội vụ': 'SNV',
  'Sở Tư pháp': 'STP',
  'Sở Tài chính': 'STC',
  'Văn phòng UBND tỉnh': 'VP_UBND',
  'Sở Thông tin và Truyền thông': 'STTTT',
  'Sở Khoa học và Công nghệ': 'SKHCN',
  'UBND tỉnh': '42',
};

/**
 * Leads that are not one agency: the province (42) leads, and the units the name covers
 * coordinate, so a unit's task list still shows the task.
 */
const collectiveLeads: Record<string, { groups: UnitGroup[]; note: string }> = {
  'Các sở, ban, ngành địa phương và các cơ quan Trung ương đóng trên địa bàn tỉnh': {
    groups: ['departments', 'central_agencies', 'districts'],
    note: 'Chủ trì là tập thể các sở, ban, ngành, địa phương và cơ quan Trung ương; ghi nhận tỉnh (42) chủ trì, các đơn vị đó phối hợp.',
  },
  'Người đứng đầu cơ quan, đơn vị, địa phương': {
    groups: ['departments', 'central_agencies', 'districts'],
    note: 'Chủ trì là người đứng đầu từng cơ quan, đơn vị, địa phương; ghi nhận tỉnh (42) chủ trì, các sở, ngành, cơ quan Trung ương và huyện phối hợp.',
  },
  'UBND tỉnh, UBND cấp huyện': {
    groups: ['districts'],
    note: 'Chủ trì là UBND tỉnh và UBND cấp huyện; ghi nhận tỉnh (42) chủ trì, các huyện, thành phố, thị xã phối hợp.',
  },
  'các huyện, thành phố, thị xã': {
    groups: ['districts'],
    note: 'Văn bản giao "các huyện, thành phố, thị xã chủ trì triển khai"; ghi nhận tỉnh (42) chủ trì, các huyện, thành phố, thị xã phối hợp.',
  },
};

/** Coordinating names → groups of units; bodies outside the province's tree map to none. */
const coordinatingGroups: Record<string, UnitGroup[] | 'outside'> = {
  'các sở, ngành theo dõi, phụ trách từng lĩnh vực cải cách hành chính': ['area_leads'],
  'các sở, ban, ngành cấp tỉnh': ['departments'],
  'UBND các huyện, thành phố, thị xã': ['districts'],
  'các cơ quan Trung ương đóng trên địa bàn tỉnh': ['central_agencies'],
  'UBMTTQ các cấp': 'outside',
  'Bộ Nội vụ': 'outside',
  'Tập đoàn Viễn thông Quân đội': 'outside',
};

/**
 * How unit values combine up the tree (core/kpi/aggregate-unit-values.ts); the plan does not
 * say, so each choice follows what the indicator counts: dossiers, documents and people →
 * ratio of sums; "N % đơn vị …" → share of units meeting; a duty of every head → all units;
 * money → sum; province-wide statistics (T10e/T10f) are not built from units → none.
 */
const aggregations: Record<string, AggregationRule | 'none'> = {
  T01a: 'share_of_units_meeting',
  T02a: 'all_units',
  T03a: 'share_of_units_meeting',
  T03b: 'share_of_units_meeting',
  T04a: 'ratio_of_sums',
  T05a: 'ratio_of_sums',
  T05b: 'ratio_of_sums',
  T05c: 'ratio_of_sums',
  T06a: 'share_of_units_meeting',
  T07a: 'share_of_units_meeting',
  T07b: 'ratio_of_sums',
  T07c: 'ratio_of_sums',
  T07d: 'ratio_of_sums',
  T08a: 'share_of_units_meeting',
  T09a: 'ratio_of_sums',
  T09b: 'ratio_of_sums',
  T09c: 'ratio_of_sums',
  T09d: 'ratio_of_sums',
  T10a: 'ratio_of_sums',
  T10b: 'ratio_of_sums',
  T10c: 'ratio_of_sums',
  T10d: 'ratio_of_sums',
  T10e: 'none',
  T10f: 'none',
  T11a: 'share_of_units_meeting',
  T11b: 'ratio_of_sums',
  T12a: 'sum',
  T12b: 'sum',
};

/** Running totals that only grow during the year (evaluate-indicator-status.ts, projection). */
const linearIndicators = new Set(['T03a', 'T12a', 'T12b']);

type UnitIds = Map<string, { id: number; kind: string }>;

function unitIdOf(unitIds: UnitIds, code: string): number {
  const unit = unitIds.get(code);
  if (!unit) throw new Error(`seed plan: unit ${code} is not seeded`);
  return unit.id;
}

function groupUnitIds(unitIds: UnitIds, groups: UnitGroup[]): number[] {
  const ids: number[] = [];
  for (const group of groups) {
    if (group === 'area_leads') {
      ids.push(...areaLeadCodes.map((code) => unitIdOf(unitIds, code)));
      continue;
    }
    const kind = {
      departments: 'department',
      central_agencies: 'central_agency',
      districts: 'district',
    }[group];
    for (const unit of unitIds.values()) if (unit.kind === kind) ids.push(unit.id);
  }
  return ids;
}

export type SeededPlanCounts = {
  plans: number;
  areas: number;
  targets: number;
  indicators: number;
  tasks: number;
};

/** Loads 513/KH-UBND (hatinh-2021-plan.json) as the province's issued plan for 2021. */
export async function seedProvincePlan2021(
  tx: Queryable,
  provinceCode: string,
  unitIds: UnitIds,
): Promise<SeededPlanCounts> {
  const source = planData.plan;
  const [plan] = await tx
    .insert(plans)
    .values({
      provinceCode,
      unitId: unitIdOf(unitIds, provinceCode),
      parentPlanId: null,
      year: source.year,
      number: source.number,
      numberAsWritten: source.numberAsWritten,
      title: source.title,
      titleAsWritten: source.titleAsWritten,
      issuer: source.issuer,
      place: source.place,
      issuedOn: source.issuedOn,
      signerName: source.signer.name,
      signerTitle: source.signer.title,
      signingCapacity: source.signer.signingCapacity,
      preambleVi: source.preambleVi,
      legalBases: source.legalBases,
      purposes: planData.purposes,
      requirements: planData.requirements,
      status: 'issued',
      unitPlanDeadline: null,
      progressRollup: 'by_status',
      searchText: normalizeSearchText(`${source.number} ${source.title}`),
    })
    .returning({ id: plans.id });
  if (!plan) throw new Error('seed plan: insert returned nothing');
  const planId = plan.id;

  await tx.insert(planAreas).values(
    planData.areas.map((area, index) => ({
      provinceCode,
      planId,
      code: area.code,
      section: area.section,
      parentSection: 'parentSection' in area ? (area.parentSection as string) : null,
      nameVi: area.nameVi,
      leadUnitId: unitIdOf(unitIds, agencyCodes[area.leadAgency] ?? provinceCode),
      leadBasis: area.leadAgencyBasis,
      ordinal: index + 1,
      note: area.note ?? null,
    })),
  );

  let indicatorCount = 0;
  for (const target of planData.targets) {
    const [row] = await tx
      .insert(planTargets)
      .values({
        provinceCode,
        planId,
        no: target.no,
        section: target.section,
        textVi: target.textVi,
        areaCodes: target.areaCodes,
      })
      .returning({ id: planTargets.id });
    if (!row) throw new Error('seed plan: target insert returned nothing');
    await tx.insert(planIndicators).values(
      target.indicators.map((indicator, index) => {
        const aggregation = aggregations[indicator.code];
        if (!aggregation) throw new Error(`seed plan: no aggregation for ${indicator.code}`);
        return {
          provinceCode,
          planId,
          targetId: row.id,
          code: indicator.code,
          ordinal: index + 1,
          textVi: indicator.textVi,
          contextVi: 'contextVi' in indicator ? (indicator.contextVi as string) : null,
          unitOfMeasure: indicator.unit,
          comparator: indicator.comparator,
          threshold: indicator.threshold,
          thresholdAsWritten: indicator.thresholdAsWritten,
          appliesTo: indicator.appliesTo,
          dataSource: indicator.dataSource,
          aggregation,
          projection: (linearIndicators.has(indicator.code)
            ? 'linear'
            : 'none') satisfies IndicatorProjection,
          implicit: 'implicit' in indicator && indicator.implicit === true,
          note: 'note' in indicator ? (indicator.note as string) : null,
        };
      }),
    );
    indicatorCount += target.indicators.length;
  }

  for (const [index, task] of planData.tasks.entries()) {
    const collective = collectiveLeads[task.leadAgency];
    const leadCode = collective ? provinceCode : agencyCodes[task.leadAgency];
    if (!leadCode) throw new Error(`seed plan: no unit for lead "${task.leadAgency}"`);
    const coordinating = new Set<number>(
      collective ? groupUnitIds(unitIds, collective.groups) : [],
    );
    const outside: string[] = [];
    for (const name of task.coordinatingAgencies) {
      const groups = coordinatingGroups[name] ?? (agencyCodes[name] ? null : undefined);
      if (groups === undefined) throw new Error(`seed plan: no unit for "${name}"`);
      if (groups === 'outside') outside.push(name);
      else if (groups === null) coordinating.add(unitIdOf(unitIds, agencyCodes[name]!));
      else for (const id of groupUnitIds(unitIds, groups)) coordinating.add(id);
    }
    const leadId = unitIdOf(unitIds, leadCode);
    coordinating.delete(leadId);
    const notes = [
      collective?.note,
      'leadAgencyNote' in task ? task.leadAgencyNote : undefined,
      outside.length > 0
        ? `Phối hợp ngoài hệ thống đơn vị của tỉnh: ${outside.join('; ')}.`
        : undefined,
    ].filter((note): note is string => typeof note === 'string');
    const [row] = await tx
      .insert(planTasks)
      .values({
        provinceCode,
        planId,
        code: task.code,
        ordinal: index + 1,
        areaCode: task.areaCode,
        textVi: task.textVi,
        leadUnitId: leadId,
        leadAgencyAsWritten: task.leadAgency,
        leadBasis: task.leadAgencyBasis,
        coordinatingAgenciesAsWritten: task.coordinatingAgencies,
        recurrence: task.recurrence,
        deadlineOn: task.deadline,
        horizon: 'horizon' in task ? (task.horizon as string) : null,
        timeframeNote: 'timeframeNote' in task ? (task.timeframeNote as string) : null,
        outputs: task.outputs,
        budgetVnd: null,
        status: 'not_started',
        progress: 0,
        note: notes.length > 0 ? notes.join(' ') : null,
        searchText: normalizeSearchText(`${task.code} ${task.textVi}`),
      })
      .returning({ id: planTasks.id });
    if (!row) throw new Error('seed plan: task insert returned nothing');
    if (coordinating.size > 0) {
      await tx
        .insert(planTaskCoordinatingUnits)
        .values([...coordinating].map((unitId) => ({ taskId: row.id, unitId })));
    }
  }

  return {
    plans: 1,
    areas: planData.areas.length,
    targets: planData.targets.length,
    indicators: indicatorCount,
    tasks: planData.tasks.length,
  };
}
