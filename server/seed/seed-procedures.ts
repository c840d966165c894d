import type { Queryable } from '../db/database';
import type { ProcedureInput } from '../modules/onestop/procedure-input';
import {
  checkProcedureInput,
  insertResolvedProcedure,
  loadUnitIndex,
  resolveAgencies,
} from '../modules/onestop/procedure-store';
import catalogue from './data/procedures-sample.json' with { type: 'json' };

interface SeedProcedure extends Omit<ProcedureInput, 'agencies'> {
  /** Record numbers in the reference sample, and where its main values were read. */
  sample: number[];
  source: string;
  lead: string[];
  coordinating: string[];
  published: boolean;
}

/** `*district` and `*commune` in the seed stand for every open district or commune. */
function expandAgencyCodes(tokens: string[], codesOfKind: (kind: string) => string[]): string[] {
  return tokens.flatMap((token) => (token.startsWith('*') ? codesOfKind(token.slice(1)) : [token]));
}

/**
 * The demo catalogue (server/seed/data/procedures-sample.json, derived from the reference
 * sample; mapping choices in docs/decisions/010-procedure-catalogue.md): 49 procedures, each
 * checked by the same rules as the API. A district-level procedure links all 13 districts, a
 * commune-level one all 216 communes, as every one of them handles it for its own citizens.
 */
export async function seedDemoProcedures(
  tx: Queryable,
  provinceCode: string,
): Promise<{ procedures: number; published: number; agencyLinks: number }> {
  const unitIndex = await loadUnitIndex(tx, provinceCode);
  const units = [...unitIndex.values()];
  const codesOfKind = (kind: string) => units.filter((u) => u.kind === kind).map((u) => u.code);
  let published = 0;
  let agencyLinks = 0;
  for (const seed of catalogue.procedures as unknown as SeedProcedure[]) {
    const { lead, coordinating, published: isPublished, sample: _, source: __, ...rest } = seed;
    const input: ProcedureInput = {
      ...rest,
      agencies: [
        ...expandAgencyCodes(lead, codesOfKind).map((unitCode) => ({
          unitCode,
          role: 'lead' as const,
        })),
        ...expandAgencyCodes(coordinating, codesOfKind).map((unitCode) => ({
          unitCode,
          role: 'coordinating' as const,
        })),
      ],
    };
    const { agencies, problems } = resolveAgencies(input, unitIndex);
    const checked = checkProcedureInput(input, agencies, isPublished);
    const all = [...problems, ...checked.problems];
    if (all.length > 0)
      throw new Error(`seed procedure ${input.code}: ${all.map((p) => p.message).join('; ')}`);
    // Published on the day it took effect, so the demo reads the same on every start.
    const publishedAt = isPublished ? new Date(`${input.validFrom}T00:00:00+07:00`) : null;
    await insertResolvedProcedure(
      tx,
      provinceCode,
      { input, agencies, steps: checked.steps },
      publishedAt,
    );
    if (isPublished) published += 1;
    agencyLinks += agencies.length;
  }
  return { procedures: catalogue.procedures.length, published, agencyLinks };
}
