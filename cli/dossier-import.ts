import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { Database } from '../server/db/database';
import type { SheetRow } from '../server/files/tabular-file';
import { DomainError } from '../server/http/domain-error';
import { loadActor } from '../server/modules/auth/auth.service';
import { findUserByUsername } from '../server/modules/auth/users.repo';
import { importDossierBatches } from '../server/modules/onestop/dossier-import.service';

/** Rows checked and written per batch: bounded memory whatever the file's size. */
export const cliImportBatchRows = 5_000;

/**
 * Reads a CSV file as the HTTP import does (header lower-cased, cells trimmed, BOM and blank lines
 * skipped, each row numbered by its line in the file) in batches of `batchRows`.
 */
export async function* readCsvBatches(
  file: string,
  batchRows = cliImportBatchRows,
): AsyncGenerator<SheetRow[]> {
  const parser = createReadStream(file).pipe(
    parse({ bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }),
  );
  let keys: string[] | null = null;
  let batch: SheetRow[] = [];
  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    if (!keys) {
      keys = record.map((h) => h.trim().toLowerCase());
      continue;
    }
    const header = keys;
    batch.push({
      row: info.lines,
      values: Object.fromEntries(header.map((k, j) => [k, (record[j] ?? '').trim()])),
    });
    if (batch.length >= batchRows) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * `npm run cli -- dossiers import <file.csv> --as <username> [--dry-run]`: the historical import
 * of a file of any size (the HTTP route is bound by the upload limit), streamed in batches inside
 * one transaction, with the HTTP import's checks, error report and audit entry, as the named
 * account (its dossiers.import scope applies). Exit 0 when imported (or valid on a dry run), 1 on
 * row errors (nothing written), 2 on a usage error.
 */
export async function runDossierImport(
  db: Database,
  provinceCode: string,
  args: string[],
  print: (line: string) => void,
): Promise<number> {
  const asAt = args.indexOf('--as');
  const username = asAt >= 0 ? args[asAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--as');
  if (!file || !username) {
    print('Cách dùng: npm run cli -- dossiers import <tệp.csv> --as <tên đăng nhập> [--dry-run]');
    return 2;
  }
  const user = await findUserByUsername(db, username);
  if (!user?.active) {
    print(`Không có tài khoản đang hoạt động "${username}".`);
    return 2;
  }
  const actor = await loadActor(db, user.id, user.username, 'cli');
  const dryRun = args.includes('--dry-run');
  const started = Date.now();
  try {
    const result = await importDossierBatches(
      {
        db,
        provinceCode,
        actor,
        meta: { requestId: `cli-import-${started}`, clientAddress: null },
      },
      readCsvBatches(file),
      dryRun,
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (result.errors.length > 0) {
      printErrors(result.errors, print);
      return 1;
    }
    print(
      dryRun
        ? `Kiểm tra xong: ${result.valid} dòng hợp lệ, chưa ghi gì (${seconds} s).`
        : `Đã nhập ${result.imported} hồ sơ trong ${seconds} s.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'import_has_errors') {
      const details = error.details as {
        errors?: Array<{ row: number; column: string | null; message: string }>;
      };
      printErrors(details.errors ?? [], print);
      return 1;
    }
    if (error instanceof DomainError) {
      print(`Không nhập được: ${error.code} ${JSON.stringify(error.details ?? {})}`);
      return 1;
    }
    throw error;
  }
}

function printErrors(
  errors: Array<{ row: number; column: string | null; message: string }>,
  print: (line: string) => void,
) {
  print(`Tệp có ${errors.length} lỗi; không ghi hồ sơ nào:`);
  for (const e of errors.slice(0, 200))
    print(`  dòng ${e.row}${e.column ? `, cột ${e.column}` : ''}: ${e.message}`);
  if (errors.length > 200) print(`  … và ${errors.length - 200} lỗi khác.`);
}
