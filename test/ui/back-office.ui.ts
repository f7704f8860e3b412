// The admin UI in a real browser against the real API, worker, Temporal and maildev: a manager and the DAF approve
// from their inbox, ADV sends and records payments, a sales rep completes a call task with a promise to pay.
import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';
import { mailsTo } from '../support/maildev';
import { launchBrowser, onFailure, open, screenshot, signIn } from './browser';
import { openAroundTheClock } from '../support/always-open';

// Every hour of every day is a sending hour here, so the test does not depend on when it runs.

describe('admin UI in a browser', () => {
  let office: BackOffice;
  let browser: Browser;
  let base: string;
  let sales: ApiClient, adv: ApiClient;
  let invoiceId: string;
  const today = DateTime.now().setZone('Europe/Paris').startOf('day');

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'ui' });
    await openAroundTheClock(office.prisma, office.demo.companyId);
    base = office.api.baseUrl;
    [sales, adv] = await Promise.all([office.api.as('sales@demo.test'), office.api.as('adv@demo.test')]);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await office?.close();
  });

  const chip = (page: Page, label: string) => page.getByTestId('invoice-status').getByText(label, { exact: true });

  it('serves the UI at "/" next to the API', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
  });

  it('lets the manager then the DAF approve an invoice above 5 000 € from their inbox', async () => {
    const created = await sales.post('/invoices', {
      customerId: office.demo.customers.STANDARD,
      lines: [
        {
          description: 'Audit de la chaîne de facturation',
          quantity: 5,
          unit: 'jour',
          unitPriceCents: 95000,
          vatRate: 20,
        },
        {
          description: 'Formation des équipes ADV',
          quantity: 2,
          unit: 'jour',
          unitPriceCents: 80000,
          vatRate: 20,
          discountPercent: 10,
        },
        { description: 'Ouvrage "Le recouvrement amiable"', quantity: 3, unitPriceCents: 2990, vatRate: 5.5 },
      ],
    });
    expect(created.status).toBe(201);
    invoiceId = created.body.id;
    expect((await sales.post(`/invoices/${invoiceId}/submit`)).status).toBe(200);
    await eventually(
      async () => (await sales.get(`/invoices/${invoiceId}`)).body.approval?.pendingRole === 'MANAGER',
      'level 1 pending',
    );

    const manager = await signIn(browser, base, 'manager@demo.test');
    await screenshot(manager.page, 'dashboard');
    await manager.page.getByRole('menuitem', { name: 'À valider' }).click();
    await manager.page.getByTestId('approval-inbox').getByText('Boulangeries Rhône Alpes').waitFor();
    await screenshot(manager.page, 'inbox');
    await manager.page.getByTestId('approval-inbox').getByText('Boulangeries Rhône Alpes').click();
    await onFailure(manager.page, 'inbox-review', () =>
      manager.page.getByTestId('pdf-preview').waitFor({ timeout: 60_000 }),
    );
    await screenshot(manager.page, 'inbox-review');
    await manager.page.getByRole('button', { name: 'Approuver' }).click();
    await manager.page.getByRole('dialog').getByLabel('Commentaire (facultatif)').fill('OK pour moi');
    await manager.page.getByRole('dialog').getByRole('button', { name: 'Approuver' }).click();
    await manager.page.getByText("Aucune facture n'attend votre validation.").waitFor();
    await manager.context.close();

    await eventually(
      async () => (await sales.get(`/invoices/${invoiceId}`)).body.approval?.pendingRole === 'FINANCE_DIRECTOR',
      'level 2 pending',
    );
    const daf = await signIn(browser, base, 'daf@demo.test');
    await daf.page.getByRole('menuitem', { name: 'À valider' }).click();
    await daf.page.getByTestId('approval-inbox').getByText('Boulangeries Rhône Alpes').click();
    await daf.page.getByRole('button', { name: 'Approuver' }).click();
    await daf.page.getByRole('dialog').getByRole('button', { name: 'Approuver' }).click();
    await daf.page.getByText("Aucune facture n'attend votre validation.").waitFor();
    await daf.context.close();

    const issued = await eventually(async () => {
      const { body } = await adv.get(`/invoices/${invoiceId}`);
      return body.number ? body : undefined;
    }, 'the legal number');
    expect(issued.status.label).toBe('En attente non envoyée');
  }, 240_000);

  it('lets ADV send the invoice, then record a partial and a full payment', async () => {
    const { page, context } = await signIn(browser, base, 'adv@demo.test');
    await open(page, base, `/invoices/${invoiceId}/show`);
    await chip(page, 'En attente non envoyée').waitFor();
    await page.getByRole('button', { name: 'Envoyer maintenant' }).click();
    const customer = await office.prisma.customer.findUniqueOrThrow({ where: { id: office.demo.customers.STANDARD } });
    const { number } = (await adv.get(`/invoices/${invoiceId}`)).body;
    const [mail] = await eventually(
      async () => {
        const mails = (await mailsTo(customer.billingEmail)).filter((m) =>
          m.attachments?.some((a) => a.filename === `${number}.pdf`),
        );
        return mails.length ? mails : undefined;
      },
      'the invoice email',
      90_000,
    );
    expect(mail.subject).toContain(number);
    await chip(page, 'En attente envoyée').waitFor({ timeout: 60_000 });

    await page.getByRole('button', { name: 'Enregistrer un paiement' }).click();
    await page.getByRole('dialog').getByLabel('Montant reçu (€)').fill('3000');
    await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
    await chip(page, 'Partiellement payée').waitFor({ timeout: 30_000 });
    await screenshot(page, 'invoice-detail');

    await page.getByRole('button', { name: 'Enregistrer un paiement' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Enregistrer' }).click();
    await chip(page, 'Payée').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('balance').textContent()).toMatch(/^0,00\s€$/);

    await page.getByRole('menuitem', { name: 'Factures' }).click();
    await page.getByTestId('invoice-list').getByText(number).waitFor();
    await screenshot(page, 'invoice-list');
    await open(page, base, `/customers/${office.demo.customers.STANDARD}/show`);
    await page.getByTestId('customer-card').waitFor();
    await screenshot(page, 'customer-card');
    await context.close();
  }, 240_000);

  it('shows the admin the dunning policies and the settings', async () => {
    const { page, context } = await signIn(browser, base, 'admin@demo.test');
    await page.getByRole('menuitem', { name: 'Politiques de relance' }).click();
    await page.getByTestId('policy-STANDARD').waitFor();
    await screenshot(page, 'policies');
    await page.getByTestId('policy-STANDARD').click();
    await page.getByText('Versions').waitFor();
    await screenshot(page, 'policy-detail');
    await page.getByRole('menuitem', { name: 'Paramètres' }).click();
    await onFailure(page, 'settings', () => page.getByTestId('holidays').waitFor());
    await screenshot(page, 'settings');
    await context.close();
  }, 120_000);

  it('lets a sales rep complete a call task with a promise to pay, which pauses dunning', async () => {
    const imported = await adv.post('/invoices/import', {
      customerId: office.demo.customers.NEW,
      externalNumber: 'ANC-2026-0999',
      issueDate: today.minus({ days: 51 }).toISODate(),
      dueDate: today.minus({ days: 21 }).toISODate(),
      lines: [{ description: 'Audit sécurité', quantity: 1, unitPriceCents: 240000, vatRate: 20 }],
    });
    expect(imported.status).toBe(201);
    await eventually(
      async () => ((await sales.get('/tasks?status=OPEN&type=CALL')).body.total >= 1 ? true : undefined),
      'the D+20 call task',
      90_000,
    );

    const { page, context } = await signIn(browser, base, 'sales@demo.test');
    await page.getByRole('menuitem', { name: 'Mes tâches' }).click();
    const row = page.getByTestId('task-list').locator('tr', { hasText: 'ANC-2026-0999' });
    await row.waitFor();
    await screenshot(page, 'tasks');
    await row.getByRole('button', { name: 'Terminer' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Résultat' }).click();
    await page.getByRole('option', { name: 'Promesse de paiement' }).click();
    await dialog.getByLabel('Date de paiement promise').fill(today.plus({ days: 10 }).toISODate()!);
    await dialog.getByRole('button', { name: 'Enregistrer le résultat' }).click();
    await page.getByText('Tâche terminée').waitFor();

    await open(page, base, `/invoices/${imported.body.id}/show`);
    await page
      .getByTestId('dunning-paused')
      .getByText(/Promesse de paiement/)
      .waitFor({ timeout: 30_000 });
    await screenshot(page, 'invoice-paused');
    await page.getByRole('menuitem', { name: 'Factures' }).click();
    await page.getByTestId('invoice-list').getByText('Retard 21 jours').waitFor();
    await screenshot(page, 'invoice-list');
    await context.close();
  }, 240_000);
});
