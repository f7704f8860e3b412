import 'reflect-metadata';
import { Logger, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { AppConfig } from './config/config';
import { APP_CONFIG } from './config/config.module';
import { bindActivities } from './temporal/bind-activities';
import { ACTIVITY_CLASSES, WorkerModule } from './worker.module';

/** A Temporal worker for the invoice workflows, its activities wired by Nest; the caller runs and stops it. */
export async function createWorker(app: INestApplicationContext): Promise<{ worker: Worker; connection: NativeConnection }> {
  const config = app.get<AppConfig>(APP_CONFIG);
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const workflows = config.WORKFLOW_BUNDLE_PATH ? { workflowBundle: { codePath: config.WORKFLOW_BUNDLE_PATH } } : { workflowsPath: require.resolve('../workflows') };
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    ...workflows,
    activities: bindActivities(...ACTIVITY_CLASSES.map((cls) => app.get<object>(cls))),
  });
  return { worker, connection };
}

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: false });
  const { worker, connection } = await createWorker(app);
  new Logger('Worker').log(`Polling task queue "${worker.options.taskQueue}"`);
  // Temporal's runtime turns SIGINT/SIGTERM into a graceful worker shutdown; run() resolves after it.
  await worker.run();
  await connection.close();
  await app.close();
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
}
