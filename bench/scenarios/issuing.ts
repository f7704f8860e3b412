import { bareSofficeRate } from '../lib/bare-soffice';
import { issuedPerSecond } from '../lib/issuing';
import { benchRenderer, rendererConfig } from '../lib/renderer';
import type { BenchContext, Scenario } from '../lib/scenario';
import { benchStack, stopBenchStack } from '../lib/stack';

const round = (value: number) => Math.round(value * 100) / 100;

async function bareLimit(ctx: BenchContext, processes: number): Promise<number> {
  const config = rendererConfig();
  const { renderer, docx } = await benchRenderer(config, ctx.log);
  await renderer.onModuleDestroy();
  const documents = Math.max(10, ctx.size);
  const progress = ctx.progress(`bare soffice ×${processes}`, Math.ceil(documents / processes) * processes);
  const limit = await bareSofficeRate(docx, documents, processes, config.UNO_PYTHON, progress);
  progress.done();
  return round(limit);
}

export const issuingScenario: Scenario = {
  name: 'issuing',
  description:
    'issued invoices/s end to end (submit → approval → number → PDF → email) ÷ bare soffice; then 2 workers ÷ 1',
  defaultSize: 50,
  async run(ctx) {
    const poolSize = rendererConfig().PDF_POOL_SIZE;
    await benchStack();
    try {
      const limit = await bareLimit(ctx, poolSize);
      const one = await issuedPerSecond({
        label: 'issuing',
        workers: 1,
        invoices: ctx.size,
        progress: ctx.progress,
        onCpu: (perInvoice) => reportCpu(ctx, perInvoice),
      });
      ctx.figure({
        name: 'issued invoices/s, 1 worker',
        value: round(one),
        unit: 'inv/s',
        limit: { name: `bare soffice ×${poolSize}`, value: limit, unit: 'doc/s' },
        target: { of: 'ratio', op: '>=', bound: 0.8 },
        note: `${ctx.size} at once, pool of ${poolSize}`,
      });
      // What the documents queue's extra slots bring: the same run with only as many slots as pool processes.
      const slotBound = await issuedPerSecond({
        label: 'slots',
        workers: 1,
        invoices: ctx.size,
        env: { DOCUMENTS_ACTIVITY_SLOTS: String(poolSize) },
        progress: ctx.progress,
      });
      ctx.figure({
        name: 'issued invoices/s, documents slots 2× pool',
        value: round(one),
        unit: 'inv/s',
        limit: { name: `documents slots = pool (${poolSize})`, value: round(slotBound), unit: 'inv/s' },
        note: 'DOCUMENTS_ACTIVITY_SLOTS',
      });
      // Scale-out: with 2 cores, each worker process gets a pool of 1 so that two workers use what one pool of 2 would.
      const single = await issuedPerSecond({
        label: 'scale1',
        workers: 1,
        invoices: ctx.size,
        env: { PDF_POOL_SIZE: '1' },
        progress: ctx.progress,
      });
      const double = await issuedPerSecond({
        label: 'scale2',
        workers: 2,
        invoices: ctx.size,
        env: { PDF_POOL_SIZE: '1' },
        progress: ctx.progress,
      });
      ctx.figure({
        name: 'issued invoices/s, 2 workers',
        value: round(double),
        unit: 'inv/s',
        limit: { name: '1 worker, pool of 1', value: round(single), unit: 'inv/s' },
        target: { of: 'ratio', op: '>=', bound: 1.8 },
        note: 'PDF_POOL_SIZE=1 in each worker process',
      });
    } finally {
      await stopBenchStack();
    }
  },
};

// Where an issued invoice's CPU goes; bench polling (GET /invoices/:id every 200 ms per invoice) is in the API's share.
function reportCpu(ctx: BenchContext, secondsPerInvoice: Record<string, number>): void {
  for (const [process, seconds] of Object.entries(secondsPerInvoice)) {
    ctx.figure({ name: `CPU per issued invoice, ${process}`, value: Math.round(seconds * 1000), unit: 'ms' });
  }
}
