import { Client, Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { PrismaClient } from '../../src/generated/prisma/client';
import { invoiceWorkflowId } from '../../workflows/invoice.contract';

const { EventType } = temporal.api.enums.v1;

export interface HistoryCensus {
  events: number;
  workflowTasks: number;
  activities: number;
  localActivities: number;
  /** Start + (poll + complete) per workflow task and per activity: the round trips the server serves. */
  rpcs: number;
}

/** Mean history census of `sample` imported invoices whose catch-up step is done (their first step, then a wait). */
export async function importedHistoryCensus(
  address: string,
  prisma: PrismaClient,
  sample: number,
): Promise<HistoryCensus> {
  const stepsDone = () =>
    prisma.auditEvent.findMany({
      where: { action: 'dunning.step-done', invoice: { imported: true } },
      select: { invoiceId: true },
      take: sample,
    });
  let done = await stepsDone();
  for (const deadline = Date.now() + 60_000; done.length < sample && Date.now() < deadline; done = await stepsDone()) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const connection = await Connection.connect({ address });
  try {
    const client = new Client({ connection });
    const censuses = await Promise.all(
      done.map(async ({ invoiceId }) => {
        const events = (await client.workflow.getHandle(invoiceWorkflowId(invoiceId!)).fetchHistory()).events ?? [];
        const count = (type: number) => events.filter((e) => e.eventType === type).length;
        const workflowTasks = count(EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED);
        const activities = count(EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED);
        return {
          events: events.length,
          workflowTasks,
          activities,
          localActivities: events.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity')
            .length,
          rpcs: 1 + 2 * workflowTasks + 2 * activities,
        };
      }),
    );
    const mean = (key: keyof HistoryCensus) => censuses.reduce((sum, c) => sum + c[key], 0) / (censuses.length || 1);
    return {
      events: mean('events'),
      workflowTasks: mean('workflowTasks'),
      activities: mean('activities'),
      localActivities: mean('localActivities'),
      rpcs: mean('rpcs'),
    };
  } finally {
    await connection.close();
  }
}
