import { readConfig } from '../server/config';
import { startServer } from '../server/main';
import { buildWebIfStale, isWebBuildStale } from './web-build';

/**
 * `npm start`: builds the web app if it is missing or older than its sources, then starts the server, which
 * applies migrations and seeds the demo province on an empty database.
 */
async function start(): Promise<void> {
  const { webDistDir } = readConfig();
  if (isWebBuildStale(webDistDir)) console.log('Đang build giao diện web (vite build)…');
  await buildWebIfStale(webDistDir);
  await startServer();
}

start().catch((error) => {
  console.error(error);
  process.exit(1);
});
