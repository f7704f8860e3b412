// Tasks over HTTP on the real stack: an invoice imported 21 days late gets the STANDARD D+20 call task for its sales rep;
// completing it with a promise to pay goes through the invoice's workflow and pauses dunning until the promised date.
import { Client, Connection } from '@temporalio/client';
import { DateTime } from 'luxon';
import { seedDemoData } from '../../src/seed/demo-data';
import { stateQuery, invoiceWorkflowId } from '../../workflows/invoice.contract';
import { bootBackOffice, eventually, type ApiClient, type BackOffice } from '../support/back-office';
import { testStack } from '../support/stack';
import { openAroundTheClock } from '../support/always-open';

// Every hour of every day is a sending hour here, so the test does not depend on when CI runs.

describe('tasks on the real stack', () => {
  let office: BackOffice;
  let sales: ApiClient, adv: ApiClient, manager: ApiClient, daf: ApiClient, outsider: ApiClient;
  let temporal: Client;
  const today = DateTime.now().setZone('Europe/Paris').startOf('day');
  let invoiceId: string;
  let taskId: string;

  beforeAll(async () => {
    office = await bootBackOffice({ label: 'tasks' });
    await seedDemoData(office.prisma, { siret: '55210055400021', emailDomain: 'other.test' });
    await openAroundTheClock(office.prisma, office.demo.companyId);
    [sales, adv, manager, daf, outsider] = await Promise.all(
      ['sales@demo.test', 'adv@demo.test', 'manager@demo.test', 'daf@demo.test', 'sales@other.test'].map((email) =>
        office.api.as(email),
      ),
    );
    temporal = new Client({
      connection: await Connection.connect({ address: testStack().temporalAddress }),
      namespace: 'default',
    });
  });

  afterAll(async () => {
    await temporal?.connection.close();
    await office?.close();
  });

  it('gives the sales rep the D+20 call task of an invoice imported 21 days late', async () => {
    const imported = await adv.post('/invoices/import', {
      customerId: office.demo.customers.STANDARD,
      externalNumber: 'ANC-2026-0777',
      issueDate: today.minus({ days: 51 }).toISODate(),
      dueDate: today.minus({ days: 21 }).toISODate(),
      lines: [{ description: 'Audit sécurité', quantity: 1, unitPriceCents: 240000, vatRate: 20 }],
    });
    expect(imported.status).toBe(201);
    invoiceId = imported.body.id;

    const page = await eventually(
      async () => {
        const { body } = await sales.get('/tasks?status=OPEN&type=CALL');
        return body.total === 1 && body.data.length === 1 ? body : undefined;
      },
      'the D+20 call task',
      90_000,
    );
    expect(page).toMatchObject({ total: 1, page: 1, perPage: 25 });
    const [task] = page.data;
    taskId = task.id;
    expect(task).toMatchObject({
      type: 'CALL',
      status: 'OPEN',
      outcome: null,
      assignee: { id: office.demo.users.sales.id, fullName: 'Julien Moreau' },
      invoice: {
        id: invoiceId,
        number: 'ANC-2026-0777',
        customer: { id: office.demo.customers.STANDARD, name: 'Boulangeries Rhône Alpes' },
      },
      canComplete: true,
    });
    expect(task.title).toContain('ANC-2026-0777');
  });

  it('lists by role: own tasks by default, the whole company only for MANAGER/DIRECTOR/ADMIN, 404 for another company', async () => {
    expect((await adv.get('/tasks?type=CALL')).body.total).toBe(0);
    expect((await sales.get('/tasks?mine=false')).status).toBe(403);
    const all = await manager.get(`/tasks?mine=false&invoiceId=${invoiceId}`);
    expect(all.status).toBe(200);
    expect(all.body.data.map((t: { id: string }) => t.id)).toContain(taskId);
    expect(all.body.data.find((t: { id: string }) => t.id === taskId).canComplete).toBe(true);
    expect((await sales.get(`/tasks/${taskId}`)).body).toMatchObject({ id: taskId, status: 'OPEN' });
    expect((await outsider.get(`/tasks/${taskId}`)).status).toBe(404);
    expect((await outsider.post(`/tasks/${taskId}/complete`, { outcome: 'DONE' })).status).toBe(404);
  });

  it('refuses incomplete or unauthorised completions', async () => {
    expect((await daf.post(`/tasks/${taskId}/complete`, { outcome: 'DONE' })).status).toBe(403);
    const fieldsOf = async (body: object) => {
      const response = await sales.post(`/tasks/${taskId}/complete`, body);
      expect(response.status).toBe(400);
      return response.body.fields.map((f: { field: string }) => f.field);
    };
    expect(await fieldsOf({})).toEqual(['outcome']);
    expect(await fieldsOf({ outcome: 'PROMISE_TO_PAY' })).toEqual(['promisedDate']);
    expect(await fieldsOf({ outcome: 'PROMISE_TO_PAY', promisedDate: today.minus({ days: 1 }).toISODate() })).toEqual([
      'promisedDate',
    ]);
    expect(await fieldsOf({ outcome: 'DISPUTE' })).toEqual(['note']);
    expect((await sales.get(`/tasks/${taskId}`)).body.status).toBe('OPEN');
  });

  it('completes the call with a promise to pay through the workflow, which pauses dunning until that date', async () => {
    const promisedDate = today.plus({ days: 10 }).toISODate()!;
    const completed = await sales.post(`/tasks/${taskId}/complete`, {
      outcome: 'PROMISE_TO_PAY',
      promisedDate,
      note: 'Virement prévu',
    });
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({
      id: taskId,
      status: 'DONE',
      outcome: 'PROMISE_TO_PAY',
      promisedDate,
      note: 'Virement prévu',
      canComplete: false,
    });
    expect(completed.body.completedBy).toEqual({ id: office.demo.users.sales.id, fullName: 'Julien Moreau' });

    const state = await temporal.workflow.getHandle(invoiceWorkflowId(invoiceId)).query(stateQuery);
    expect(state.promisedUntil).toBe(promisedDate);
    expect(state.openTaskIds).not.toContain(taskId);
    expect((await sales.get(`/invoices/${invoiceId}`)).body.promisedPaymentDate).toBe(promisedDate);
    const schedule = (await sales.get(`/invoices/${invoiceId}/schedule`)).body;
    expect(schedule.paused).toEqual({ reason: 'PROMISE_TO_PAY', until: promisedDate });
    expect(schedule.steps.find((s: { key: string }) => s.key === 'D+30').state).toBe('PENDING');
    const audit = await office.prisma.auditEvent.findFirst({ where: { invoiceId, action: 'task.completed' } });
    expect(audit).toMatchObject({
      actorId: office.demo.users.sales.id,
      details: expect.objectContaining({ taskId, outcome: 'PROMISE_TO_PAY', promisedDate }),
    });

    const again = await sales.post(`/tasks/${taskId}/complete`, { outcome: 'DONE' });
    expect(again.status).toBe(409);
    expect((await sales.get('/tasks?status=OPEN&type=CALL')).body.total).toBe(0);
  });

  it('records a task without invoice directly', async () => {
    const task = await office.prisma.task.create({
      data: {
        companyId: office.demo.companyId,
        type: 'VERIFY_UNCERTAIN_MESSAGE',
        title: 'Vérifier un envoi',
        assigneeId: office.demo.users.adv.id,
        dueAt: new Date(),
        idempotencyKey: `tasks-e2e:${Date.now()}`,
      },
    });
    const mine = await adv.get('/tasks?status=OPEN');
    expect(mine.body.data).toEqual([expect.objectContaining({ id: task.id, invoice: null, overdue: true })]);
    const completed = await adv.post(`/tasks/${task.id}/complete`, { outcome: 'DONE', note: 'Le SMS est bien parti' });
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({
      status: 'DONE',
      outcome: 'DONE',
      note: 'Le SMS est bien parti',
      completedBy: { id: office.demo.users.adv.id },
    });
  });
});
