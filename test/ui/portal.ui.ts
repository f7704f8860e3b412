// The customer portal in a real browser (phone-sized) on the real stack: the link comes from a real reminder email in
// maildev; the customer downloads a PDF, declares a payment, and the staff API shows the reminders paused.
import fs from 'node:fs';
import { DateTime } from 'luxon';
import type { Browser } from 'playwright-core';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';
import { mailsTo } from '../support/maildev';
import { portalTokenIn } from '../support/portal';
import { launchBrowser, onFailure, open, screenshot, signIn } from './browser';

const ALWAYS_OPEN = { businessDaysOnly: false, skipPublicHolidays: false, windowStart: '00:00', windowEnd: '23:59' };

describe('customer portal in a browser', () => {
  let office: BackOffice;
  let browser: Browser;
  let adv: ApiClient;
  const today = DateTime.now().setZone('Europe/Paris').startOf('day');
  const billingEmail = `compta-ui-${Date.now()}@portal-client.test`;

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'portal-ui' });
    adv = await office.api.as('adv@demo.test');
    const company = await office.prisma.company.findUniqueOrThrow({ where: { id: office.demo.companyId } });
    await office.prisma.company.update({
      where: { id: company.id },
      data: { dunningSettings: { ...(company.dunningSettings as object), ...ALWAYS_OPEN } },
    });
    await office.prisma.customer.update({ where: { id: office.demo.customers.STANDARD }, data: { billingEmail } });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  const importInvoice = async (externalNumber: string, dueInDays: number, amountCents: number): Promise<string> => {
    const { status, body } = await adv.post('/invoices/import', {
      customerId: office.demo.customers.STANDARD,
      externalNumber,
      issueDate: today.minus({ days: 30 }).toISODate(),
      dueDate: today.plus({ days: dueInDays }).toISODate(),
      lines: [{ description: 'Maintenance annuelle', quantity: 1, unitPriceCents: amountCents, vatRate: 0 }],
    });
    expect(status).toBe(201);
    return body.id as string;
  };

  it('opens the link of a reminder email, downloads a PDF, declares a payment and the reminders pause; ADV revokes the link from the customer card', async () => {
    const settled = await importInvoice('UI-PORTAIL-001', 20, 25000);
    expect(
      (
        await adv.post(`/invoices/${settled}/payments`, {
          amountCents: 25000,
          paidAt: new Date().toISOString(),
          method: 'CHECK',
        })
      ).status,
    ).toBe(201);
    const late = await importInvoice('UI-PORTAIL-002', -16, 84000);
    const reminder = await eventually(
      async () => (await mailsTo(billingEmail)).find((m) => m.subject.includes('UI-PORTAIL-002')),
      'the D+15 reminder email',
      120_000,
    );
    await eventually(
      async () => (await office.prisma.document.count({ where: { invoiceId: settled, kind: 'RECEIPT' } })) === 1,
      'the receipt PDF',
      180_000,
    );

    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const link = reminder.text
      .match(/https?:\/\/\S+\/portal\/t\/\S+/)![0]
      .replace(/^https?:\/\/[^/]+/, office.api.baseUrl);
    expect(link).toContain(portalTokenIn(reminder));
    await onFailure(page, 'portal', async () => {
      await page.goto(link);
      expect(new URL(page.url()).pathname).toBe('/portal');
      await page
        .getByTestId('portal-invoice')
        .filter({ hasText: 'UI-PORTAIL-002' })
        .getByText('Retard 16 jours')
        .waitFor();
      await screenshot(page, 'portal-invoices');

      await page.getByRole('link', { name: 'UI-PORTAIL-001' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: /Facture acquittée/ }).click(),
      ]);
      expect(
        fs
          .readFileSync((await download.path())!)
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');

      await page.goto(`${office.api.baseUrl}/portal`);
      await page.getByRole('link', { name: 'UI-PORTAIL-002' }).click();
      await page.getByTestId('portal-reference').waitFor();
      await screenshot(page, 'portal-invoice');
      await page.getByText('J’ai payé').click();
      await page.getByLabel('Moyen de paiement').selectOption('BANK_TRANSFER');
      await page.getByRole('button', { name: 'Déclarer mon paiement' }).click();
      await page.getByRole('status').getByText('Les relances sont suspendues').waitFor();
      await screenshot(page, 'portal-payment-declared');
    });

    const invoice = (await adv.get(`/invoices/${late}`)).body;
    expect(invoice.promisedPaymentDate).toBe(today.plus({ days: 7 }).toISODate());
    const history = (await adv.get(`/invoices/${late}/history`)).body as Array<{ action: string; actor: string }>;
    expect(history).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'portal.payment-declared', actor: 'client' })]),
    );

    const staff = await signIn(browser, office.api.baseUrl, 'adv@demo.test');
    await onFailure(staff.page, 'portal-revoke', async () => {
      await open(staff.page, office.api.baseUrl, `/customers/${office.demo.customers.STANDARD}/show`);
      await staff.page.getByRole('button', { name: "Révoquer les liens de l'espace client" }).click();
      await staff.page.getByText(/lien\(s\) de l'espace client révoqué\(s\)/).waitFor();
      await page.goto(`${office.api.baseUrl}/portal`);
      await page.getByText('Lien expiré ou révoqué').first().waitFor();
      await screenshot(page, 'portal-revoked');
    });
    await staff.context.close();
    await context.close();
  }, 360_000);
});
