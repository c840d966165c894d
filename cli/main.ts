import { readConfig } from '../server/config';
import { openDatabase } from '../server/db/database';
import { seedDemoProvince } from '../server/seed/seed-demo';
import { runAuditVerify } from './audit-verify';

const usage = `Cách dùng: npm run cli -- <lệnh>
  audit verify   kiểm tra chuỗi băm của nhật ký (mã thoát 1 nếu bị phá vỡ)
  db migrate     áp dụng migration
  db seed        nạp dữ liệu mẫu Hà Tĩnh 2021 nếu cơ sở dữ liệu trống`;

/** Command-line entry; reads the same configuration as the server (DATABASE_URL, CCHC_DATA_DIR). */
async function main(args: string[]): Promise<number> {
  const command = args.slice(0, 2).join(' ');
  const known = ['audit verify', 'db migrate', 'db seed'];
  if (!known.includes(command)) {
    console.error(usage);
    return 2;
  }
  const config = readConfig();
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (command === 'audit verify')
      return await runAuditVerify(handle.db, (line) => console.log(line));
    if (command === 'db seed') {
      const seeded = await seedDemoProvince(handle.db, {
        ...config,
        syntheticDossiers: config.demoDossiers > 0 && { count: config.demoDossiers },
      });
      console.log(seeded ? 'Đã nạp dữ liệu mẫu.' : 'Cơ sở dữ liệu đã có đơn vị; không nạp lại.');
    } else {
      console.log('Đã áp dụng migration.');
    }
    return 0;
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
