import type { WorkerOptions } from '@temporalio/worker';
import type { AppConfig } from '../config/config';

type Tuning = Pick<
  WorkerOptions,
  | 'maxConcurrentWorkflowTaskExecutions'
  | 'maxConcurrentActivityTaskExecutions'
  | 'maxConcurrentLocalActivityExecutions'
  | 'maxCachedWorkflows'
  | 'reuseV8Context'
>;

/** Slots and cache of the interactive worker: a bounded cache keeps 10,000 open workflows within the memory budget. */
export function interactiveTuning(config: AppConfig): Tuning {
  return {
    maxConcurrentWorkflowTaskExecutions: config.WORKER_WORKFLOW_TASK_SLOTS,
    maxConcurrentActivityTaskExecutions: config.WORKER_ACTIVITY_SLOTS,
    maxConcurrentLocalActivityExecutions: config.WORKER_LOCAL_ACTIVITY_SLOTS,
    maxCachedWorkflows: config.WORKER_CACHED_WORKFLOWS,
    // One V8 context per thread instead of one per workflow: the largest saving per cached workflow.
    reuseV8Context: true,
  };
}

/** The bulk queue's own, smaller slots: an import never takes the slots approvals and payments need. */
export function bulkTuning(config: AppConfig): Tuning {
  return {
    maxConcurrentWorkflowTaskExecutions: config.BULK_WORKER_WORKFLOW_TASK_SLOTS,
    maxConcurrentActivityTaskExecutions: config.BULK_WORKER_ACTIVITY_SLOTS,
    maxConcurrentLocalActivityExecutions: config.BULK_WORKER_ACTIVITY_SLOTS,
    maxCachedWorkflows: config.BULK_WORKER_CACHED_WORKFLOWS,
    reuseV8Context: true,
  };
}

/**
 * The documents queue: a sending is a fill, reads, a conversion and an email, and only the conversion needs a pool
 * process, which queues the rest: twice as many slots as processes keeps every process converting.
 */
export function documentsTuning(config: AppConfig): Pick<WorkerOptions, 'maxConcurrentActivityTaskExecutions'> {
  return { maxConcurrentActivityTaskExecutions: config.DOCUMENTS_ACTIVITY_SLOTS ?? 2 * config.PDF_POOL_SIZE };
}

/** The bulk queue's documents (an imported invoice's receipt): half the pool at most, so sendings always find a process. */
export function bulkDocumentsTuning(config: AppConfig): Pick<WorkerOptions, 'maxConcurrentActivityTaskExecutions'> {
  return { maxConcurrentActivityTaskExecutions: Math.max(1, Math.floor(config.PDF_POOL_SIZE / 2)) };
}
