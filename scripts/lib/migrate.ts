import { spawn } from 'node:child_process';
import path from 'node:path';

/** `prisma migrate deploy` on url, through scripts/prisma.mjs (offline engine fallback); asynchronous, so other starts go on. */
export async function migrateDatabase(url: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const child = spawn(process.execPath, [path.resolve(__dirname, '../prisma.mjs'), 'migrate', 'deploy'], {
    cwd: path.resolve(__dirname, '../..'),
    env: { ...env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) {
    throw new Error(`prisma migrate deploy failed:\n${stdout}\n${stderr}`);
  }
}
