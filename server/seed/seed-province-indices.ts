import type { Queryable } from '../db/database';
import { provinceIndices } from '../db/schema/province-indices';

/**
 * Hà Tĩnh's published 2021 results (../shared/reference/vn-regulations.md §4): PAR INDEX rank
 * 8 of 63 (the score is not in the reference, so it stays empty) and SIPAS 91,17 %, rank 5 of
 * 63. PAPI, PCI and ICT are left for Sở Nội vụ to enter from their publications: no figure is
 * invented.
 */
export async function seedProvinceIndices(tx: Queryable, provinceCode: string): Promise<number> {
  const sourceDocument = 'Kết quả Chỉ số CCHC (PAR INDEX) và SIPAS năm 2021 do Bộ Nội vụ công bố';
  const rows = await tx
    .insert(provinceIndices)
    .values([
      {
        provinceCode,
        index: 'PAR_INDEX',
        year: 2021,
        value: null,
        rank: 8,
        rankOf: 63,
        sourceDocument,
      },
      {
        provinceCode,
        index: 'SIPAS',
        year: 2021,
        value: 91.17,
        rank: 5,
        rankOf: 63,
        sourceDocument,
      },
    ])
    .returning({ id: provinceIndices.id });
  return rows.length;
}
