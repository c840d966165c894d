import { readConfig } from '../server/config';
import { openDatabase } from '../server/db/database';
import { runDossierReminders } from '../server/modules/onestop/dossier-reminders.service';
import { seedDemoProvince } from '../server/seed/seed-demo';
import { runAuditVerify } from './audit-verify';
import { runDossierImport } from './dossier-import';

const usage = `Cách dùng: npm run cli -- <lệnh>
  audit verify   kiểm tra chuỗi băm của nhật ký (mã thoát 1 nếu bị phá vỡ)
  dossiers import <tệp.csv> --as <tên đăng nhập> [--dry-run]
                 nhập hồ sơ lịch sử từ tệp CSV lớn (tất cả hoặc không; như POST /api/onestop/dossiers/import)
  db migrate     áp dụng migration
  db seed        nạp dữ liệu mẫu Hà Tĩnh 2021 nếu cơ sở dữ liệu trống
  reminders run  gửi nhắc việc hồ sơ một cửa sắp đến hạn, quá hạn (mỗi hồ sơ một lần)`;

/** Command-line entry; reads the same configuration as the server (DATABASE_URL, CCHC_DATA_DIR). */
async function main(args: string[]): Promise<number> {
  const command = args.slice(0, 2).join(' ');
  const known = ['audit verify', 'db migrate', 'db seed', 'dossiers import', 'reminders run'];
  if (!known.includes(command)) {
    console.error(usage);
    return 2;
  }
  const config = readConfig();
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (command === 'audit verify')
      return await runAuditVerify(handle.db, (line) => console.log(line));
    if (command === 'dossiers import')
      return await runDossierImport(handle.db, config.provinceCode, args.slice(2), (line) =>
        console.log(line),
      );
    if (command === 'reminders run') {
      const result = await runDossierReminders(handle.db, new Date());
      console.log(`Đã nhắc ${result.dossiers} hồ sơ, ${result.notifications} thông báo mới.`);
      return 0;
    }
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
