import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { readConfig } from '../server/config';
import { startServer } from '../server/main';

/**
 * `npm start`: builds the web app if it has not been built, then starts the server, which
 * applies migrations and seeds the demo province on an empty database.
 */
async function start(): Promise<void> {
  const { webDistDir } = readConfig();
  if (!existsSync(path.join(webDistDir, 'index.html'))) {
    console.log('Đang build giao diện web lần đầu (vite build)…');
    await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'warn' });
  }
  await startServer();
}

start().catch((error) => {
  console.error(error);
  process.exit(1);
});
