import 'reflect-metadata';
import { Logger, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { AppConfig } from './config/config';
import { APP_CONFIG } from './config/config.module';
import { bindActivities } from './temporal/bind-activities';
import { bulkDocumentsTuning, bulkTuning, documentsTuning, interactiveTuning } from './temporal/worker-tuning';
import { ACTIVITY_CLASSES, WorkerModule } from './worker.module';
import { documentsTaskQueue } from '../workflows/task-queues';

/** The three Temporal workers of the process, run and stopped together. */
export interface BackOfficeWorker {
  /** Workflows and every activity on TEMPORAL_TASK_QUEUE. */
  worker: Worker;
  /** Imported invoices' workflows, on their own queue and slots, so a bulk import never delays users. */
  bulkWorker: Worker;
  /** The same activities on the documents queue, twice as many at a time as the PDF pool has processes (documentsTuning). */
  documentsWorker: Worker;
  /** Imported invoices' documents (receipts of a bank statement's payments): at most half the pool at a time. */
  bulkDocumentsWorker: Worker;
  /** The four above, in that order. */
  all: Worker[];
  connection: NativeConnection;
  /** Resolves once all have shut down; if one fails, the others are shut down and the failure rethrown. */
  run(): Promise<void>;
  shutdown(): void;
}

/** The invoice workflows' workers, their activities wired by Nest; the caller runs and stops them. */
export async function createWorker(app: INestApplicationContext): Promise<BackOfficeWorker> {
  const config = app.get<AppConfig>(APP_CONFIG);
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const workflows = config.WORKFLOW_BUNDLE_PATH
    ? { workflowBundle: { codePath: config.WORKFLOW_BUNDLE_PATH } }
    : { workflowsPath: require.resolve('../workflows') };
  const activities = bindActivities(...ACTIVITY_CLASSES.map((cls) => app.get<object>(cls)));
  const common = { connection, namespace: config.TEMPORAL_NAMESPACE, activities };
  const [worker, bulkWorker, documentsWorker, bulkDocumentsWorker] = await Promise.all([
    Worker.create({ ...common, ...workflows, taskQueue: config.TEMPORAL_TASK_QUEUE, ...interactiveTuning(config) }),
    Worker.create({ ...common, ...workflows, taskQueue: config.bulkTaskQueue, ...bulkTuning(config) }),
    Worker.create({ ...common, taskQueue: documentsTaskQueue(config.TEMPORAL_TASK_QUEUE), ...documentsTuning(config) }),
    Worker.create({ ...common, taskQueue: documentsTaskQueue(config.bulkTaskQueue), ...bulkDocumentsTuning(config) }),
  ]);
  const all = [worker, bulkWorker, documentsWorker, bulkDocumentsWorker];
  const shutdown = () => {
    for (const w of all) {
      if (w.getState() === 'RUNNING') {
        w.shutdown();
      }
    }
  };
  const runUntilDone = async (w: Worker) => {
    try {
      await w.run();
    } catch (error) {
      shutdown(); // One failed: the process must not keep part of its workers.
      throw error;
    }
  };
  const run = async () => {
    const results = await Promise.allSettled(all.map(runUntilDone));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) {
      throw failed.reason;
    }
  };
  return { worker, bulkWorker, documentsWorker, bulkDocumentsWorker, all, connection, run, shutdown };
}

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: false });
  const workers = await createWorker(app);
  const queues = workers.all.map((w) => `"${w.options.taskQueue}"`).join(', ');
  new Logger('Worker').log(`Polling task queue "${workers.worker.options.taskQueue}" (all: ${queues})`);
  // Temporal's runtime turns SIGINT/SIGTERM into a graceful shutdown of every worker; run() resolves after it.
  await workers.run();
  await workers.connection.close();
  await app.close();
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
