import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

// pdf.js (inside pdf-parse) loads its worker with a dynamic import, which Jest's module VM refuses: parse in a plain node.
const PDF_TEXT_SCRIPT = `
const { PDFParse } = require('pdf-parse');
const parser = new PDFParse({ data: new Uint8Array(require('node:fs').readFileSync(process.argv[1])) });
parser.getText().then(async ({ text }) => { await parser.destroy(); process.stdout.write(text); });`;

/** The text of a PDF on one line of plain spaces, so a mention wrapped across two lines still matches. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const file = path.join(os.tmpdir(), `acquitte-parse-${process.pid}-${process.hrtime.bigint()}.pdf`);
  await fs.writeFile(file, pdf);
  try {
    const text = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['-e', PDF_TEXT_SCRIPT, file],
        { cwd: path.resolve(__dirname, '../..'), maxBuffer: 16 << 20 },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      ),
    );
    return text.replace(/[\s\u00a0\u202f]+/g, ' ');
  } finally {
    await fs.rm(file, { force: true });
  }
}

/** PDF/A declares itself in the XMP metadata packet LibreOffice writes uncompressed: the part number, e.g. "3". */
export function pdfaPart(pdf: Buffer): string | undefined {
  const xmp = pdf.toString('latin1').match(/<x:xmpmeta[\s\S]*?<\/x:xmpmeta>/)?.[0] ?? '';
  return xmp.match(/pdfaid:part(?:>|=")(\d)/)?.[1];
}
