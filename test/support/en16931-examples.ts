import fs from 'node:fs';
import path from 'node:path';

// The official EN 16931 example invoices, read where .ci/run's shared_dir finds the shared peers (never copied in).

function sharedDir(): string {
  const candidates = [process.env.ACQUITTE_SHARED_DIR, path.resolve(__dirname, '../../../shared'), '/work/shared'];
  const found = candidates.find((dir) => dir && fs.existsSync(path.join(dir, 'peers', 'en16931')));
  if (!found) throw new Error(`No shared peers folder with en16931/ (set ACQUITTE_SHARED_DIR); looked in ${candidates.filter(Boolean).join(', ')}`);
  return found;
}

/** An example CII invoice of ../shared/peers/en16931/examples, e.g. CII_example1.xml. */
export function en16931Example(name: string): Buffer {
  return fs.readFileSync(path.join(sharedDir(), 'peers', 'en16931', 'examples', name));
}
