// npm run bench [-- --scenario NAME[,NAME…]] [--size N]: runs each scenario against the real stack it starts,
// prints a table (every machine-dependent figure as a ratio to a limit measured in the same run) and writes bench/results/<date>.json.
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { progressBar } from './lib/progress';
import { formatMisses, formatTable, judge, writeResults } from './lib/report';
import type { Figure, Scenario } from './lib/scenario';
import { SCENARIOS } from './scenarios';
import { stopBenchStack } from './lib/stack';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scenario: { type: 'string' }, size: { type: 'string' }, list: { type: 'boolean' } },
  });
  if (values.list) {
    for (const s of SCENARIOS) {
      console.log(`${s.name.padEnd(16)} ${s.description} (default size ${s.defaultSize})`);
    }
    return;
  }
  const wanted = values.scenario?.split(',').map((s) => s.trim());
  const unknown = wanted?.filter((name) => !SCENARIOS.some((s) => s.name === name)) ?? [];
  if (unknown.length) {
    throw new Error(`Unknown scenario ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  }
  const chosen = wanted ? SCENARIOS.filter((s) => wanted.includes(s.name)) : SCENARIOS;
  const figures: Figure[] = [];
  for (const scenario of chosen) {
    figures.push(...(await runScenario(scenario, values.size ? Number(values.size) : undefined)));
  }
  console.log(`\n${formatTable(figures)}`);
  const meta = {
    date: new Date().toISOString(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  console.log(`\nResults: ${writeResults(path.join(__dirname, 'results'), figures, meta)}`);
  if (figures.some((f) => f.met === false)) {
    console.log(`\nMissed targets, by how much, with what the same run measured:\n${formatMisses(figures)}`);
  }
}

async function runScenario(scenario: Scenario, size: number | undefined): Promise<Figure[]> {
  const figures: Figure[] = [];
  const started = Date.now();
  console.log(`\n▶ ${scenario.name}: ${scenario.description}`);
  await scenario.run({
    size: size ?? scenario.defaultSize,
    progress: progressBar,
    figure: (figure) => {
      const judged = judge({ ...figure, scenario: scenario.name });
      figures.push(judged);
      console.log(
        `  ${judged.name}: ${judged.value} ${judged.unit}${judged.ratio !== undefined ? ` (ratio ${judged.ratio.toFixed(2)})` : ''}${judged.note ? ` — ${judged.note}` : ''}`,
      );
    },
    log: (line) => console.log(`  ${line}`),
  });
  console.log(`  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  return figures;
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  })
  // Scenarios start the shared stack on first use; it is stopped once, after the last one.
  .finally(() => stopBenchStack());
