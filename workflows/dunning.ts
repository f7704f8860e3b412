import { condition } from '@temporalio/workflow';
import { db, outbound } from './activities';
import { msUntil, nowIso, type InvoiceRun, type StepRun } from './state';

type Wake = { kind: 'DUE'; at: number } | { kind: 'STEP'; at: number; step: StepRun } | { kind: 'TASK'; at: number; taskId: string };

/**
 * Runs the policy chosen when dunning starts, until the invoice is settled: each step at its planned instant
 * unless paid, credited, disputed or promised; late starts catch up with the latest due step only.
 */
export async function runDunning(run: InvoiceRun): Promise<void> {
  const plan = await db.planDunning({ invoiceId: run.invoiceId, at: nowIso() });
  run.policy = `${plan.policyCode} v${plan.policyVersion}`;
  run.dueAt = Date.parse(plan.dueAt);
  run.steps = plan.steps.map((step) => ({ ...step, at: Date.parse(step.plannedAt) }));
  run.dueMarked = Date.now() >= run.dueAt;
  run.publish();
  while (!run.settled) {
    const wake = nextWake(run);
    const version = run.version;
    const interrupted = () => run.settled || run.version !== version;
    if (!wake) {
      await condition(interrupted);
      continue;
    }
    if (wake.at > Date.now() && (await condition(interrupted, msUntil(wake.at), { summary: describe(wake) }))) continue;
    await handle(run, wake);
  }
}

function nextWake(run: InvoiceRun): Wake | undefined {
  const wakes: Wake[] = [];
  if (!run.dueMarked && run.dueAt !== undefined) wakes.push({ kind: 'DUE', at: run.dueAt });
  const step = run.steps.find((s) => s.state === 'PENDING');
  if (step && !run.disputed) wakes.push({ kind: 'STEP', at: Math.max(step.at, run.holdUntil ?? 0, run.promisedUntilAt ?? 0), step });
  for (const [taskId, task] of run.openTasks) if (!task.escalated) wakes.push({ kind: 'TASK', at: task.dueAt, taskId });
  return wakes.sort((a, b) => a.at - b.at)[0];
}

function describe(wake: Wake): string {
  if (wake.kind === 'DUE') return 'Due date: the invoice becomes late';
  if (wake.kind === 'TASK') return `Escalate task ${wake.taskId} if still open`;
  return `Dunning step ${wake.step.key}: ${wake.step.label}`;
}

async function handle(run: InvoiceRun, wake: Wake): Promise<void> {
  if (wake.kind === 'DUE') {
    run.dueMarked = true;
    run.publish();
  } else if (wake.kind === 'TASK') {
    await escalateTask(run, wake.taskId);
  } else {
    await runDueSteps(run);
  }
}

async function escalateTask(run: InvoiceRun, taskId: string): Promise<void> {
  const escalation = await db.escalateTask({ taskId, idempotencyKey: `${run.workflowId}:task:${taskId}:escalation`, at: nowIso() });
  const task = run.openTasks.get(taskId);
  if (!escalation) run.openTasks.delete(taskId);
  else if (task) task.escalated = true;
  // The manager's task can be completed through the workflow too; it does not climb any further.
  if (escalation) run.openTasks.set(escalation.taskId, { dueAt: Date.parse(escalation.dueAt), escalated: true });
}

// Catch-up rule: of the steps whose time has passed, only the latest runs; the others are recorded as skipped.
async function runDueSteps(run: InvoiceRun): Promise<void> {
  const due = run.steps.filter((s) => s.state === 'PENDING' && s.at <= Date.now());
  if (due.length === 0 || run.paused) return;
  const opening = Date.parse(await db.nextSendOpening({ invoiceId: run.invoiceId, at: nowIso() }));
  if (opening > Date.now()) {
    run.holdUntil = opening;
    return;
  }
  run.holdUntil = undefined;
  const latest = due[due.length - 1];
  for (const step of due.slice(0, -1)) {
    await db.skipDunningStep({ invoiceId: run.invoiceId, stepKey: step.key, reason: `Rattrapage : seule l'étape due la plus récente (${latest.key}) est exécutée` });
    step.state = 'SKIPPED';
  }
  await executeStep(run, latest);
}

async function executeStep(run: InvoiceRun, step: StepRun): Promise<void> {
  const messageIds: string[] = [];
  const taskIds: string[] = [];
  for (const [actionIndex, action] of step.actions.entries()) {
    // Checked before every action: a payment or pause that arrived meanwhile stops the step (it stays pending).
    if (run.settled || run.paused) return;
    const idempotencyKey = `${run.workflowId}:${step.key}:${actionIndex}:${action.type}`;
    const input = { invoiceId: run.invoiceId, stepKey: step.key, actionIndex, action, idempotencyKey, at: nowIso() };
    const result = await outbound.performDunningAction.executeWithOptions({ summary: `${step.key}: ${action.type} (${action.template})` }, [input]);
    messageIds.push(...result.messageIds);
    for (const task of result.tasks) {
      run.openTasks.set(task.taskId, { dueAt: Date.parse(task.dueAt), escalated: false });
      taskIds.push(task.taskId);
    }
  }
  await db.completeDunningStep({ invoiceId: run.invoiceId, stepKey: step.key, at: nowIso(), messageIds, taskIds });
  step.state = 'DONE';
  run.stage = step.key;
  run.publish();
}
