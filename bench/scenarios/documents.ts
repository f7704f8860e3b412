import { bareSofficeRate } from '../lib/bare-soffice';
import { benchRenderer, rate, rendererConfig } from '../lib/renderer';
import type { Scenario } from '../lib/scenario';

const round = (value: number) => Math.round(value * 100) / 100;

export const documentsScenario: Scenario = {
  name: 'documents',
  description:
    'PDF/A documents/s through the warm soffice pool (default size) ÷ the same .docx on as many bare warm soffice',
  defaultSize: 200,
  async run(ctx) {
    const config = rendererConfig();
    const processes = config.PDF_POOL_SIZE;
    const { renderer, docx, data } = await benchRenderer(config, ctx.log);
    if (renderer.converter.driver !== 'soffice-pool') {
      throw new Error('The soffice pool cannot start here (see the warning above): nothing to measure');
    }
    try {
      const bareProgress = ctx.progress(`bare soffice ×${processes}`, Math.ceil(ctx.size / processes) * processes);
      const limit = await bareSofficeRate(docx, ctx.size, processes, config.UNO_PYTHON, bareProgress);
      bareProgress.done();
      // Lazy start and warm-up stay out of the measure, as they do for the bare loop.
      await Promise.all(Array.from({ length: processes }, () => renderer.convertToPdfA(docx)));
      const inFlight = processes * 2;
      const pooled = await rate(
        ctx.size,
        inFlight,
        () => renderer.convertToPdfA(docx),
        ctx.progress(`pool of ${processes}`, ctx.size),
      );
      const filled = await rate(
        ctx.size,
        inFlight,
        () => renderer.render('invoice', data),
        ctx.progress(`fill + pool of ${processes}`, ctx.size),
      );
      const limitFigure = { name: `bare soffice ×${processes}`, value: round(limit), unit: 'doc/s' };
      ctx.figure({
        name: 'PDF/A conversions/s, pool',
        value: round(pooled),
        unit: 'doc/s',
        limit: limitFigure,
        target: { of: 'ratio', op: '>=', bound: 0.9 },
        note: `pool of ${processes} (PDF_POOL_SIZE default = CPU count), ${inFlight} in flight`,
      });
      ctx.figure({
        name: 'documents/s, docx-templates fill + pool',
        value: round(filled),
        unit: 'doc/s',
        limit: limitFigure,
        note: 'the render() the activities call: the fill shares the same cores',
      });
    } finally {
      await renderer.onModuleDestroy();
    }
  },
};
