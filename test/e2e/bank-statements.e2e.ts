// Bank statements on the real stack (API, worker, PostgreSQL, Temporal dev server, maildev): a CAMT.053 with the
// amounts of imported invoices pays them through their workflows ("Payée" + receipt, reminders cancelled; partial →
// "Partiellement payée"; surplus → customer credit), the unknown line waits in "À rapprocher", importing again changes
// nothing, and an undo cancels the payment in the workflow (or reopens a closed one).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { creditorReference } from '../../src/payments/creditor-reference';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';
import { camt053 } from '../support/camt053';
import { mailsTo } from '../support/maildev';

// Untyped JSON answers, as in the API client.
type Json = any;

const IBAN = 'FR7630006000011234567890189';
const today = DateTime.now().setZone('Europe/Paris').startOf('day');

let office: BackOffice;
let adv: ApiClient;
let daf: ApiClient;
let advToken: string;

beforeAll(async () => {
  office = await bootBackOffice({ label: 'bank' });
  [adv, daf] = await Promise.all([office.api.as('adv@demo.test'), office.api.as('daf@demo.test')]);
  const login = await fetch(`${office.api.baseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'adv@demo.test', password: 'demo' }),
  });
  advToken = ((await login.json()) as { accessToken: string }).accessToken;
});

afterAll(async () => {
  await office?.close();
});

async function upload(
  content: string | Buffer,
  fileName: string,
  account?: string,
): Promise<{ status: number; body: Json }> {
  const form = new FormData();
  form.append('file', new Blob([content]), fileName);
  if (account) {
    form.append('account', account);
  }
  const response = await fetch(`${office.api.baseUrl}/bank-statements`, {
    method: 'POST',
    headers: { authorization: `Bearer ${advToken}` },
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

async function importInvoice(customerId: string, number: string, totalInclTaxCents: number): Promise<string> {
  const imported = await adv.post('/invoices/import', {
    customerId,
    externalNumber: number,
    issueDate: today.minus({ days: 10 }).toISODate(),
    dueDate: today.plus({ days: 20 }).toISODate(),
    lines: [{ description: 'Prestation', quantity: 1, unitPriceCents: totalInclTaxCents, vatRate: 0 }],
  });
  expect(imported.status).toBe(201);
  const id = imported.body.id as string;
  await eventually(
    async () => (await office.prisma.dunningStep.count({ where: { invoiceId: id } })) > 0,
    `dunning planned for ${number}`,
  );
  return id;
}

const invoiceOf = async (id: string) => (await adv.get(`/invoices/${id}`)).body;
const pendingSteps = (invoiceId: string) => office.prisma.dunningStep.count({ where: { invoiceId, state: 'PENDING' } });

describe('bank accounts', () => {
  it('validates IBAN and BIC with ibantools, FINANCE_DIRECTOR only', async () => {
    const invalid = await daf.put('/settings/bank-accounts', {
      autoMatchThreshold: 90,
      accounts: [{ label: 'Courant', iban: 'FR7630006000011234567890180', bic: 'AGRIFRP' }],
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.fields.map((f: { field: string }) => f.field)).toEqual(['accounts.0.iban', 'accounts.0.bic']);
    const body = {
      autoMatchThreshold: 90,
      accounts: [{ label: 'Compte courant', iban: 'FR76 3000 6000 0112 3456 7890 189', bic: 'AGRIFRPP' }],
    };
    expect((await adv.put('/settings/bank-accounts', body)).status).toBe(403);
    const saved = await daf.put('/settings/bank-accounts', body);
    expect(saved.status).toBe(200);
    expect(saved.body.accounts).toEqual([
      expect.objectContaining({ label: 'Compte courant', iban: IBAN, bic: 'AGRIFRPP', csvMapping: null }),
    ]);
  });
});

describe('POST /bank-statements', () => {
  let full: string, byNumber: string, partial: string, surplus: string;

  beforeAll(async () => {
    const { VIP, STANDARD, NEW, BAD_PAYER } = office.demo.customers;
    [full, byNumber, partial, surplus] = await Promise.all([
      importInvoice(VIP, 'FACT-2026-101', 120_000),
      importInvoice(STANDARD, 'FACT-2026-102', 50_000),
      importInvoice(NEW, 'FACT-2026-103', 80_000),
      importInvoice(BAD_PAYER, 'FACT-2026-104', 25_000),
    ]);
  });

  const booked = today.minus({ days: 1 }).toISODate()!;
  const statement = () =>
    camt053(IBAN, [
      {
        reference: 'E-1',
        amountCents: 120_000,
        credit: true,
        bookingDate: booked,
        label: 'VIR SEPA CLIENT VIP',
        creditorReference: creditorReference('FACT-2026-101'),
        payerName: 'Client VIP',
        payerIban: 'FR7610107001011234567890129',
      },
      {
        reference: 'E-2',
        amountCents: 50_000,
        credit: true,
        bookingDate: booked,
        label: 'VIR REGLEMENT FACT 2026 102',
      },
      {
        reference: 'E-3',
        amountCents: 30_000,
        credit: true,
        bookingDate: booked,
        label: 'ACOMPTE',
        creditorReference: creditorReference('FACT-2026-103'),
      },
      { reference: 'E-4', amountCents: 30_000, credit: true, bookingDate: booked, label: 'VIR F2026104' },
      { reference: 'E-5', amountCents: 9_999, credit: true, bookingDate: booked, label: 'VIR INCONNU SANS REFERENCE' },
      { reference: 'E-6', amountCents: 4_590, credit: false, bookingDate: booked, label: 'FRAIS TENUE DE COMPTE' },
    ]);

  it('pays the matched invoices through their workflows and queues the unknown line', async () => {
    const first = await upload(statement(), 'releve.xml');
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({
      format: 'CAMT053',
      lines: 6,
      new: 6,
      duplicates: 0,
      matchedAutomatically: 4,
      toMatch: 1,
      debits: 1,
    });

    const progress = async () =>
      (await adv.get('/bank-statements')).body.find((s: Json) => s.id === first.body.statementId);
    await eventually(
      async () => (await progress()).applyingCount === 0,
      'every automatic match recorded in the background',
      90_000,
    );
    expect(await progress()).toMatchObject({ applyingCount: 0, matchedCount: 4 });
    for (const id of [full, byNumber, surplus]) {
      await eventually(async () => (await invoiceOf(id)).status.label === 'Payée', `invoice ${id} "Payée"`, 90_000);
      await eventually(async () => (await pendingSteps(id)) === 0, `reminders of ${id} cancelled`);
    }
    expect(await invoiceOf(partial)).toMatchObject({ balanceCents: 50_000, status: { label: 'Partiellement payée' } });
    expect(await pendingSteps(partial)).toBeGreaterThan(0);

    const vip = await office.prisma.customer.findUniqueOrThrow({ where: { id: office.demo.customers.VIP } });
    await eventually(
      async () => (await mailsTo(vip.billingEmail)).some((m) => m.subject.includes('FACT-2026-101 acquittée')),
      'the receipt of FACT-2026-101',
    );
    const card = await adv.get(`/customers/${office.demo.customers.BAD_PAYER}`);
    expect(card.body.summary.creditCents).toBe(5_000);

    const queue = await adv.get('/bank-lines?status=TO_MATCH');
    expect(queue.body.data).toEqual([
      expect.objectContaining({ label: 'VIR INCONNU SANS REFERENCE', amountCents: 9_999, suggestions: [] }),
    ]);
    const matched = await adv.get('/bank-lines?status=MATCHED');
    expect(
      matched.body.data.find((l: { label: string }) => l.label === 'VIR SEPA CLIENT VIP').matches[0],
    ).toMatchObject({
      invoiceNumber: 'FACT-2026-101',
      confidence: 100,
      automatic: true,
      reason: 'Référence structurée FACT-2026-101',
    });
  }, 240_000);

  it('changes nothing when the same statement comes again', async () => {
    const payments = await office.prisma.payment.count();
    const again = await upload(statement(), 'releve-bis.xml');
    expect(again.body).toMatchObject({ lines: 6, new: 0, duplicates: 6, matchedAutomatically: 0, toMatch: 0 });
    expect(await office.prisma.payment.count()).toBe(payments);
    expect(await office.prisma.bankLine.count()).toBe(6);
  });

  it('undoes a partial match in the running workflow: the balance is due again', async () => {
    const line = (await adv.get('/bank-lines?status=MATCHED')).body.data.find(
      (l: { label: string }) => l.label === 'ACOMPTE',
    );
    expect((await adv.post(`/bank-matches/${line.matches[0].id}/undo`, { reason: 'x' })).status).toBe(400);
    const undone = await adv.post(`/bank-matches/${line.matches[0].id}/undo`, { reason: 'Virement d’un autre client' });
    expect(undone.status).toBe(201);
    expect(undone.body).toMatchObject({
      status: 'TO_MATCH',
      matches: [expect.objectContaining({ state: 'UNDONE', undoReason: 'Virement d’un autre client' })],
    });
    expect(await invoiceOf(partial)).toMatchObject({ balanceCents: 80_000, paidCents: 0 });
    expect((await adv.post(`/bank-matches/${line.matches[0].id}/undo`, { reason: 'encore' })).status).toBe(409);
    const actions = (
      await office.prisma.auditEvent.findMany({ where: { invoiceId: partial }, orderBy: { createdAt: 'asc' } })
    ).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['payment.recorded', 'payment.cancelled', 'bank.match-undone']));
    const number = (await office.prisma.invoice.findUniqueOrThrow({ where: { id: partial } })).externalNumber;
    const fec = await daf.get<string>(`/exports/fec?year=${today.year}`);
    expect(fec.status).toBe(200);
    const bankLines = fec.body.split('\r\n').filter((l) => l.startsWith('BQ|') && l.includes(`Règlement ${number} `));
    expect(bankLines.map((l) => l.split('|')[10].startsWith('Annulation'))).toEqual([false, false, true, true]);
  });

  it('undoes a match of a paid invoice by reopening it in a new run, then applies the line again by hand', async () => {
    const line = (await adv.get('/bank-lines?status=MATCHED')).body.data.find(
      (l: { label: string }) => l.label === 'VIR SEPA CLIENT VIP',
    );
    const vip = await office.prisma.customer.findUniqueOrThrow({ where: { id: office.demo.customers.VIP } });
    const receipts = async () =>
      (await mailsTo(vip.billingEmail)).filter((m) => m.subject.includes('FACT-2026-101 acquittée')).length;
    const sentBefore = await receipts();
    const undone = await adv.post(`/bank-matches/${line.matches[0].id}/undo`, { reason: 'Mauvaise facture' });
    expect(undone.status).toBe(201);
    await eventually(async () => (await pendingSteps(full)) > 0, 'reminders of the reopened invoice pending again');
    expect(await invoiceOf(full)).toMatchObject({ balanceCents: 120_000, status: { code: 'SENT' } });

    const applied = await eventually(async () => {
      const result = await adv.post(`/bank-lines/${line.id}/apply`, {
        allocations: [{ invoiceId: full, amountCents: 120_000 }],
      });
      return result.status === 201 ? result : undefined;
    }, 'the line applied to the reopened run');
    expect(applied.body).toMatchObject({
      status: 'MATCHED',
      matches: [
        expect.objectContaining({ state: 'UNDONE' }),
        expect.objectContaining({ state: 'APPLIED', automatic: false }),
      ],
    });
    await eventually(async () => (await invoiceOf(full)).status.label === 'Payée', 'paid again', 90_000);
    await eventually(async () => (await receipts()) === sentBefore + 1, 'a new receipt for the second payment');
  }, 240_000);

  it('splits a transfer by hand and marks a line as not a customer payment', async () => {
    const unknown = (await adv.get('/bank-lines?status=TO_MATCH')).body.data.find((l: { label: string }) =>
      l.label.startsWith('VIR INCONNU'),
    );
    expect(
      (
        await adv.post(`/bank-lines/${unknown.id}/apply`, {
          allocations: [{ invoiceId: partial, amountCents: 90_000 }],
        })
      ).status,
    ).toBe(400);
    expect(
      (await adv.post(`/bank-lines/${unknown.id}/ignore`, { reason: 'Remboursement fournisseur' })).body,
    ).toMatchObject({ status: 'IGNORED', note: 'Remboursement fournisseur' });
    const acompte = (await adv.get('/bank-lines?status=TO_MATCH')).body.data.find(
      (l: { label: string }) => l.label === 'ACOMPTE',
    );
    const split = await adv.post(`/bank-lines/${acompte.id}/apply`, {
      allocations: [{ invoiceId: partial, amountCents: 30_000 }],
    });
    expect(split.status).toBe(201);
    expect(await invoiceOf(partial)).toMatchObject({ balanceCents: 50_000, status: { label: 'Partiellement payée' } });
  });

  it('refuses unknown accounts (422), bad files (400) and more than 10 MB (413), storing nothing', async () => {
    const lines = await office.prisma.bankLine.count();
    const other = await upload(camt053('FR7610107001011234567890129', []), 'autre.xml');
    expect(other).toMatchObject({
      status: 422,
      body: { message: expect.stringContaining('FR7610107001011234567890129') },
    });
    const corrupt = await upload(
      statement().replace('<CdtDbtInd>DBIT</CdtDbtInd>', '<CdtDbtInd>??</CdtDbtInd>'),
      'corrompu.xml',
    );
    expect(corrupt).toMatchObject({
      status: 400,
      body: { message: expect.stringContaining('Stmt[1]/Ntry[6]/CdtDbtInd') },
    });
    expect((await upload(Buffer.from([0, 1, 2, 3, 255, 254]), 'binaire.bin')).status).toBe(400);
    expect((await upload(Buffer.alloc(10 * 1024 * 1024 + 1, 'a'), 'enorme.csv')).status).toBe(413);
    expect(await office.prisma.bankLine.count()).toBe(lines);
  });

  it('imports the French CSV layout into the chosen account, two identical lines counted apart', async () => {
    const csv = readFileSync(path.join(__dirname, '../fixtures/bank/statement-fr.csv'));
    expect((await upload(csv, 'releve.csv')).status).toBe(400);
    const first = await upload(csv, 'releve.csv', IBAN);
    expect(first.body).toMatchObject({ format: 'CSV', lines: 3, new: 3, duplicates: 0, debits: 2 });
    expect((await upload(csv, 'releve.csv', IBAN)).body).toMatchObject({ lines: 3, new: 0, duplicates: 3 });
  });

  it('applies a line a crashed API process left APPLYING once its claim lapses, exactly once', async () => {
    const invoiceId = await importInvoice(office.demo.customers.STANDARD, 'FACT-2026-105', 40_000);
    const statementRow = await office.prisma.bankStatement.findFirstOrThrow();
    const importer = await office.prisma.user.findUniqueOrThrow({ where: { email: 'adv@demo.test' } });
    // What an upload leaves behind when its process dies: the line APPLYING, its match stored, a claim nobody renews.
    const line = await office.prisma.bankLine.create({
      data: {
        companyId: statementRow.companyId,
        bankAccountId: statementRow.bankAccountId,
        statementId: statementRow.id,
        dedupKey: 'ref:CRASHED-1',
        bookingDate: new Date(booked),
        amountCents: 40_000n,
        label: 'VIR FACT 2026 105',
        status: 'APPLYING',
        applyClaimedUntil: new Date(Date.now() - 1000),
      },
    });
    const requestId = `bank-line:${line.id}:1`;
    await office.prisma.bankMatch.create({
      data: {
        bankLineId: line.id,
        invoiceId,
        amountCents: 40_000n,
        reason: 'Numéro de facture FACT-2026-105',
        confidence: 95,
        automatic: true,
        requestId,
        appliedById: importer.id,
      },
    });
    await eventually(
      async () => (await adv.get(`/bank-lines/${line.id}`)).body.status === 'MATCHED',
      'the abandoned line applied by the background loop',
      60_000,
    );
    await eventually(async () => (await invoiceOf(invoiceId)).status.label === 'Payée', 'FACT-2026-105 paid', 90_000);
    expect(await office.prisma.payment.count({ where: { requestId } })).toBe(1);
    const lineMatched = () =>
      office.prisma.auditEvent.count({
        where: { action: 'bank.line-matched', details: { path: ['bankLineId'], equals: line.id } },
      });
    // The loop audits the match just after marking the line MATCHED: wait for that entry, then count it.
    await eventually(async () => (await lineMatched()) > 0, 'the bank.line-matched audit entry');
    expect(await lineMatched()).toBe(1);
  }, 240_000);
});
