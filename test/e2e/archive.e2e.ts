// The verifiable archive on the real stack: both chains verify, PostgreSQL refuses to alter legal records, a
// tampered audit event is found, and a year's export checks offline with `sha256sum -c`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { DEMO_PASSWORD } from '../../src/seed/demo-data';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';
import { issueOverHttp } from '../support/issuing';

describe('verifiable archive', () => {
  let office: BackOffice;
  let sales: ApiClient, manager: ApiClient, adv: ApiClient, daf: ApiClient;
  let invoice: { id: string; number: string; lines: Array<{ id: string }> };
  const year = new Date().getFullYear();

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'archive' });
    [sales, manager, adv, daf] = await Promise.all(
      ['sales', 'manager', 'adv', 'daf'].map((u) => office.api.as(`${u}@demo.test`)),
    );
    invoice = await issueOverHttp(
      { sales, manager, adv },
      {
        customerId: office.demo.customers.STANDARD,
        lines: [{ description: 'Audit', quantity: 1, unitPriceCents: 120_000, vatRate: 20 }],
      },
    );
    expect((await adv.post(`/invoices/${invoice.id}/send`, {})).status).toBe(200);
    await eventually(
      async () => (await office.prisma.document.count({ where: { invoiceId: invoice.id } })) > 0,
      'the archived PDF',
      90_000,
    );
  }, 240_000);

  afterAll(async () => {
    await office?.close();
  });

  it('verifies the document chain, the sealed audit trail and every file', async () => {
    // The workflow may still audit (sent, delivered) while we check: verify must seal all that came before it.
    const eventsBefore = await office.prisma.auditEvent.count();
    const { status, body } = await daf.get('/archive/verify');
    const eventsAfter = await office.prisma.auditEvent.count();
    expect(status).toBe(200);
    expect(body).toMatchObject({
      valid: true,
      documents: 1,
      head: { documents: expect.stringMatching(/^[0-9a-f]{64}$/), events: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(body.events).toBeGreaterThanOrEqual(eventsBefore);
    expect(body.events).toBeLessThanOrEqual(eventsAfter);
    expect(body.firstBreak).toBeUndefined();
    expect((await sales.get('/archive/verify')).status).toBe(403);
  });

  it('refuses, in PostgreSQL, to alter an issued invoice, its lines, a document or an audit event', async () => {
    const { prisma } = office;
    await expect(prisma.invoice.update({ where: { id: invoice.id }, data: { totalInclTaxCents: 1 } })).rejects.toThrow(
      /unalterable/,
    );
    await expect(prisma.invoice.delete({ where: { id: invoice.id } })).rejects.toThrow(/unalterable/);
    await expect(
      prisma.invoiceLine.update({ where: { id: invoice.lines[0].id }, data: { unitPriceCents: 1 } }),
    ).rejects.toThrow(/unalterable/);
    const document = await prisma.document.findFirstOrThrow({ where: { invoiceId: invoice.id } });
    await expect(prisma.document.update({ where: { id: document.id }, data: { fileName: 'x.pdf' } })).rejects.toThrow(
      /unalterable/,
    );
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { invoiceId: invoice.id } });
    await expect(prisma.auditEvent.update({ where: { id: event.id }, data: { action: 'rewritten' } })).rejects.toThrow(
      /append-only/,
    );
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    // What the workflow still records on an issued invoice (dunning state, money received) goes through.
    await prisma.invoice.update({ where: { id: invoice.id }, data: { dunningStage: 'D-7' } });
  });

  it('exports the year as a ZIP whose manifest sha256sum -c verifies offline', async () => {
    const login = await office.api.post<{ accessToken: string }>('/auth/login', {
      email: 'daf@demo.test',
      password: DEMO_PASSWORD,
    });
    const response = await fetch(`${office.api.baseUrl}/archive/export?year=${year}`, {
      headers: { authorization: `Bearer ${login.body.accessToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/zip');
    const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
    const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
    expect(names).toEqual(
      expect.arrayContaining([
        'manifest.sha256',
        'audit-trail.csv',
        expect.stringMatching(/^\d{9}FEC\d{4}1231\.txt$/),
        expect.stringMatching(new RegExp(`^documents/\\d{6}-${invoice.number}\\.pdf$`)),
      ]),
    );
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'acquitte-archive-'));
    for (const name of names) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), await zip.files[name].async('nodebuffer'));
    }
    const checked = execFileSync('sha256sum', ['-c', 'manifest.sha256'], { cwd: dir, encoding: 'utf8' });
    expect(checked.trim().split('\n')).toHaveLength(names.length - 1);
    expect(checked).not.toMatch(/FAILED/);
    expect((await zip.files['audit-trail.csv'].async('string')).split('\r\n')[0]).toBe(
      'chainIndex,createdAt,actor,action,invoiceId,ip,details,previousHash,chainHash',
    );
    fs.writeFileSync(path.join(dir, 'audit-trail.csv'), 'altered');
    expect(() =>
      execFileSync('sha256sum', ['-c', '--quiet', 'manifest.sha256'], { cwd: dir, stdio: 'pipe' }),
    ).toThrow();
    expect((await daf.get(`/archive/export?year=${year + 1}`)).status).toBe(400);
  });

  it('names the first broken link when an audit event is rewritten behind the triggers', async () => {
    const event = await office.prisma.auditEvent.findFirstOrThrow({
      where: { invoiceId: invoice.id, chainIndex: { not: null } },
      orderBy: { chainIndex: 'asc' },
    });
    // Only a superuser bypassing the triggers can do this: the chain must still tell.
    await office.prisma.$transaction([
      office.prisma.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`),
      office.prisma.$executeRaw`UPDATE "AuditEvent" SET "action" = 'invoice.rewritten' WHERE "id" = ${event.id}`,
    ]);
    const { body } = await daf.get('/archive/verify');
    expect(body).toMatchObject({
      valid: false,
      firstBreak: { chain: 'events', index: event.chainIndex, reason: expect.stringMatching(/chainHash/) },
    });
  });
});
