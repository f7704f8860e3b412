import { condition, patched } from '@temporalio/workflow';
import type { Doors } from './activities';
import type { DunningPlan } from './activities.contract';
import { isPlanWake, type PlanWake } from './installment-plan';
import { describePlanWake, handlePlanWake } from './plan';
import { msUntil, nowIso, type InvoiceRun, type StepRun } from './state';

/** Runs from this patch on take the catch-up's sending window from the plan instead of a nextSendOpening call. */
export const PLAN_WINDOW_PATCH = 'worker-plan-window';
// The plan's window stands in for the calendar only right after planning: later, operators may have edited it.
const PLAN_WINDOW_FRESH_MS = 60_000;

/** The sending window the plan saw (epoch ms); undefined for plans recorded before it was part of them. */
type KnownWindow = { plannedAt: number; opensAt: number; closesAt: number } | undefined;

type Wake =
  | { kind: 'DUE'; at: number }
  | { kind: 'STEP'; at: number; step: Readonly<StepRun> }
  | { kind: 'TASK'; at: number; taskId: string }
  | PlanWake;

/**
 * Runs the policy chosen when dunning starts, until the invoice is settled: each step at its planned instant
 * unless paid, credited, disputed or promised; late starts catch up with the latest due step only. An imported run
 * brings the plan it recorded at its start.
 */
export async function runDunning(run: InvoiceRun, doors: Doors, planned?: DunningPlan): Promise<void> {
  const plannedAt = Date.now();
  const plan = planned ?? (await doors.db.planDunning({ invoiceId: run.invoiceId, at: nowIso() }));
  run.startDunning(plan);
  const window = plan.sendWindow;
  const planWindow: KnownWindow = window
    ? { plannedAt, opensAt: Date.parse(window.opensAt), closesAt: Date.parse(window.closesAt) }
    : undefined;
  while (!run.settled) {
    const wake = nextWake(run);
    const version = run.version;
    const interrupted = () => run.settled || run.version !== version;
    if (!wake) {
      await condition(interrupted);
      continue;
    }
    if (wake.at > Date.now() && (await condition(interrupted, msUntil(wake.at), { summary: describe(wake) }))) {
      continue;
    }
    await handle(run, doors, wake, planWindow);
  }
}

function nextWake(run: InvoiceRun): Wake | undefined {
  const wakes: Wake[] = [];
  if (!run.dueMarked && run.dueAt !== undefined) {
    wakes.push({ kind: 'DUE', at: run.dueAt });
  }
  const step = run.steps.find((s) => s.state === 'PENDING');
  if (step && !run.disputed && !run.planHoldsDunning) {
    wakes.push({ kind: 'STEP', at: Math.max(step.at, run.holdUntil ?? 0, run.promisedUntilAt ?? 0), step });
  }
  for (const [taskId, task] of run.openTasks) {
    if (!task.escalated) {
      wakes.push({ kind: 'TASK', at: task.dueAt, taskId });
    }
  }
  const planWake = run.plan?.nextWake(run.planAllocatedCents);
  if (planWake) {
    wakes.push(planWake);
  }
  return wakes.sort((a, b) => a.at - b.at)[0];
}

function describe(wake: Wake): string {
  if (isPlanWake(wake)) {
    return describePlanWake(wake);
  }
  if (wake.kind === 'DUE') {
    return 'Due date: the invoice becomes late';
  }
  if (wake.kind === 'TASK') {
    return `Escalate task ${wake.taskId} if still open`;
  }
  return `Dunning step ${wake.step.key}: ${wake.step.label}`;
}

async function handle(run: InvoiceRun, doors: Doors, wake: Wake, planWindow: KnownWindow): Promise<void> {
  if (wake.kind === 'DUE') {
    run.markDue();
  } else if (wake.kind === 'TASK') {
    await escalateTask(run, doors, wake.taskId);
  } else if (isPlanWake(wake)) {
    await handlePlanWake(run, doors, wake);
  } else {
    await runDueSteps(run, doors, planWindow);
  }
}

async function escalateTask(run: InvoiceRun, { db }: Doors, taskId: string): Promise<void> {
  // The manager's task can be completed through the workflow too; it does not climb any further.
  run.escalateTask(
    taskId,
    await db.escalateTask({ taskId, idempotencyKey: `${run.workflowId}:task:${taskId}:escalation`, at: nowIso() }),
  );
}

// Catch-up rule: of the steps whose time has passed, only the latest runs; the others are recorded as skipped.
async function runDueSteps(run: InvoiceRun, doors: Doors, planWindow: KnownWindow): Promise<void> {
  const due = run.steps.filter((s) => s.state === 'PENDING' && s.at <= Date.now());
  if (due.length === 0 || run.paused) {
    return;
  }
  const opening = await sendOpening(run, doors, planWindow);
  if (opening > Date.now()) {
    return run.holdUntilOpening(opening);
  }
  run.holdUntilOpening(undefined);
  const latest = due[due.length - 1];
  const skipped = due.slice(0, -1).map((s) => s.key);
  const reason = `Rattrapage : seule l'étape due la plus récente (${latest.key}) est exécutée`;
  if (doors.lean && skipped.length > 0) {
    await doors.db.skipDunningSteps({ invoiceId: run.invoiceId, stepKeys: skipped, reason });
  }
  if (!doors.lean) {
    for (const stepKey of skipped) {
      await doors.db.skipDunningStep({ invoiceId: run.invoiceId, stepKey, reason });
    }
  }
  run.skipSteps(skipped);
  await executeStep(run, doors, latest);
}

/** nextSendOpening's answer: from the plan's window right after planning (a late start's catch-up), else asked. */
async function sendOpening(run: InvoiceRun, { db }: Doors, planWindow: KnownWindow): Promise<number> {
  const now = Date.now();
  const fresh = planWindow && now - planWindow.plannedAt <= PLAN_WINDOW_FRESH_MS && now < planWindow.closesAt;
  if (fresh && patched(PLAN_WINDOW_PATCH)) {
    return Math.max(now, planWindow.opensAt);
  }
  return Date.parse(await db.nextSendOpening({ invoiceId: run.invoiceId, at: nowIso() }));
}

async function executeStep(run: InvoiceRun, doors: Doors, step: Readonly<StepRun>): Promise<void> {
  const messageIds: string[] = [];
  const taskIds: string[] = [];
  for (const [actionIndex, action] of step.actions.entries()) {
    // Checked before every action: a payment or pause that arrived meanwhile stops the step (it stays pending).
    if (run.settled || run.paused) {
      return;
    }
    const idempotencyKey = `${run.workflowId}:${step.key}:${actionIndex}:${action.type}`;
    const input = { invoiceId: run.invoiceId, stepKey: step.key, actionIndex, action, idempotencyKey, at: nowIso() };
    // The formal notice renders a PDF letter: it goes where documents are rendered.
    const door = action.type === 'FORMAL_NOTICE' ? doors.documents : doors.outbound;
    const result = await door.performDunningAction.executeWithOptions(
      { summary: `${step.key}: ${action.type} (${action.template})` },
      [input],
    );
    messageIds.push(...result.messageIds);
    run.addTasks(result.tasks, false);
    taskIds.push(...result.tasks.map((t) => t.taskId));
  }
  await doors.db.completeDunningStep({
    invoiceId: run.invoiceId,
    stepKey: step.key,
    at: nowIso(),
    messageIds,
    taskIds,
  });
  run.completeStep(step.key);
}
