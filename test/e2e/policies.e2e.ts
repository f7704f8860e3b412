// Dunning policies over HTTP: read with their profile mapping, create (ADMIN), edit as a new immutable version while an
// invoice already in dunning keeps the version it recorded; and the message templates a step may use.
import { DateTime } from 'luxon';
import { seedDemoData } from '../../src/seed/demo-data';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';

const flags = { mentionPenalties: false, copyOwner: false, copyManager: false };
const STEPS = [
  {
    key: 'D-5',
    offsetDays: -5,
    label: 'Rappel avant échéance',
    actions: [{ type: 'EMAIL', template: 'standard/d-7-email' }],
    flags,
  },
  {
    key: 'D+10',
    offsetDays: 10,
    label: 'Appel',
    actions: [{ type: 'CALL_TASK', template: 'tasks/call', assignee: 'OWNER' }],
    flags: { ...flags, copyManager: true },
  },
];

describe('dunning policies over HTTP', () => {
  let office: BackOffice;
  let admin: ApiClient, adv: ApiClient, sales: ApiClient, outsider: ApiClient;
  let standardId: string;

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'policies' });
    await seedDemoData(office.prisma, { siret: '55210055400021', emailDomain: 'other.test' });
    [admin, adv, sales, outsider] = await Promise.all(
      ['admin@demo.test', 'adv@demo.test', 'sales@demo.test', 'sales@other.test'].map((email) => office.api.as(email)),
    );
  });

  afterAll(async () => {
    await office?.close();
  });

  it('lists the seeded policies with their current steps and the profiles mapped to them', async () => {
    const { status, body } = await sales.get('/dunning-policies');
    expect(status).toBe(200);
    expect(body.map((p: { code: string }) => p.code)).toEqual(['BAD_PAYER', 'NEW', 'STANDARD', 'VIP']);
    const standard = body.find((p: { code: string }) => p.code === 'STANDARD');
    expect(standard).toMatchObject({ name: 'Standard', currentVersion: 1, profiles: ['STANDARD'], customersCount: 0 });
    expect(standard.steps.map((s: { key: string }) => s.key)).toEqual([
      'D-7',
      'D-3',
      'D0',
      'D+3',
      'D+7',
      'D+15',
      'D+20',
      'D+30',
    ]);
    standardId = standard.id;
    const detail = await sales.get(`/dunning-policies/${standardId}`);
    expect(detail.body).toMatchObject({ code: 'STANDARD', version: 1, versions: [{ version: 1, createdBy: null }] });
    expect((await outsider.get(`/dunning-policies/${standardId}`)).status).toBe(404);
    expect((await sales.get(`/dunning-policies/${standardId}?version=2`)).status).toBe(404);
  });

  it('lists message templates with their channel and the actions they suit', async () => {
    const { status, body } = await sales.get('/message-templates');
    expect(status).toBe(200);
    const byName = Object.fromEntries(body.map((t: { name: string }) => [t.name, t]));
    expect(byName['standard/d+15-email']).toEqual({
      name: 'standard/d+15-email',
      group: 'standard',
      channel: 'EMAIL',
      actionTypes: ['EMAIL'],
    });
    expect(byName['standard/d+15-sms']).toMatchObject({ channel: 'SMS', actionTypes: ['SMS'] });
    expect(byName['tasks/call']).toMatchObject({ channel: 'TASK', actionTypes: ['CALL_TASK', 'ESCALATION'] });
    expect(byName['formal-notice/cover-email']).toMatchObject({ channel: 'LETTER', actionTypes: ['FORMAL_NOTICE'] });
  });

  it('creates a policy as ADMIN only, with 409 on a taken code and 400 naming invalid step fields', async () => {
    const body = { code: 'GRANDS_COMPTES', name: 'Grands comptes', description: 'Relances espacées', steps: STEPS };
    expect((await adv.post('/dunning-policies', body)).status).toBe(403);
    const created = await admin.post('/dunning-policies', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code: 'GRANDS_COMPTES',
      currentVersion: 1,
      version: 1,
      profiles: [],
      steps: STEPS,
    });
    expect(created.body.versions).toEqual([
      expect.objectContaining({ version: 1, createdBy: { id: office.demo.users.admin.id, fullName: 'Thomas Girard' } }),
    ]);
    expect(await office.prisma.auditEvent.count({ where: { action: 'dunning-policy.created' } })).toBe(1);
    expect((await admin.post('/dunning-policies', body)).status).toBe(409);

    const invalid = await admin.post('/dunning-policies', {
      code: 'CASSE',
      name: 'Cassée',
      steps: [
        STEPS[1],
        {
          ...STEPS[0],
          key: 'X',
          actions: [
            { type: 'FAX', template: 'nope/missing' },
            { type: 'CALL_TASK', template: 'tasks/call' },
          ],
        },
      ],
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.fields.map((f: { field: string }) => f.field)).toEqual([
      'steps.1.offsetDays',
      'steps.1.actions.0.type',
      'steps.1.actions.0.template',
      'steps.1.actions.1.assignee',
    ]);
    expect(invalid.body.message).toContain("steps.1.actions.0.template: le modèle « nope/missing » n'existe pas");
    expect(
      (await admin.post('/dunning-policies', { code: 'bad code', name: '', steps: STEPS })).body.fields.map(
        (f: { field: string }) => f.field,
      ),
    ).toEqual(['code', 'name']);
  });

  it('edits a policy as a new version; an invoice already in dunning keeps the version it recorded', async () => {
    const today = DateTime.now().setZone('Europe/Paris').startOf('day');
    const imported = await adv.post('/invoices/import', {
      customerId: office.demo.customers.STANDARD,
      externalNumber: 'ANC-2026-0900',
      issueDate: today.minus({ days: 20 }).toISODate(),
      dueDate: today.plus({ days: 10 }).toISODate(),
      lines: [{ description: 'Formation', quantity: 1, unitPriceCents: 90000, vatRate: 20 }],
    });
    expect(imported.status).toBe(201);
    const invoiceId = imported.body.id as string;
    const v1 = await office.prisma.dunningPolicyVersion.findUniqueOrThrow({
      where: { policyId_version: { policyId: standardId, version: 1 } },
    });
    await eventually(
      async () =>
        (await office.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).dunningPolicyVersionId === v1.id,
      'dunning to start on version 1',
    );

    expect((await adv.put(`/dunning-policies/${standardId}`, { steps: STEPS })).status).toBe(403);
    expect((await admin.put(`/dunning-policies/${standardId}`, { steps: [] })).body.fields).toEqual([
      { field: 'steps', message: 'la politique doit comporter au moins une étape' },
    ]);
    const edited = await admin.put(`/dunning-policies/${standardId}`, { name: 'Standard 2027', steps: STEPS });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      code: 'STANDARD',
      name: 'Standard 2027',
      currentVersion: 2,
      version: 2,
      steps: STEPS,
      profiles: ['STANDARD'],
    });
    expect(edited.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const old = await admin.get(`/dunning-policies/${standardId}?version=1`);
    expect(old.body).toMatchObject({ version: 1, currentVersion: 2 });
    expect(old.body.steps).toHaveLength(8);
    expect(await office.prisma.dunningPolicyVersion.findUniqueOrThrow({ where: { id: v1.id } })).toEqual(v1);
    expect((await office.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } })).dunningPolicyVersionId).toBe(
      v1.id,
    );
    const schedule = (await adv.get(`/invoices/${invoiceId}/schedule`)).body;
    expect(schedule.policy).toMatchObject({ code: 'STANDARD', version: 1 });
    expect(schedule.steps.map((s: { key: string }) => s.key)).toContain('D+30');
    expect(
      await office.prisma.auditEvent.count({
        where: { action: 'dunning-policy.updated', details: { path: ['version'], equals: 2 } },
      }),
    ).toBe(1);
    expect((await admin.put('/dunning-policies/8f1e7a52-6d8e-4c7e-9a4b-2b1c0d9e8f7a', { steps: STEPS })).status).toBe(
      404,
    );
  });

  it('documents the new routes in OpenAPI', async () => {
    const { status, body } = await office.api.get('/docs-json');
    expect(status).toBe(200);
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/dunning-policies',
        '/dunning-policies/{id}',
        '/message-templates',
        '/settings/dunning',
        '/settings/approval-circuit',
        '/tasks',
        '/tasks/{id}/complete',
      ]),
    );
    expect(body.components.schemas.CreatePolicyDto.required).toEqual(expect.arrayContaining(['code', 'name', 'steps']));
  });
});
