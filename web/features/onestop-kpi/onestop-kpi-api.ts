import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Paged } from '../../../contracts/common';
import type { Dossier } from '../../../contracts/dossiers';
import type {
  KpiUnitSort,
  OnestopKpiSeries,
  OnestopKpiUnits,
} from '../../../contracts/kpi-analytics';
import { api, buildQueryString } from '../../lib/api-client';

export interface KpiWindow {
  unit: string;
  from: string;
  to: string;
}

export interface KpiUnitsQuery extends KpiWindow {
  page: number;
  pageSize: number;
  sort: KpiUnitSort;
  order: 'asc' | 'desc';
}

export function useKpiSeries(window: KpiWindow & { granularity: 'month' | 'quarter' }) {
  return useQuery({
    queryKey: ['onestop-kpi', 'series', window],
    queryFn: ({ signal }) =>
      api.get<OnestopKpiSeries>('/api/onestop/kpi/series', { query: { ...window }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useKpiUnits(query: KpiUnitsQuery) {
  return useQuery({
    queryKey: ['onestop-kpi', 'units', query],
    queryFn: ({ signal }) =>
      api.get<OnestopKpiUnits>('/api/onestop/kpi/units', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The league table as xlsx, same query as the screen (all rows, not one page). */
export function kpiUnitsXlsxUrl(query: Omit<KpiUnitsQuery, 'page' | 'pageSize'>): string {
  return `/api/onestop/kpi/units.xlsx${buildQueryString({ ...query })}`;
}

export type KpiDossierFilter = KpiWindow & {
  timeliness?: 'late';
  overdueWithoutApology?: boolean;
};

/** The dossiers behind a figure (drill-down below the league table's last level). */
export function useKpiDossiers(filter: KpiDossierFilter | null, page: number) {
  return useQuery({
    queryKey: ['onestop-kpi', 'dossiers', filter, page],
    queryFn: ({ signal }) =>
      api.get<Paged<Dossier>>('/api/onestop/dossiers', {
        query: {
          unit: filter?.unit,
          receivedFrom: filter?.from,
          receivedTo: filter?.to,
          timeliness: filter?.timeliness,
          overdueWithoutApology: filter?.overdueWithoutApology,
          page,
          pageSize: 10,
          sort: 'receivedAt',
        },
        signal,
      }),
    enabled: filter !== null,
    placeholderData: keepPreviousData,
  });
}
