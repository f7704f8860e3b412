// Replays recorded invoice histories against the current workflow source: a change that would break invoices already
// running (a new or reordered activity, a timer added or moved) fails here with a nondeterminism error; such a
// change needs patched(). The fixtures without prefix were recorded before the lean-invoice-workflow patch and stay
// as they are (invoices still running on the old path); the recorders write the current path's, `lean-*.json`, and
// `imported-start-*.json` for an import since the startup-imported-start patch:
//   npm run build:server && RECORD_HISTORIES=1 npx jest test/workflows/replay.test.ts --selectProjects workflows
// RECORD_HISTORIES_PREFIX names another set (with -t for one recorder): `plan-window-*` came with worker-plan-window.
import fs from 'node:fs';
import path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import {
  approveUpdate,
  disputeUpdate,
  grantPaymentPlanUpdate,
  issueCreditNoteUpdate,
  promiseToPayUpdate,
  recordPaymentUpdate,
  rejectUpdate,
  resubmitUpdate,
  resumeUpdate,
  sendUpdate,
  CUSTOMER_ACTOR_ROLE,
  type Actor,
} from '../../workflows/invoice.contract';
import { customerDisputeUpdate, declarePaymentUpdate } from '../../workflows/portal.contract';
import type { invoiceLifecycleWorkflow } from '../../workflows/invoice-lifecycle.workflow';
import { DateTime } from 'luxon';
import { eventually } from '../support/eventually';
import { centsOf } from '../../src/prisma/money-columns';
import { createTestbed, type WorkflowTestbed } from './support';

type Handle = WorkflowHandle<typeof invoiceLifecycleWorkflow>;
const { History } = temporal.api.history.v1;
// Proto JSON through the proto package's own classes: historyToJSON/historyFromJSON of @temporalio/common fail here
// ("type must be a Type") because npm installed two copies of protobufjs 8 (under common/ and under proto/).
const JSON_OPTIONS = { longs: String, enums: String, bytes: String };
const HISTORIES_DIR = path.join(__dirname, 'histories');
const RECORDING = process.env.RECORD_HISTORIES === '1';
const RECORDED_PREFIX = process.env.RECORD_HISTORIES_PREFIX ?? 'lean';

