import { BULK_AS_INTERACTIVE, benchOffice, importLedger, ledger, waitForCount } from '../lib/ledger';
import { peakRssMiB, rssMiB, rssSplitMiB, temporalServerPid } from '../lib/observe';
import type { Scenario } from '../lib/scenario';
import { benchStack, startWorker } from '../lib/stack';

// Due in 30 days: each workflow plans its dunning, then sleeps until D-7; nothing is sent.
const DAYS_TO_DUE = 30;
const WORKER_BUDGET_MIB = 512;

export const memory: Scenario = {
  name: 'memory',
  description: 'worker and Temporal dev server RSS with N open invoice workflows',
  defaultSize: 10_000,
  async run(ctx) {
    const stack = await benchStack();
    const office = await benchOffice('memory', BULK_AS_INTERACTIVE);
    // Imported with no worker polling (as the reminders scenario does): the import alone then has the CPU.
    await importLedger(
      office.adv,
      ledger([office.demo.customers.VIP], ctx.size, DAYS_TO_DUE),
      ctx.progress('import (worker stopped)', ctx.size),
    );
    const worker = await startWorker(office.env);
    try {
      const idleMiB = rssMiB(worker.child.pid!);
      const planned = () => office.prisma.auditEvent.count({ where: { action: 'dunning.started' } });
      await waitForCount(planned, ctx.size, ctx.progress('workflows planning their dunning', ctx.size), 30 * 60_000);
      const workerMiB = rssMiB(worker.child.pid!);
      const peakMiB = peakRssMiB(worker.child.pid!);
      const split = rssSplitMiB(worker.child.pid!);
      const temporalPid = temporalServerPid(stack.temporalAddress);
      ctx.log(
        `worker RSS ${idleMiB.toFixed(0)} MiB idle, ${workerMiB.toFixed(0)} MiB with ${ctx.size} open workflows (peak ${peakMiB.toFixed(0)} MiB; now ${split.anon.toFixed(0)} anonymous, ${split.file.toFixed(0)} file-backed)`,
      );
      ctx.figure({
        name: 'worker RSS with N open workflows',
        value: workerMiB,
        unit: 'MiB',
        target: { of: 'value', op: '<=', bound: WORKER_BUDGET_MIB },
        note: `${ctx.size} open, ${BULK_AS_INTERACTIVE.BULK_WORKER_CACHED_WORKFLOWS} cached; idle ${idleMiB.toFixed(0)} MiB, peak ${peakMiB.toFixed(0)} MiB`,
      });
      ctx.figure({
        name: 'worker peak RSS while the workflows plan',
        value: peakMiB,
        unit: 'MiB',
        target: { of: 'value', op: '<=', bound: WORKER_BUDGET_MIB },
      });
      if (temporalPid) {
        ctx.figure({
          name: 'Temporal dev server RSS with N open workflows',
          value: rssMiB(temporalPid),
          unit: 'MiB',
          note: 'in-memory SQLite: every history is held in RAM',
        });
      }
    } finally {
      await worker.stop();
      await office.close();
    }
  },
};
