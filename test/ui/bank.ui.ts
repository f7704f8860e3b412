// "Relevés bancaires" in a real browser on the real stack: ADV drops a CAMT.053, sees the import summary, the paid
// invoice turns "Payée" through its workflow, and the unknown line, waiting in "À rapprocher", is marked as not a
// customer payment.
import { DateTime } from 'luxon';
import type { Browser } from 'playwright-core';
import { creditorReference } from '../../src/payments/creditor-reference';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';
import { camt053 } from '../support/camt053';
import { launchBrowser, onFailure, open, screenshot, signIn } from './browser';

const IBAN = 'FR7630006000011234567890189';

describe('bank statements in a browser', () => {
  let office: BackOffice;
  let browser: Browser;
  let adv: ApiClient;

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'bank-ui' });
    adv = await office.api.as('adv@demo.test');
    const daf = await office.api.as('daf@demo.test');
    await daf.put('/settings/bank-accounts', {
      autoMatchThreshold: 90,
      accounts: [{ label: 'Compte courant', iban: IBAN, bic: 'AGRIFRPP' }],
    });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  it('imports a dropped statement, pays the invoice it names and queues the unknown line', async () => {
    const today = DateTime.now().setZone('Europe/Paris').startOf('day');
    const imported = await adv.post('/invoices/import', {
      customerId: office.demo.customers.STANDARD,
      externalNumber: 'FACT-2026-201',
      issueDate: today.minus({ days: 10 }).toISODate(),
      dueDate: today.plus({ days: 20 }).toISODate(),
      lines: [{ description: 'Prestation', quantity: 1, unitPriceCents: 60_000, vatRate: 0 }],
    });
    const invoiceId = imported.body.id as string;
    await eventually(
      async () => (await office.prisma.dunningStep.count({ where: { invoiceId } })) > 0,
      'dunning planned',
    );
    const booked = today.minus({ days: 1 }).toISODate()!;
    const xml = camt053(IBAN, [
      {
        reference: 'UI-1',
        amountCents: 60_000,
        credit: true,
        bookingDate: booked,
        label: 'VIR SEPA',
        creditorReference: creditorReference('FACT-2026-201'),
      },
      { reference: 'UI-2', amountCents: 1_234, credit: true, bookingDate: booked, label: 'VIR MYSTERE' },
    ]);

    const { context, page } = await signIn(browser, office.api.baseUrl, 'adv@demo.test');
    await onFailure(page, 'bank-import', async () => {
      await open(page, office.api.baseUrl, '/bank');
      await page.getByText('Déposez un relevé').waitFor();
      await page
        .getByLabel('Choisir un relevé')
        .setInputFiles({ name: 'releve.xml', mimeType: 'application/xml', buffer: Buffer.from(xml) });
      await page
        .getByTestId('import-summary')
        .getByText(/2 lignes, 2 nouvelles, 0 déjà importées ; 1 rapprochées automatiquement, 1 à rapprocher/)
        .waitFor({ timeout: 90_000 });
      // The automatic match is recorded in the background: the bar reads 1 / 1 once its workflow wrote the payment.
      await page.getByTestId('apply-progress').getByText('Paiements enregistrés : 1 / 1').waitFor({ timeout: 90_000 });
      await page.getByRole('cell', { name: 'VIR MYSTERE' }).waitFor();
      await screenshot(page, 'bank-statements');
      await page.getByRole('button', { name: 'Pas un paiement client' }).click();
      await page.getByText('À rapprocher (0)').waitFor();
    });
    await eventually(
      async () => (await adv.get(`/invoices/${invoiceId}`)).body.status.label === 'Payée',
      'the invoice "Payée"',
      90_000,
    );
    expect((await office.prisma.bankLine.findMany({ orderBy: { amountCents: 'asc' } })).map((l) => l.status)).toEqual([
      'IGNORED',
      'MATCHED',
    ]);
    await context.close();
  }, 240_000);
});
