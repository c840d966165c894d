import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { units } from './org';
import { plans, planTaskProgress, planTasks } from './plans';

/** Raw file content; PGlite and node-postgres both hand bytea back as bytes. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** The free-text paragraphs of the official report's sections I–V (vn-regulations.md §6). */
export interface ReportTemplateSections {
  direction: string;
  results: string;
  assessment: string;
  nextTasks: string;
  proposals: string;
}

/**
 * How the official report of a unit under a plan is written (issue 3, "The template is editable
 * by administrators"): one row per plan and reporting unit; without a row the defaults apply.
 */
export const planReportTemplates = pgTable(
  'plan_report_templates',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    /** Lines above the issuer (its governing body), NĐ 30/2020 Phụ lục I, ô số 2. */
    issuerParent: text('issuer_parent'),
    issuerName: text('issuer_name'),
    /** "…/BC-UBND": the symbol after BC-. */
    numberSymbol: text('number_symbol'),
    place: text('place'),
    /** With `{ky}` standing for the period: "Kết quả công tác cải cách hành chính {ky}". */
    titlePattern: text('title_pattern'),
    recipients: jsonb('recipients').$type<string[]>(),
    signingCapacity: text('signing_capacity'),
    signerTitle: text('signer_title'),
    signerName: text('signer_name'),
    sections: jsonb('sections').$type<Partial<ReportTemplateSections>>().notNull().default({}),
    updatedByUserId: integer('updated_by_user_id').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('plan_report_templates_plan_unit_key').on(t.planId, t.unitId)],
);

/** A file proving a progress update (issue 3, Tasks: "evidence files … with a checksum"). */
export const planTaskEvidence = pgTable(
  'plan_task_evidence',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    provinceCode: text('province_code').notNull(),
    taskId: integer('task_id')
      .notNull()
      .references(() => planTasks.id),
    progressId: integer('progress_id').references(() => planTaskProgress.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** SHA-256 of the content, hex: shown to readers and checked on download. */
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedByUserId: integer('uploaded_by_user_id')
      .notNull()
      .references(() => users.id),
    uploadedByUsername: text('uploaded_by_username').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('plan_task_evidence_task_idx').on(t.taskId),
    check('plan_task_evidence_size_check', sql`${t.sizeBytes} > 0`),
  ],
);
