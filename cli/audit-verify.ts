import type { Database } from '../server/db/database';
import { verifyAuditChain } from '../server/modules/audit/audit.service';

/** `npm run cli -- audit verify`: exit code 0 when the chain is intact, 1 on any break. */
export async function runAuditVerify(db: Database, print: (line: string) => void): Promise<number> {
  const result = await verifyAuditChain(db);
  if (result.breaks.length === 0) {
    print(`Nhật ký toàn vẹn: đã kiểm tra ${result.checked} bản ghi, chuỗi băm khớp.`);
    return 0;
  }
  print(
    `CẢNH BÁO: chuỗi băm nhật ký bị phá vỡ (${result.breaks.length} chỗ) sau khi kiểm tra ${result.checked} bản ghi:`,
  );
  for (const b of result.breaks)
    print(`  - tỉnh ${b.provinceCode}, chuỗi ${b.chain}, bản ghi #${b.entryId}: ${b.reason}`);
  return 1;
}