(RECORDING ? describe : describe.skip)('recording histories on the time-skipping server', () => {
  let bed: WorkflowTestbed;
  let actors: Record<'sales' | 'manager' | 'daf' | 'adv', Actor>;

  beforeAll(async () => {
    bed = await createTestbed('wf-replay');
    actors = {
      sales: await bed.actor('sales'),
      manager: await bed.actor('manager'),
      daf: await bed.actor('daf'),
      adv: await bed.actor('adv'),
    };
  });

  afterAll(async () => {
    await bed?.close();
  });

  const pay = (handle: Handle, amountCents: number, tag: string) =>
    handle.executeUpdate(recordPaymentUpdate, {
      args: [
        {
          actor: actors.adv,
          requestId: `${handle.workflowId}:${tag}`,
          amountCents,
          paidAt: new Date().toISOString(),
          method: 'BANK_TRANSFER',
        },
      ],
    });
  const balanceOf = async (id: string) =>
    centsOf((await bed.prisma.invoice.findUniqueOrThrow({ where: { id } })).balanceCents);

  async function save(name: string, handle: Handle, prefix = `${RECORDED_PREFIX}-`): Promise<void> {
    await handle.result();
    fs.mkdirSync(HISTORIES_DIR, { recursive: true });
    const history = History.toObject(History.fromObject(await handle.fetchHistory()), JSON_OPTIONS);
    fs.writeFileSync(path.join(HISTORIES_DIR, `${prefix}${name}.json`), `${JSON.stringify(history, null, 1)}\n`);
  }

  test('approval, ADV sending, D-7 reminder, partial payment, D+3 on the rest, full payment and receipt', () =>
    bed.withWorker(async () => {
      const draft = await bed.createDraft({
        customerId: bed.demo.customers.STANDARD,
        createdById: bed.demo.users.sales.id,
        unitPriceCents: 400_000,
      });
      const handle = await bed.start({ invoiceId: draft.id, start: 'APPROVAL' });
      await handle.executeUpdate(approveUpdate, { args: [{ actor: actors.manager }] });
      await handle.executeUpdate(sendUpdate, { args: [{ actor: actors.adv }] });
      await eventually(
        async () => (await bed.prisma.invoice.findUniqueOrThrow({ where: { id: draft.id } })).phase === 'SENT',
        'the invoice sent',
      );
      await bed.env.sleep('25 days');
      await pay(handle, 100_000, 'partial');
      await bed.env.sleep('10 days');
      await pay(handle, await balanceOf(draft.id), 'rest');
      await save('approval-payment', handle);
    }));

  test('imported 16 days late: catch-up, dispute, resume with catch-up, promise to pay, payment', () =>
    bed.withWorker(async () => {
      const now = await bed.env.currentTimeMs();
      const day = (plus: number) =>
        DateTime.fromMillis(now, { zone: 'Europe/Paris' }).plus({ days: plus }).toISODate()!;
      const invoice = await bed.createImported({
        customerId: bed.demo.customers.STANDARD,
        createdById: bed.demo.users.sales.id,
        unitPriceCents: 100_000,
        issueDate: day(-46),
        dueDate: day(-16),
      });
      const handle = await bed.start({ invoiceId: invoice.id, start: 'DUNNING' });
      await bed.env.sleep('1 day');
      await handle.executeUpdate(disputeUpdate, { args: [{ actor: actors.adv, reason: 'Livraison contestée' }] });
      await bed.env.sleep('6 days');
      await handle.executeUpdate(resumeUpdate, { args: [{ actor: actors.adv }] });
      await bed.env.sleep('3 days');
      const promised = DateTime.fromMillis(await bed.env.currentTimeMs(), { zone: 'Europe/Paris' })
        .plus({ days: 5 })
        .toISODate()!;
      await handle.executeUpdate(promiseToPayUpdate, { args: [{ actor: actors.adv, date: promised }] });
      await bed.env.sleep('12 days');
      await pay(handle, await balanceOf(invoice.id), 'late');
      // Since the startup-imported-start patch; the lean-* imports stay as recorded (runs still on that path).
      await save('dunning-catch-up-dispute', handle, 'imported-start-');
    }));

  test('portal: imported 16 days late, payment declared by the customer (pause), then a dispute from the portal, then payment', () =>
    bed.withWorker(async () => {
      const now = await bed.env.currentTimeMs();
      const day = (plus: number) =>
        DateTime.fromMillis(now, { zone: 'Europe/Paris' }).plus({ days: plus }).toISODate()!;
      const invoice = await bed.createImported({
        customerId: bed.demo.customers.STANDARD,
        createdById: bed.demo.users.sales.id,
        unitPriceCents: 100_000,
        issueDate: day(-46),
        dueDate: day(-16),
      });
      const handle = await bed.start({ invoiceId: invoice.id, start: 'DUNNING' });
      const client: Actor = {
        userId: `customer:${bed.demo.customers.STANDARD}`,
        role: CUSTOMER_ACTOR_ROLE,
        name: 'client',
      };
      const origin = { ip: '203.0.113.7' };
      await bed.env.sleep('1 day');
      await handle.executeUpdate(declarePaymentUpdate, {
        args: [
          {
            actor: client,
            requestId: `${invoice.id}:declared`,
            origin,
            paidOn: day(1),
            amountCents: 100_000,
            method: 'BANK_TRANSFER',
            pauseUntil: day(8),
          },
        ],
      });
      await bed.env.sleep('9 days');
      await handle.executeUpdate(customerDisputeUpdate, {
        args: [{ actor: client, requestId: `${invoice.id}:dispute`, origin, reason: 'Prestation non réalisée' }],
      });
      await bed.env.sleep('2 days');
      await pay(handle, await balanceOf(invoice.id), 'after-portal');
      await save('portal-declaration-dispute', handle, 'imported-start-');
    }));

  test('two-level approval rejected, resubmitted, the second level reminded then approved; a full credit note ends it', () =>
    bed.withWorker(async () => {
      const draft = await bed.createDraft({
        customerId: bed.demo.customers.STANDARD,
        createdById: bed.demo.users.sales.id,
        unitPriceCents: 600_000,
      });
      const handle = await bed.start({ invoiceId: draft.id, start: 'APPROVAL' });
      await handle.executeUpdate(approveUpdate, { args: [{ actor: actors.manager }] });
      await handle.executeUpdate(rejectUpdate, { args: [{ actor: actors.daf, reason: 'Remise non validée' }] });
      await handle.executeUpdate(resubmitUpdate, { args: [{ actor: actors.sales }] });
      await handle.executeUpdate(approveUpdate, { args: [{ actor: actors.manager }] });
      await bed.env.sleep('5 days');
      await handle.executeUpdate(approveUpdate, { args: [{ actor: actors.daf }] });
      await handle.executeUpdate(sendUpdate, { args: [{ actor: actors.adv }] });
      await eventually(
        async () => (await bed.prisma.invoice.findUniqueOrThrow({ where: { id: draft.id } })).phase === 'SENT',
        'the invoice sent',
      );
      await handle.executeUpdate(issueCreditNoteUpdate, {
        args: [{ actor: actors.adv, requestId: `${draft.id}:cn`, reason: 'Annulation', full: true, lines: [] }],
      });
      await save('approval-rejection-credit-note', handle);
    }));

  test('payment plan: installment reminder, missed installment resumes dunning, overdue paid, rest paid', () =>
    bed.withWorker(async () => {
      const now = await bed.env.currentTimeMs();
      const day = (plus: number) =>
        DateTime.fromMillis(now, { zone: 'Europe/Paris' }).plus({ days: plus }).toISODate()!;
      const invoice = await bed.createImported({
        customerId: bed.demo.customers.STANDARD,
        createdById: bed.demo.users.sales.id,
        unitPriceCents: 100_000,
        issueDate: day(-20),
        dueDate: day(10),
      });
      const handle = await bed.start({ invoiceId: invoice.id, start: 'DUNNING' });
      await eventually(
        async () => (await bed.prisma.dunningStep.count({ where: { invoiceId: invoice.id } })) > 0,
        'the dunning planned',
      );
      const installments = [
        { dueDate: day(12), amountCents: 60_000 },
        { dueDate: day(40), amountCents: 60_000 },
      ];
      await handle.executeUpdate(grantPaymentPlanUpdate, {
        args: [{ actor: actors.manager, requestId: `${invoice.id}:plan`, reason: 'Trésorerie tendue', installments }],
      });
      await bed.env.sleep('17 days');
      await pay(handle, 60_000, 'overdue');
      await bed.env.sleep('5 days');
      await pay(handle, await balanceOf(invoice.id), 'rest');
      await save('payment-plan', handle);
    }));
});

