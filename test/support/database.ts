import crypto from 'node:crypto';
import { cloneDatabase } from '../../scripts/lib/postgres';
import { testStack } from './stack';

/** A fresh, migrated database for one test file (a copy of the template the stack migrated). */
export async function createTestDatabase(label: string): Promise<string> {
  const suffix = crypto.createHash('sha1').update(`${label}:${process.pid}:${Date.now()}`).digest('hex').slice(0, 10);
  return cloneDatabase(testStack().databaseUrl, `t_${suffix}`);
}
