import { condition } from '@temporalio/workflow';
import type { ApprovalCircuit, ApprovalLevel } from './invoice.contract';
import { db, outbound } from './activities';
import { msUntil, nowIso, type InvoiceRun } from './state';

/** The circuit's levels that apply to this amount: a level with a minimum applies strictly above it. */
export function applicableLevels(circuit: ApprovalCircuit, totalExclTaxCents: number): ApprovalLevel[] {
  return circuit.levels.filter((level) => level.minAmountExclTaxCents == null || totalExclTaxCents > level.minAmountExclTaxCents);
}

/** Runs approval rounds until every applicable level approved; a rejection waits for a resubmission. */
export async function runApproval(run: InvoiceRun): Promise<ApprovalCircuit> {
  for (;;) {
    run.roundReady = false;
    const round = await db.startApprovalRound({ invoiceId: run.invoiceId, at: nowIso() });
    Object.assign(run, { round: round.round, createdById: round.createdById, levels: applicableLevels(round.circuit, round.totalExclTaxCents) });
    run.levelIndex = 0;
    run.phase = 'AWAITING_APPROVAL';
    run.resubmittedBy = undefined;
    run.roundReady = true;
    run.changed();
    while (run.phase === 'AWAITING_APPROVAL' && run.levelIndex < run.levels.length) {
      const level = run.levelIndex;
      await db.recordApprovalStage({ invoiceId: run.invoiceId, round: run.round, level: level + 1, levelsTotal: run.levels.length, role: run.levels[level].role });
      await awaitDecision(run, round.circuit, level);
    }
    if (run.phase === 'AWAITING_APPROVAL') return round.circuit;
    await condition(() => run.resubmittedBy !== undefined);
  }
}

// Waits for the level's decision; past the delay the approvers are reminded, later their manager gets a task.
async function awaitDecision(run: InvoiceRun, circuit: ApprovalCircuit, level: number): Promise<void> {
  const decided = () => run.levelIndex !== level || run.phase !== 'AWAITING_APPROVAL';
  const role = run.levels[level].role;
  const key = `${run.workflowId}:approval:${run.round}:${level + 1}`;
  const ref = { invoiceId: run.invoiceId, round: run.round, level: level + 1, role };
  const remindAt = await db.businessDeadline({ invoiceId: run.invoiceId, from: nowIso(), businessDays: circuit.reminderAfterBusinessDays });
  if (await condition(decided, msUntil(remindAt), { summary: `Level ${level + 1} (${role}): remind the approver if still pending` })) return;
  await outbound.remindApprovers({ ...ref, idempotencyKey: `${key}:reminder` });
  const escalateAt = await db.businessDeadline({ invoiceId: run.invoiceId, from: nowIso(), businessDays: circuit.escalateAfterBusinessDays });
  if (await condition(decided, msUntil(escalateAt), { summary: `Level ${level + 1} (${role}): escalate to the manager if still pending` })) return;
  const tasks = await outbound.escalateApproval({ ...ref, idempotencyKey: `${key}:escalation`, at: nowIso() });
  for (const task of tasks) run.openTasks.set(task.taskId, { dueAt: Date.parse(task.dueAt), escalated: true });
  await condition(decided);
  for (const task of tasks) run.openTasks.delete(task.taskId);
  await db.closeTasks({ taskIds: tasks.map((t) => t.taskId), reason: 'Validation décidée', at: nowIso() });
}
