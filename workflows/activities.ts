import { patched, proxyActivities, proxyLocalActivities, workflowInfo, type RetryPolicy } from '@temporalio/workflow';
import type { Activities } from './activities.contract';
import { RefusalType } from './invoice.contract';
import { documentsTaskQueue } from './task-queues';

/**
 * Runs started from this patch on are lean: database calls are local activities, the merged calls replace the
 * separate ones, rendering goes to the documents task queue and search attributes are upserted only when they change.
 * Older histories replay on the remote proxies and separate calls they recorded.
 */
export const LEAN_WORKFLOW_PATCH = 'lean-invoice-workflow';

type Call<F extends (...args: never[]) => Promise<unknown>> = F & {
  executeWithOptions(options: { summary: string }, args: Parameters<F>): Promise<Awaited<ReturnType<F>>>;
};
export type ActivityProxy = { [K in keyof Activities]: Call<Activities[K]> };

/** The three doors the workflow goes through, chosen once when the run starts. */
export interface Doors {
  /** Short database reads and writes the workflow waits on: retried until they succeed. */
  db: ActivityProxy;
  /** Email, SMS, tasks: slow; they heartbeat, so a crashed worker is noticed in seconds and the retry reconciles. */
  outbound: ActivityProxy;
  /** PDF rendering (invoice, receipt, credit note, formal notice letter). */
  documents: ActivityProxy;
  lean: boolean;
}

const retry: RetryPolicy = {
  initialInterval: '2s',
  backoffCoefficient: 2,
  maximumInterval: '2m',
  nonRetryableErrorTypes: [RefusalType.UNPROCESSABLE, RefusalType.CONFLICT],
};
const outboundOptions = { startToCloseTimeout: '5m', heartbeatTimeout: '15s', retry } as const;

/** Called once, first thing in the workflow: the patch marker is recorded before any other command. */
export function openDoors(): Doors {
  if (!patched(LEAN_WORKFLOW_PATCH)) {
    const outbound = proxyActivities<Activities>(outboundOptions);
    return {
      db: proxyActivities<Activities>({ startToCloseTimeout: '30s', retry }),
      outbound,
      documents: outbound,
      lean: false,
    };
  }
  return {
    db: proxyLocalActivities<Activities>({ startToCloseTimeout: '30s', retry }),
    outbound: proxyActivities<Activities>(outboundOptions),
    documents: proxyActivities<Activities>({
      ...outboundOptions,
      taskQueue: documentsTaskQueue(workflowInfo().taskQueue),
    }),
    lean: true,
  };
}
