import { proxyActivities, sleep } from '@temporalio/workflow';

const { noop } = proxyActivities<{ noop(): Promise<void> }>({ startToCloseTimeout: '1m' });

/** The Temporal floor: the least a reminder can cost (one timer, one activity), to divide our figures by. */
export async function floorWorkflow(): Promise<void> {
  await sleep(1);
  await noop();
}
