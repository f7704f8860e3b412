// The OpenAPI document is the contract: schemathesis fuzzes every operation of the live API as ADMIN and as SALES and
// checks that no answer is a 5xx, that every status is declared and that every body matches its declared schema.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureSchemathesis } from '../../scripts/lib/schemathesis';
import { DEMO_PASSWORD } from '../../src/seed/demo-data';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';

const CHECKS = 'not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance';
const line = { description: 'Audit de facturation', quantity: 2, unitPriceCents: 45000, vatRate: 20 };

interface SeededIds {
  invoiceId: string;
  customerId: string;
  policyId: string;
  documentId: string;
}

/** Path parameters that reach past validation: real ids from this database, per group of paths. */
function schemathesisConfig(ids: SeededIds): string {
  const missingTask = '00000000-0000-4000-8000-000000000000';
  const byPath: Array<[string, string, string]> = [
    ['^/invoices/\\{id\\}', 'id', ids.invoiceId],
    ['^/customers/\\{id\\}', 'id', ids.customerId],
    ['^/dunning-policies/\\{id\\}', 'id', ids.policyId],
    ['^/documents/\\{documentId\\}', 'documentId', ids.documentId],
    ['^/tasks/\\{id\\}', 'id', missingTask],
  ];
  return byPath
    .map(
      ([regex, name, value]) =>
        `[[operations]]\ninclude-path-regex = ${JSON.stringify(regex)}\nparameters = { "path.${name}" = "${value}" }\n`,
    )
    .join('\n');
}

function runSchemathesis(cli: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cli, args, { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('API contract (schemathesis against the live API)', () => {
  let office: BackOffice;
  let cli: string;
  let workDir: string;
  let ids: SeededIds;

  const tokenOf = async (email: string): Promise<string> => {
    const { status, body } = await office.api.post('/auth/login', { email, password: DEMO_PASSWORD });
    expect(status).toBe(200);
    return body.accessToken as string;
  };

  beforeAll(async () => {
    try {
      cli = ensureSchemathesis();
    } catch (error) {
      throw new Error(`The contract test needs schemathesis: ${(error as Error).message}`);
    }
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'acquitte-contract-'));
    office = await bootBackOffice({ label: 'contract' });
    const [sales, manager, adv] = await Promise.all(
      ['sales', 'manager', 'adv'].map((u) => office.api.as(`${u}@demo.test`)),
    );
    ids = await seedIds(sales, manager, adv, office.demo.customers.STANDARD);
    fs.writeFileSync(path.join(workDir, 'schemathesis.toml'), schemathesisConfig(ids));
  }, 180_000);

  afterAll(async () => {
    await office?.close();
    if (workDir) {
      fs.rmSync(workDir, { recursive: true, force: true });
    }
  });

  /** A sent invoice (approved by the manager, numbered, sent by ADV, its PDF archived): the fuzzed routes act on it. */
  async function seedIds(sales: ApiClient, manager: ApiClient, adv: ApiClient, customerId: string): Promise<SeededIds> {
    const { body: invoice } = await sales.post('/invoices', { customerId, lines: [line] });
    expect((await sales.post(`/invoices/${invoice.id}/submit`)).status).toBe(200);
    await eventually(
      async () => (await manager.get(`/invoices/${invoice.id}`)).body.approval?.pendingRole === 'MANAGER',
      'the approval request',
    );
    expect((await manager.post(`/invoices/${invoice.id}/approve`, {})).status).toBe(200);
    await eventually(async () => (await adv.get(`/invoices/${invoice.id}`)).body.number, 'the legal number');
    expect((await adv.post(`/invoices/${invoice.id}/send`, {})).status).toBe(200);
    const document = await eventually(
      async () => (await adv.get(`/invoices/${invoice.id}/documents`)).body[0],
      'the archived invoice PDF',
    );
    const { body: policies } = await adv.get('/dunning-policies');
    return { invoiceId: invoice.id, customerId, policyId: policies[0].id, documentId: document.id };
  }

  it.each(['admin@demo.test', 'sales@demo.test'])(
    'every operation keeps its contract as %s: no 5xx, declared statuses, conforming bodies',
    async (email) => {
      const reportDir = path.join(workDir, email.split('@')[0]);
      const args = [
        '--config-file',
        path.join(workDir, 'schemathesis.toml'),
        'run',
        `${office.api.baseUrl}/docs-json`,
        '--header',
        `Authorization: Bearer ${await tokenOf(email)}`,
        '--checks',
        CHECKS,
        '--phases',
        'examples,fuzzing',
        '--max-examples',
        '3',
        '--suppress-health-check',
        'too_slow',
        '--seed',
        '20261201',
        '--workers',
        '2',
        '--request-timeout',
        '60',
        '--generation-database',
        'none',
        '--no-shrink',
        '--report',
        'junit',
        '--report-dir',
        reportDir,
      ];
      const { code, output } = await runSchemathesis(cli, args, workDir);
      const summary = /=+ (.*) in [\d.]+s =+/.exec(output)?.[1] ?? 'no summary';
      if (code !== 0) {
        console.log(output);
      }
      expect({ code, summary }).toEqual({ code: 0, summary: expect.not.stringMatching(/failure|error/) });
    },
    240_000,
  );
});
