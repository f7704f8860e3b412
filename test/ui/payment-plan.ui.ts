// The « Échéancier » action in a real browser on the real stack: a manager grants the proposed plan from the invoice
// page and sees each installment's state in the schedule section.
import { DateTime } from 'luxon';
import type { Browser } from 'playwright-core';
import { bootBackOffice, eventually, type BackOffice } from '../support/back-office';
import { launchBrowser, onFailure, open, screenshot, signIn } from './browser';

describe('payment plan in the admin UI', () => {
  let office: BackOffice;
  let browser: Browser;
  const today = DateTime.now().setZone('Europe/Paris').startOf('day');

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'ui-plan' });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  it('lets a manager grant the proposed three installments and shows them « À venir »', async () => {
    const adv = await office.api.as('adv@demo.test');
    const { body: invoice } = await adv.post('/invoices/import', {
      customerId: office.demo.customers.STANDARD,
      externalNumber: 'ECH-UI-1',
      issueDate: today.minus({ days: 10 }).toISODate(),
      dueDate: today.plus({ days: 20 }).toISODate(),
      lines: [{ description: 'Intégration', quantity: 1, unitPriceCents: 100_000, vatRate: 20 }],
    });
    await eventually(
      async () => (await adv.get(`/invoices/${invoice.id}/schedule`)).body.steps?.length > 0,
      'the dunning planned',
    );
    const { page, context } = await signIn(browser, office.api.baseUrl, 'manager@demo.test');
    await onFailure(page, 'payment-plan', async () => {
      await open(page, office.api.baseUrl, `/invoices/${invoice.id}/show`);
      await page.getByRole('button', { name: 'Échéancier' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Motif').fill('Trésorerie tendue : accord en 3 fois');
      await dialog.getByRole('button', { name: "Accorder l'échéancier" }).click();
      const plan = page.getByTestId('payment-plan');
      await plan.waitFor({ timeout: 30_000 });
      expect(await plan.getByText('À venir', { exact: true }).count()).toBe(3);
      await screenshot(page, 'invoice-payment-plan');
    });
    expect(
      await office.prisma.paymentPlan.findFirstOrThrow({
        where: { invoiceId: invoice.id },
        include: { installments: true },
      }),
    ).toMatchObject({
      status: 'ACTIVE',
      installments: expect.arrayContaining([expect.objectContaining({ position: 3 })]),
    });
    await context.close();
  }, 180_000);
});
