import 'reflect-metadata';
import { Logger, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { AppConfig } from './config/config';
import { APP_CONFIG } from './config/config.module';
import { bindActivities } from './temporal/bind-activities';
import { bulkTuning, interactiveTuning } from './temporal/worker-tuning';
import { ACTIVITY_CLASSES, WorkerModule } from './worker.module';

/** Temporal workers for the invoice workflows (interactive queue, and the bulk queue of imports), activities wired by Nest; the caller runs and stops them. */
export async function createWorker(app: INestApplicationContext): Promise<{ worker: Worker; bulkWorker: Worker; connection: NativeConnection }> {
  const config = app.get<AppConfig>(APP_CONFIG);
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const workflows = config.WORKFLOW_BUNDLE_PATH ? { workflowBundle: { codePath: config.WORKFLOW_BUNDLE_PATH } } : { workflowsPath: require.resolve('../workflows') };
  const activities = bindActivities(...ACTIVITY_CLASSES.map((cls) => app.get<object>(cls)));
  const common = { connection, namespace: config.TEMPORAL_NAMESPACE, ...workflows, activities };
  const [worker, bulkWorker] = await Promise.all([
    Worker.create({ ...common, taskQueue: config.TEMPORAL_TASK_QUEUE, ...interactiveTuning(config) }),
    Worker.create({ ...common, taskQueue: config.bulkTaskQueue, ...bulkTuning(config) }),
  ]);
  return { worker, bulkWorker, connection };
}

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: false });
  const { worker, bulkWorker, connection } = await createWorker(app);
  new Logger('Worker').log(`Polling task queue "${worker.options.taskQueue}" (and "${bulkWorker.options.taskQueue}" for imports)`);
  // Temporal's runtime turns SIGINT/SIGTERM into a graceful worker shutdown; run() resolves after it.
  await Promise.all([worker.run(), bulkWorker.run()]);
  await connection.close();
  await app.close();
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
