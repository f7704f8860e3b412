#!/usr/bin/env node
// Runs the Prisma CLI; where its schema engine cannot be downloaded (offline machines), retries once
// with the engine named by PRISMA_SCHEMA_ENGINE_BINARY, installed by PRISMA_OFFLINE_ENGINE_INSTALLER
// (default: ../shared/tools/prisma-offline-engine/install.sh when that file exists).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
const args = process.argv.slice(2);

function runPrisma(env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [prismaCli, ...args], {
      cwd: root,
      env,
      stdio: ['inherit', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      process.stderr.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, stderr }));
  });
}

function offlineEngine() {
  const installer =
    process.env.PRISMA_OFFLINE_ENGINE_INSTALLER ??
    path.resolve(root, '../shared/tools/prisma-offline-engine/install.sh');
  if (!existsSync(installer)) return undefined;
  return execFileSync(installer, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

const env = { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' };
let { code, stderr } = await runPrisma(env);
const downloadFailed = /binaries\.prisma\.sh|ENOTFOUND|EAI_AGAIN|Failed to fetch the engine/i.test(stderr);
if (code !== 0 && downloadFailed && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const engine = offlineEngine();
  if (!engine) {
    console.error(
      '\nPrisma could not download its schema engine (no internet?). Set PRISMA_SCHEMA_ENGINE_BINARY to a schema-engine\n' +
        'binary, or PRISMA_OFFLINE_ENGINE_INSTALLER to a script printing its path, then run the command again.',
    );
    process.exit(code);
  }
  console.error(`\nPrisma engine download failed; retrying with the offline schema engine ${engine}`);
  ({ code } = await runPrisma({ ...env, PRISMA_SCHEMA_ENGINE_BINARY: engine }));
}
process.exit(code);
