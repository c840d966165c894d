import { spawnSync } from 'node:child_process';

/**
 * `npm run test:pg`: the API tests against a PostgreSQL server. Each test file gets its own
 * database copied from a template, so the URL must name a role that may create databases.
 */
const url = process.env.CCHC_TEST_DATABASE_URL;
if (!url) {
  console.error(
    'Cần CCHC_TEST_DATABASE_URL, ví dụ postgres://postgres@127.0.0.1:55432/postgres (xem README, mục PostgreSQL). .ci/run tự dựng một cụm tạm.',
  );
  process.exit(2);
}
const result = spawnSync('npx', ['vitest', 'run', 'tests/api'], {
  stdio: 'inherit',
  env: process.env,
});
process.exit(result.status ?? 1);
