// The finance "Exports" page in a real browser on the real stack: the DAF downloads the FEC of the year issued by the
// real workflow, checks the archive (badge with the chain head), then sees a rewritten audit event named in red.
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';
import { readFec } from '../support/fec-checker';
import { launchBrowser, onFailure, screenshot, signIn } from './browser';

describe('Exports page in a browser', () => {
  let office: BackOffice;
  let browser: Browser;
  let base: string;
  let daf: ApiClient;
  let invoiceNumber: string;
  const year = new Date().getFullYear();

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'ui-exports' });
    base = office.api.baseUrl;
    const [sales, manager, adv] = await Promise.all(
      ['sales', 'manager', 'adv'].map((u) => office.api.as(`${u}@demo.test`)),
    );
    daf = await office.api.as('daf@demo.test');
    const { body: draft } = await sales.post('/invoices', {
      customerId: office.demo.customers.STANDARD,
      lines: [{ description: 'Audit', quantity: 2, unit: 'jour', unitPriceCents: 95_000, vatRate: 20 }],
    });
    expect((await sales.post(`/invoices/${draft.id}/submit`)).status).toBe(200);
    await eventually(
      async () => (await manager.get(`/invoices/${draft.id}`)).body.approval?.pendingRole === 'MANAGER',
      'level 1',
    );
    expect((await manager.post(`/invoices/${draft.id}/approve`, {})).status).toBe(200);
    invoiceNumber = await eventually(
      async () => (await daf.get(`/invoices/${draft.id}`)).body.number as string | undefined,
      'the legal number',
    );
    expect((await adv.post(`/invoices/${draft.id}/send`, {})).status).toBe(200);
    await eventually(
      async () => (await office.prisma.document.count({ where: { invoiceId: draft.id } })) > 0,
      'the archived PDF',
      150_000,
    );
    browser = await launchBrowser();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  it('is in the menu of finance only', async () => {
    const sales = await signIn(browser, base, 'sales@demo.test');
    await sales.page.getByRole('menuitem', { name: 'Factures' }).waitFor();
    expect(await sales.page.getByRole('menuitem', { name: 'Exports' }).count()).toBe(0);
    await sales.context.close();
  });

  it('downloads the FEC of the year and shows the archive verified, then the first broken link in red', async () => {
    const { page, context } = await signIn(browser, base, 'daf@demo.test');
    await page.getByRole('menuitem', { name: 'Exports' }).click();
    await page.getByTestId('exports').getByText('Comptabilité').waitFor();
    await screenshot(page, 'exports');

    const [fecDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le FEC' }).click(),
    ]);
    const company = await office.prisma.company.findFirstOrThrow();
    const text = fs.readFileSync((await fecDownload.path())!, 'utf8');
    const fec = readFec(fecDownload.suggestedFilename(), text, {
      siren: company.siren,
      yearStart: `${year}-01-01`,
      yearEnd: `${year}-12-31`,
    });
    expect(fec.errors).toEqual([]);
    expect(fec.records.map((r) => r.PieceRef)).toContain(invoiceNumber);

    await page.getByRole('button', { name: "Vérifier l'archive" }).click();
    const verdict = page.getByTestId('archive-verdict');
    await onFailure(page, 'exports-verified', () => verdict.getByText('Archive vérifiée').waitFor());
    const { body: verification } = await daf.get('/archive/verify');
    expect(verification.head.documents).toMatch(/^[0-9a-f]{64}$/);
    expect(await verdict.textContent()).toContain(verification.head.documents);
    expect(await verdict.textContent()).toMatch(/vérifiée le \d{2}\/\d{2}\/\d{4}/);
    await screenshot(page, 'exports-archive-verified');

    const event = await office.prisma.auditEvent.findFirstOrThrow({
      where: { chainIndex: { not: null } },
      orderBy: { chainIndex: 'asc' },
    });
    // Only a superuser bypassing the triggers can do this: the page must still tell.
    await office.prisma.$transaction([
      office.prisma.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`),
      office.prisma.$executeRaw`UPDATE "AuditEvent" SET "action" = 'invoice.rewritten' WHERE "id" = ${event.id}`,
    ]);
    await page.getByRole('button', { name: "Vérifier l'archive" }).click();
    const broken = verdict.getByText(`Premier maillon rompu : journal d'audit n° ${event.chainIndex}`, {
      exact: false,
    });
    await onFailure(page, 'exports-broken', () => broken.waitFor());
    expect(await broken.evaluate((node) => node.ownerDocument.defaultView!.getComputedStyle(node).color)).toBe(
      'rgb(198, 40, 40)',
    );
    await screenshot(page, 'exports-archive-broken');
    await context.close();
  });
});
