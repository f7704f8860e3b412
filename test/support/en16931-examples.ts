import fs from 'node:fs';
import path from 'node:path';
import { schematronPath } from './en16931';

/** An official EN 16931 example invoice next to the schematron in the shared peers (never copied in), e.g. CII_example1.xml. */
export function en16931Example(name: string): Buffer {
  return fs.readFileSync(path.join(path.dirname(schematronPath()), 'examples', name));
}
