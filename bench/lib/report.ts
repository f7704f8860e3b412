import fs from 'node:fs';
import path from 'node:path';
import type { Figure } from './scenario';

/** Fills ratio and met from the limit and target. */
export function judge(figure: Figure): Figure {
  const ratio = figure.limit && figure.limit.value > 0 ? figure.value / figure.limit.value : undefined;
  const target = figure.target;
  const measured = target?.of === 'ratio' ? ratio : figure.value;
  const met = target && measured !== undefined ? compare(measured, target.op, target.bound) : undefined;
  return { ...figure, ratio, met };
}

function compare(value: number, op: '>=' | '<=' | '=', bound: number): boolean {
  if (op === '>=') {
    return value >= bound;
  }
  if (op === '<=') {
    return value <= bound;
  }
  return value === bound;
}

const round = (value: number) =>
  Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 1 ? value.toFixed(2) : value.toFixed(3);

export function formatTable(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.scenario,
    f.name,
    `${round(f.value)} ${f.unit}`,
    f.limit ? `${round(f.limit.value)} ${f.limit.unit} (${f.limit.name})` : '',
    f.ratio !== undefined ? f.ratio.toFixed(2) : '',
    f.target ? `${f.target.of} ${f.target.op} ${f.target.bound}` : '',
    f.met === undefined ? '' : f.met ? 'met' : `MISSED (${shortfall(f)})`,
  ]);
  const header = ['scenario', 'figure', 'value', 'limit (same run)', 'ratio', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** How far a missed figure is from its target: the share reached of a floor, or how many times a ceiling it takes. */
export function shortfall(figure: Figure): string {
  const target = figure.target!;
  const measured = target.of === 'ratio' ? figure.ratio! : figure.value;
  if (target.op === '>=') {
    return `${Math.round((measured / target.bound) * 100)} % of it`;
  }
  return target.op === '<=' ? `${(measured / target.bound).toFixed(1)}× the bound` : `${round(measured)}`;
}

/** Each missed target with how far it is and its scenario's note (what the same run measured as the cause). */
export function formatMisses(figures: Figure[]): string {
  return figures
    .filter((f) => f.met === false)
    .map((f) => `- ${f.scenario} / ${f.name}: ${shortfall(f)}${f.note ? ` — ${f.note}` : ''}`)
    .join('\n');
}

export function writeResults(dir: string, figures: Figure[], meta: Record<string, unknown>): string {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `${stamp}.json`);
  fs.writeFileSync(file, `${JSON.stringify({ ...meta, figures }, null, 2)}\n`);
  return file;
}
