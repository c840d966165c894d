import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // Every file of the folder: a module adds its tables in a file of its own.
  schema: './server/db/schema/*.ts',
  out: './server/db/migrations',
});
