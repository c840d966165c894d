import { and, asc, count, eq, inArray, isNull, like } from 'drizzle-orm';
import type {
  PublicSubmissionBody,
  PublicSubmissionResult,
} from '../../../contracts/public-submissions';
import { formatInstantVn } from '../../../core/calendar/vn-time';
import { dossierStateLabelsVi } from '../../../core/onestop/dossier-state';
import { normalizeSearchText } from '../../../core/text/normalize-search-text';
import { containsPattern } from '../../db/like-pattern';
import { procedures } from '../../db/schema/onestop-procedures';
import { DomainError } from '../../http/domain-error';
import { recordAudit } from '../audit/audit.service';
import { getWorkingCalendar } from '../calendar/calendar.service';
import { insertNewDossier, prepareIntake } from './dossier-intake';
import * as procedureRepo from './procedures.repo';
import type { PublicContext } from './public-dossiers.service';

/**
 * Online submission without an account (NĐ 61/2018 "Channels"; issue 4 "submitted online by a
 * citizen: contact details and a confirmation"). Only procedures offered online — partly or
 * fully, levels 3–4 of NĐ 43/2011 (vn-regulations.md §3) — are accepted. The dossier waits in
 * state `submitted` (national status 1) until the desk accepts or refuses it; it is not counted
 * as received before that.
 */
export async function submitOnline(
  ctx: PublicContext,
  body: PublicSubmissionBody,
  publicUrl: string,
): Promise<PublicSubmissionResult> {
  const intake = await prepareIntake(ctx.db, ctx.provinceCode, body);
  if (intake.procedure.onlineLevel === 'none') {
    throw new DomainError('dossier_online_unavailable', { code: intake.procedure.code });
  }
  const now = new Date();
  const code = await ctx.db.transaction(async (tx) => {
    const calendar = await getWorkingCalendar(ctx.db, ctx.provinceCode, tx);
    const created = await insertNewDossier(tx, ctx.provinceCode, calendar, intake, {
      state: 'submitted',
      channel: 'online',
      applicant: body.applicant,
      now,
      actorUserId: null,
      note: body.note ?? null,
    });
    // A citizen's write, recorded without an actor; the personal data stays out.
    await recordAudit(
      tx,
      { provinceCode: ctx.provinceCode, actor: null, meta: ctx.meta },
      {
        action: 'dossier.submitted_online',
        entityType: 'dossier',
        entityId: created.code,
        unit: { id: intake.handling.unitId, path: intake.handling.path },
        after: {
          code: created.code,
          state: 'submitted',
          procedureCode: intake.procedure.code,
          receivingUnitCode: intake.receiving.code,
        },
      },
    );
    return created.code;
  });
  const lookupUrl = `${publicUrl}/tra-cuu?ma=${encodeURIComponent(code)}`;
  return {
    code,
    state: 'submitted',
    stateLabel: dossierStateLabelsVi.submitted,
    nationalStatusCode: 1,
    submittedAt: formatInstantVn(now),
    procedureName: intake.procedure.name,
    receivingUnitName: intake.receiving.name,
    confirmation: `Hồ sơ đã được gửi tới ${intake.receiving.name} với mã ${code}. Bộ phận một cửa sẽ kiểm tra và tiếp nhận hoặc hướng dẫn Ông/Bà. Hãy ghi lại mã hồ sơ; tra cứu tình trạng tại trang Tra cứu hồ sơ bằng mã này và 4 số cuối số điện thoại đã khai.`,
    lookupUrl,
  };
}

/** The published catalogue a citizen may submit online (online level partial or full). */
export async function listOnlineProcedures(
  ctx: PublicContext,
  query: { page: number; pageSize: number; search?: string },
) {
  const where = and(
    eq(procedures.provinceCode, ctx.provinceCode),
    eq(procedures.status, 'published'),
    isNull(procedures.validTo),
    inArray(procedures.onlineLevel, ['partial', 'full']),
    query.search
      ? like(procedures.searchText, containsPattern(normalizeSearchText(query.search)))
      : undefined,
  );
  const [items, [total]] = await Promise.all([
    ctx.db
      .select({
        code: procedures.code,
        name: procedures.name,
        level: procedures.level,
        onlineLevel: procedures.onlineLevel,
      })
      .from(procedures)
      .where(where)
      .orderBy(asc(procedures.code))
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize),
    ctx.db.select({ total: count() }).from(procedures).where(where),
  ]);
  return { items, total: total?.total ?? 0, page: query.page, pageSize: query.pageSize };
}

/** The lead agencies that receive an online procedure: where the citizen may submit it. */
export async function listOnlineProcedureUnits(
  ctx: PublicContext,
  code: string,
  search: string | undefined,
) {
  const procedure = await procedureRepo.findProcedureByCode(ctx.db, ctx.provinceCode, code);
  if (procedure?.status !== 'published' || procedure.onlineLevel === 'none') {
    throw new DomainError('procedure_not_found', { code });
  }
  const folded = search ? normalizeSearchText(search) : '';
  const items = (await procedureRepo.findAgenciesOf(ctx.db, [procedure.id]))
    .filter((a) => a.role === 'lead')
    .filter((a) => !folded || normalizeSearchText(`${a.code} ${a.name}`).includes(folded))
    .slice(0, 50)
    .map((a) => ({ code: a.code, name: a.name }));
  return { items };
}
