import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** `prisma migrate deploy` on url, through scripts/prisma.mjs (offline engine fallback). */
export function migrateDatabase(url: string): void {
  const result = spawnSync(process.execPath, [path.resolve(__dirname, '../prisma.mjs'), 'migrate', 'deploy'], {
    cwd: path.resolve(__dirname, '../..'),
    env: { ...process.env, DATABASE_URL: url },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  }
}