describe('replay', () => {
  const fixtures = () =>
    fs
      .readdirSync(HISTORIES_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort();

  test('the recorded histories are there', () => {
    const recorded = ['approval-payment.json', 'approval-rejection-credit-note.json', 'dunning-catch-up-dispute.json'];
    // The plan and portal paths came after the lean-invoice-workflow patch: recorded on the lean path only.
    expect(fixtures()).toEqual([
      ...recorded,
      'imported-start-dunning-catch-up-dispute.json',
      'imported-start-portal-declaration-dispute.json',
      ...recorded.map((name) => `lean-${name}`),
      'lean-payment-plan.json',
      'lean-portal-declaration-dispute.json',
      // Late starts whose catch-up takes the plan's sending window, no nextSendOpening call (worker-plan-window).
      'plan-window-dunning-catch-up-dispute.json',
      'plan-window-portal-declaration-dispute.json',
    ]);
  });

  test('every recorded history replays on the current workflow code without nondeterminism', async () => {
    const histories = fixtures().map((file) => ({
      workflowId: path.basename(file, '.json'),
      history: History.fromObject(JSON.parse(fs.readFileSync(path.join(HISTORIES_DIR, file), 'utf8'))),
    }));
    const results: Array<{ workflowId: string; error?: string }> = [];
    // workflowsPath, not the built bundle: this guards the source as it stands, even before `npm run build:server`.
    for await (const result of Worker.runReplayHistories(
      { workflowsPath: require.resolve('../../workflows') },
      histories,
    )) {
      results.push({ workflowId: result.workflowId, error: result.error ? String(result.error) : undefined });
    }
    expect(results).toEqual(histories.map((h) => ({ workflowId: h.workflowId, error: undefined })));
  });
});
