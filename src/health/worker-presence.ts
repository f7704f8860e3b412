import type { Client } from '@temporalio/client';

// temporal.api.enums.v1.TaskQueueType.WORKFLOW (@temporalio/proto is not a direct dependency).
const WORKFLOW_TASK_QUEUE = 1;
// A worker re-polls at least every minute (long-poll expiry), so an older last poll means it is gone.
export const POLLER_FRESHNESS_MS = 75_000;

export interface WorkerPresence {
  pollers: number;
  lastPollAt?: Date;
}

/** Who polls the workflow task queue recently, from Temporal's DescribeTaskQueue. */
export async function workerPresence(
  client: Client,
  namespace: string,
  taskQueue: string,
  now = Date.now(),
): Promise<WorkerPresence> {
  const { pollers } = await client.workflowService.describeTaskQueue({
    namespace,
    taskQueue: { name: taskQueue },
    taskQueueType: WORKFLOW_TASK_QUEUE,
  });
  const lastPolls = (pollers ?? [])
    .map((poller) => timestampMs(poller.lastAccessTime))
    .filter((ms) => now - ms < POLLER_FRESHNESS_MS);
  return { pollers: lastPolls.length, lastPollAt: lastPolls.length ? new Date(Math.max(...lastPolls)) : undefined };
}

function timestampMs(timestamp: { seconds?: unknown; nanos?: number | null } | null | undefined): number {
  if (!timestamp) {
    return 0;
  }
  return Number(timestamp.seconds ?? 0) * 1000 + Math.floor((timestamp.nanos ?? 0) / 1e6);
}
