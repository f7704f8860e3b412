// Settings over HTTP: the approval circuit (a change applies to invoices submitted afterwards), the dunning calendar with
// its profile mapping and rates, and the seller identity.
import { DateTime } from 'luxon';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';
import { centsOf } from '../../src/prisma/money-columns';

const CALENDAR = {
  timezone: 'Europe/Paris',
  sendHour: '10:00',
  businessDaysOnly: true,
  skipPublicHolidays: true,
  windowStart: '08:30',
  windowEnd: '18:00',
};
const PROFILES = { VIP: 'VIP', STANDARD: 'STANDARD', NEW: 'NEW', BAD_PAYER: 'BAD_PAYER' };

const fieldsOf = (body: { fields: { field: string }[] }) => body.fields.map((f) => f.field);

describe('settings over HTTP', () => {
  let office: BackOffice;
  let admin: ApiClient, adv: ApiClient, sales: ApiClient;

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'settings' });
    [admin, adv, sales] = await Promise.all(
      ['admin@demo.test', 'adv@demo.test', 'sales@demo.test'].map((email) => office.api.as(email)),
    );
  });

  afterAll(async () => {
    await office?.close();
  });

  it('reads the seeded approval circuit and refuses invalid ones naming the fields', async () => {
    expect((await sales.get('/settings/approval-circuit')).body).toEqual({
      levels: [{ role: 'MANAGER' }, { role: 'FINANCE_DIRECTOR', minAmountExclTaxCents: 500000 }],
      sending: 'ADV',
      reminderAfterBusinessDays: 2,
      escalateAfterBusinessDays: 2,
    });
    const valid = { levels: [], sending: 'AUTOMATIC', reminderAfterBusinessDays: 1, escalateAfterBusinessDays: 3 };
    expect((await adv.put('/settings/approval-circuit', valid)).status).toBe(403);
    const bad = await admin.put('/settings/approval-circuit', {
      levels: [{ role: 'MANAGER' }, { role: 'SALES', minAmountExclTaxCents: -1 }],
      sending: 'EMAIL',
      reminderAfterBusinessDays: 0,
      escalateAfterBusinessDays: 2.5,
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual([
      'levels.1.role',
      'levels.1.minAmountExclTaxCents',
      'sending',
      'reminderAfterBusinessDays',
      'escalateAfterBusinessDays',
    ]);
    const tooMany = await admin.put('/settings/approval-circuit', {
      ...valid,
      levels: Array.from({ length: 6 }, () => ({ role: 'ADMIN' })),
    });
    expect(fieldsOf(tooMany.body)).toEqual(['levels']);
  });

  it('applies a circuit without approval to an invoice submitted afterwards', async () => {
    const circuit = { levels: [], sending: 'AUTOMATIC', reminderAfterBusinessDays: 1, escalateAfterBusinessDays: 3 };
    const saved = await admin.put('/settings/approval-circuit', circuit);
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(circuit);
    expect((await sales.get('/settings/approval-circuit')).body).toEqual(circuit);
    expect(await office.prisma.auditEvent.count({ where: { action: 'settings.approval-circuit.updated' } })).toBe(1);

    const draft = await sales.post('/invoices', {
      customerId: office.demo.customers.STANDARD,
      lines: [{ description: 'Conseil', quantity: 1, unitPriceCents: 50000, vatRate: 20 }],
    });
    expect(draft.status).toBe(201);
    expect((await sales.post(`/invoices/${draft.body.id}/submit`)).status).toBe(200);
    const issued = await eventually(
      async () => {
        const { body } = await sales.get(`/invoices/${draft.body.id}`);
        return body.number ? body : undefined;
      },
      'the invoice to be issued without approval',
      90_000,
    );
    expect(issued.number).toMatch(/^FACT-\d{4}-001$/);
    expect(await office.prisma.approvalDecision.count({ where: { invoiceId: draft.body.id } })).toBe(0);
  });

  it('reads the dunning settings with the public holidays of the next 12 months', async () => {
    const { status, body } = await sales.get('/settings/dunning');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      profilePolicies: PROFILES,
      timezone: 'Europe/Paris',
      sendHour: '09:00',
      latePenaltyRateBp: null,
      ecbRateBp: 215,
    });
    const today = DateTime.now().setZone('Europe/Paris').toISODate()!;
    expect(body.holidays.length).toBeGreaterThanOrEqual(10);
    expect(body.holidays.every((h: { date: string }) => h.date >= today)).toBe(true);
    expect(body.holidays.map((h: { name: string }) => h.name)).toEqual(
      expect.arrayContaining(["Jour de l'an", 'Fête nationale', 'Noël']),
    );
  });

  it('updates the dunning settings as ADMIN, checking the calendar and that each policy code exists', async () => {
    const settings = {
      ...CALENDAR,
      profilePolicies: { ...PROFILES, NEW: 'STANDARD' },
      latePenaltyRateBp: 1200,
      ecbRateBp: 240,
    };
    expect((await adv.put('/settings/dunning', settings)).status).toBe(403);
    const bad = await admin.put('/settings/dunning', {
      ...settings,
      timezone: 'Mars/Olympus',
      windowStart: '8h',
      profilePolicies: { ...PROFILES, VIP: 'PLATINE' },
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['timezone', 'windowStart', 'profilePolicies.VIP']);
    const closedWindow = await admin.put('/settings/dunning', {
      ...settings,
      windowStart: '18:00',
      windowEnd: '08:00',
    });
    expect(fieldsOf(closedWindow.body)).toEqual(['windowEnd']);
    expect(fieldsOf((await admin.put('/settings/dunning', { ...settings, latePenaltyRateBp: -5 })).body)).toEqual([
      'latePenaltyRateBp',
    ]);

    const saved = await admin.put('/settings/dunning', settings);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject(settings);
    const company = await office.prisma.company.findUniqueOrThrow({ where: { id: office.demo.companyId } });
    expect(company).toMatchObject({
      latePenaltyRateBp: 1200,
      ecbRateBp: 240,
      dunningSettings: { ...CALENDAR, profilePolicies: { ...PROFILES, NEW: 'STANDARD' } },
    });
    const policies = (await sales.get('/dunning-policies')).body;
    expect(policies.find((p: { code: string }) => p.code === 'STANDARD').profiles).toEqual(['STANDARD', 'NEW']);

    const legalDefault = await admin.put('/settings/dunning', {
      ...CALENDAR,
      profilePolicies: PROFILES,
      latePenaltyRateBp: null,
    });
    expect(legalDefault.body).toMatchObject({ latePenaltyRateBp: null, ecbRateBp: 240 });
  });

  it('shows the seller identity to every role', async () => {
    const { status, body } = await sales.get('/settings/company');
    expect(status).toBe(200);
    const company = await office.prisma.company.findUniqueOrThrow({ where: { id: office.demo.companyId } });
    expect(body).toMatchObject({
      legalName: company.legalName,
      siret: company.siret,
      vatNumber: company.vatNumber,
      iban: company.iban,
      shareCapitalCents: centsOf(company.shareCapitalCents),
    });
    expect(body).not.toHaveProperty('id');
    expect(body).not.toHaveProperty('approvalCircuit');
  });
});
