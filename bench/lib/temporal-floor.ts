import crypto from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { mapBounded } from '../../src/common/bounded-pool';
import { loadConfig } from '../../src/config/config';
import { interactiveTuning } from '../../src/temporal/worker-tuning';
import { testStack } from '../../test/support/stack';
import { quietTemporalLogs } from '../../test/support/temporal-logs';
import type { BenchContext } from './scenario';
import { waitForCount } from './ledger';

/**
 * Workflows/s of the minimal workflow on the same server: N started with no worker polling, then one worker with
 * our default slots runs them all; the clock runs from the worker's start to the last completion.
 */
export async function temporalFloor(ctx: BenchContext, size: number): Promise<number> {
  quietTemporalLogs();
  const connection = await Connection.connect({ address: testStack().temporalAddress });
  const client = new Client({ connection, namespace: 'default' });
  const taskQueue = `bench-floor-${crypto.randomBytes(3).toString('hex')}`;
  try {
    const starting = ctx.progress('floor: starting workflows', size);
    await mapBounded(
      Array.from({ length: size }, (_, i) => i),
      32,
      async (i) => {
        await client.workflow.start('floorWorkflow', { taskQueue, workflowId: `${taskQueue}-${i}` });
        starting.tick();
      },
    );
    starting.done();
    const tuning = interactiveTuning(loadConfig({ DATABASE_URL: 'postgresql://unused/floor' }));
    const native = await NativeConnection.connect({ address: testStack().temporalAddress });
    const worker = await Worker.create({
      connection: native,
      taskQueue,
      workflowsPath: require.resolve('../floor/workflows'),
      activities: { noop: async () => undefined },
      ...tuning,
    });
    const running = worker.run();
    const completed = () =>
      client.workflow.count(`TaskQueue = "${taskQueue}" AND ExecutionStatus = "Completed"`).then((r) => r.count);
    const seconds = await waitForCount(completed, size, ctx.progress('floor: completing', size), 30 * 60_000);
    worker.shutdown();
    await running;
    await native.close();
    return size / seconds;
  } finally {
    await connection.close();
  }
}
