import { condition } from '@temporalio/workflow';
import type { ApprovalCircuit, Role } from './invoice.contract';
import type { Doors } from './activities';
import { msUntil, nowIso, type InvoiceRun } from './state';

/** Runs approval rounds until every applicable level approved; a rejection waits for a resubmission. */
export async function runApproval(run: InvoiceRun, doors: Doors): Promise<ApprovalCircuit> {
  for (;;) {
    run.prepareRound();
    const input = { invoiceId: run.invoiceId, at: nowIso() };
    // Lean: the round's opening records its first stage too.
    const round = doors.lean ? await doors.db.openApprovalRound(input) : await doors.db.startApprovalRound(input);
    run.startRound(round);
    for (let pending = run.pendingLevel; run.phase === 'AWAITING_APPROVAL' && pending; pending = run.pendingLevel) {
      if (!doors.lean || pending.index > 0) {
        await doors.db.recordApprovalStage({
          invoiceId: run.invoiceId,
          round: run.round,
          level: pending.index + 1,
          levelsTotal: pending.total,
          role: pending.level.role,
        });
      }
      await awaitDecision(run, doors, round.circuit, pending.index, pending.level.role);
    }
    if (run.phase === 'AWAITING_APPROVAL') {
      return round.circuit;
    }
    await condition(() => run.resubmitted);
  }
}

// Waits for the level's decision; past the delay the approvers are reminded, later their manager gets a task.
async function awaitDecision(
  run: InvoiceRun,
  { db, outbound }: Doors,
  circuit: ApprovalCircuit,
  level: number,
  role: Role,
): Promise<void> {
  const decided = () => run.levelIndex !== level || run.phase !== 'AWAITING_APPROVAL';
  const key = `${run.workflowId}:approval:${run.round}:${level + 1}`;
  const ref = { invoiceId: run.invoiceId, round: run.round, level: level + 1, role };
  const remindAt = await db.businessDeadline({
    invoiceId: run.invoiceId,
    from: nowIso(),
    businessDays: circuit.reminderAfterBusinessDays,
  });
  if (
    await condition(decided, msUntil(remindAt), {
      summary: `Level ${level + 1} (${role}): remind the approver if still pending`,
    })
  ) {
    return;
  }
  await outbound.remindApprovers({ ...ref, idempotencyKey: `${key}:reminder` });
  const escalateAt = await db.businessDeadline({
    invoiceId: run.invoiceId,
    from: nowIso(),
    businessDays: circuit.escalateAfterBusinessDays,
  });
  if (
    await condition(decided, msUntil(escalateAt), {
      summary: `Level ${level + 1} (${role}): escalate to the manager if still pending`,
    })
  ) {
    return;
  }
  const tasks = await outbound.escalateApproval({ ...ref, idempotencyKey: `${key}:escalation`, at: nowIso() });
  run.addTasks(tasks, true);
  await condition(decided);
  run.dropTasks(tasks.map((t) => t.taskId));
  await db.closeTasks({ taskIds: tasks.map((t) => t.taskId), reason: 'Validation décidée', at: nowIso() });
}
