// The approval circuit on skipped time: thresholds, refusals, rejection and resubmission, reminders and escalation.
import { WorkflowUpdateFailedError } from '@temporalio/client';
import {
  approveUpdate,
  RefusalType,
  rejectUpdate,
  resubmitUpdate,
  sendUpdate,
  stateQuery,
  type Actor,
} from '../../workflows/invoice.contract';
import { eventually } from '../support/eventually';
import { createTestbed, type WorkflowTestbed } from './support';

let bed: WorkflowTestbed;
let actors: Record<'sales' | 'manager' | 'daf' | 'adv' | 'director', Actor>;

beforeAll(async () => {
  bed = await createTestbed('wf-approval');
  actors = {
    sales: await bed.actor('sales'),
    manager: await bed.actor('manager'),
    daf: await bed.actor('daf'),
    adv: await bed.actor('adv'),
    director: await bed.actor('director'),
  };
});

afterAll(async () => {
  await bed?.close();
});

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  return ((error as WorkflowUpdateFailedError).cause as { type?: string }).type ?? 'unknown';
}

const draftFor = (unitPriceCents: number) =>
  bed.createDraft({ customerId: bed.demo.customers.STANDARD, createdById: bed.demo.users.sales.id, unitPriceCents });

// First: skipping days hangs on the time-skipping server once an earlier test left a sent invoice in dunning.
test('a pending approval reminds the approver after 2 business days, then escalates to their manager', () =>
  bed.withWorker(async () => {
    const draft = await draftFor(100_000);
    const handle = await bed.start({ invoiceId: draft.id, start: 'APPROVAL' });
    const manager = await bed.prisma.user.findUniqueOrThrow({ where: { id: actors.manager.userId } });
    await bed.env.sleep('1 day');
    expect(bed.mail.to(manager.email).filter((m) => m.subject.startsWith('Rappel'))).toHaveLength(0);
    await bed.env.sleep('5 days');
    expect(bed.mail.to(manager.email).filter((m) => m.subject.startsWith('Rappel'))).toHaveLength(1);
    await bed.env.sleep('5 days');
    const tasks = await bed.prisma.task.findMany({ where: { invoiceId: draft.id, type: 'APPROVAL_ESCALATION' } });
    expect(tasks).toHaveLength(1);
    expect(tasks[0].assigneeId).toBe(actors.director.userId);
    await handle.executeUpdate(approveUpdate, { args: [{ actor: actors.manager }] });
    await eventually(
      async () => (await bed.prisma.task.findUniqueOrThrow({ where: { id: tasks[0].id } })).status === 'CANCELLED',
      'the escalation task closed',
    );
    expect(bed.mail.to(manager.email).filter((m) => m.subject.startsWith('Rappel'))).toHaveLength(1);
  }));

test('below 5 000 € HT one level (MANAGER) issues the invoice; ADV sends it', () =>
  bed.withWorker(async () => {
    const draft = await draftFor(400_000);
    const handle = await bed.start({ invoiceId: draft.id, start: 'APPROVAL' });
    const state = await handle.executeUpdate(approveUpdate, { args: [{ actor: actors.manager }] });
    expect(state.phase).not.toBe('AWAITING_APPROVAL');
    await handle.executeUpdate(sendUpdate, { args: [{ actor: actors.adv }] });
    const invoice = await eventually(async () => {
      const row = await bed.prisma.invoice.findUniqueOrThrow({ where: { id: draft.id } });
      return row.phase === 'SENT' ? row : undefined;
    }, 'the invoice sent');
    expect(invoice.number).toMatch(/^FACT-\d{4}-\d{3}$/);
    expect(bed.pdf.rendered).toContain('invoice');
    const decisions = await bed.prisma.approvalDecision.findMany({ where: { invoiceId: draft.id } });
    expect(decisions.map((d) => [d.level, d.role, d.outcome])).toEqual([[1, 'MANAGER', 'APPROVED']]);
  }));

test('above 5 000 € HT the finance director approves too; wrong role, self-approval and double approval are refused', () =>
  bed.withWorker(async () => {
    const draft = await draftFor(500_001);
    const handle = await bed.start({ invoiceId: draft.id, start: 'APPROVAL' });
    expect(await refusal(handle.executeUpdate(approveUpdate, { args: [{ actor: actors.daf }] }))).toBe(
      RefusalType.FORBIDDEN,
    );
    expect(
      await refusal(handle.executeUpdate(approveUpdate, { args: [{ actor: { ...actors.sales, role: 'MANAGER' } }] })),
    ).toBe(RefusalType.FORBIDDEN);
    await handle.executeUpdate(approveUpdate, { args: [{ actor: actors.manager }] });
    expect((await handle.query(stateQuery)).approval).toMatchObject({
      level: 2,
      levelsTotal: 2,
      pendingRole: 'FINANCE_DIRECTOR',
    });
    expect(await refusal(handle.executeUpdate(approveUpdate, { args: [{ actor: actors.manager }] }))).toBe(
      RefusalType.FORBIDDEN,
    );
    await handle.executeUpdate(approveUpdate, { args: [{ actor: actors.daf }] });
    expect(await refusal(handle.executeUpdate(approveUpdate, { args: [{ actor: actors.daf }] }))).toBe(
      RefusalType.CONFLICT,
    );
    expect((await handle.query(stateQuery)).phase).toBe('ISSUED');
  }));

test('a rejection returns the draft with its reason; resubmission opens a new round on the new amount', () =>
  bed.withWorker(async () => {
    const draft = await draftFor(600_000);
    const handle = await bed.start({ invoiceId: draft.id, start: 'APPROVAL' });
    await handle.executeUpdate(approveUpdate, { args: [{ actor: actors.manager }] });
    await handle.executeUpdate(rejectUpdate, { args: [{ actor: actors.daf, reason: 'Remise non validée' }] });
    expect(await bed.prisma.invoice.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      phase: 'REJECTED',
      rejectionReason: 'Remise non validée',
    });
    expect(await refusal(handle.executeUpdate(approveUpdate, { args: [{ actor: actors.manager }] }))).toBe(
      RefusalType.CONFLICT,
    );
    // The sales rep lowers the amount below the threshold, as PATCH /invoices/:id would, then resubmits.
    await bed.prisma.invoice.update({
      where: { id: draft.id },
      data: { totalExclTaxCents: 450_000, totalTaxCents: 90_000, totalInclTaxCents: 540_000, balanceCents: 540_000 },
    });
    const state = await handle.executeUpdate(resubmitUpdate, { args: [{ actor: actors.sales }] });
    expect(state.approval).toMatchObject({ round: 2, levelsTotal: 1, pendingRole: 'MANAGER' });
    await handle.executeUpdate(approveUpdate, { args: [{ actor: actors.manager }] });
    const decisions = await bed.prisma.approvalDecision.findMany({
      where: { invoiceId: draft.id },
      orderBy: { decidedAt: 'asc' },
    });
    expect(decisions.map((d) => `${d.round}.${d.level} ${d.outcome}`)).toEqual([
      '1.1 APPROVED',
      '1.2 REJECTED',
      '2.1 APPROVED',
    ]);
    expect((await bed.prisma.invoice.findUniqueOrThrow({ where: { id: draft.id } })).phase).toBe('ISSUED');
  }));
