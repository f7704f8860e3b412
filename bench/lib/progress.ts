import { SingleBar, Presets } from 'cli-progress';
import type { Progress } from './scenario';

/** A cli-progress bar on stderr (ETA included); without a TTY it prints a line every 10 %. */
export function progressBar(label: string, total: number): Progress {
  if (!process.stderr.isTTY) {
    return lineProgress(label, total);
  }
  const bar = new SingleBar(
    {
      format: `${label.padEnd(34)} {bar} {percentage}% {value}/{total} ETA {eta_formatted}`,
      stream: process.stderr,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: (count = 1) => bar.increment(count), done: () => bar.stop() };
}

function lineProgress(label: string, total: number): Progress {
  const started = Date.now();
  let value = 0;
  let shown = 0;
  return {
    tick(count = 1) {
      value += count;
      const tenth = Math.floor((value / Math.max(1, total)) * 10);
      if (tenth <= shown) {
        return;
      }
      shown = tenth;
      const elapsed = (Date.now() - started) / 1000;
      const eta = value > 0 ? (elapsed / value) * (total - value) : 0;
      process.stderr.write(`${label}: ${value}/${total} (${tenth * 10} %) ETA ${eta.toFixed(0)} s\n`);
    },
    done() {
      process.stderr.write(`${label}: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    },
  };
}
