import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ensureMustangValidator } from '../../scripts/lib/mustang';

const LAUNCHER = path.resolve(__dirname, '../../scripts/mustang/ValidateFacturX.java');

export interface FacturXVerdict {
  /** veraPDF (inside Mustang) found the file compliant with PDF/A-3. */
  pdfA3: boolean;
  /** Mustang's PDF part (PDF/A plus the Factur-X XMP) and XML part (XSD and schematron of the declared profile) are valid. */
  pdfPart: boolean;
  xmlPart: boolean;
  /** Every part valid, and Mustang's own summary too (which stays "valid" when only the Factur-X XMP is wrong). */
  valid: boolean;
  /** Mustang's XML report, for a readable failure. */
  report: string;
}

/** Validates the PDFs with the Mustang validator in one JVM (a start costs seconds); verdicts in the order given. */
export async function validateFacturX(pdfs: Buffer[]): Promise<FacturXVerdict[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'acquitte-facturx-'));
  try {
    const files = pdfs.map((_, i) => path.join(dir, `document-${i}.pdf`));
    await Promise.all(files.map((file, i) => fs.writeFile(file, pdfs[i])));
    const output = await runValidator(files);
    return files.map((file) => verdictOf(reportFor(output, file)));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

function runValidator(files: string[]): Promise<string> {
  const args = ['-XX:+UseSerialGC', '-cp', ensureMustangValidator(), LAUNCHER, ...files];
  return new Promise((resolve, reject) =>
    execFile('java', args, { maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      error ? reject(new Error(`Mustang validator failed: ${stderr || error.message}`)) : resolve(stdout),
    ),
  );
}

function reportFor(output: string, file: string): string {
  const start = output.indexOf(`=== ${file}\n`);
  if (start < 0) {
    throw new Error(`Mustang printed no report for ${file}:\n${output}`);
  }
  const end = output.indexOf('\n=== ', start + 1);
  return output.slice(start, end < 0 ? undefined : end);
}

const summaryOf = (xml: string | undefined): boolean => /<summary status="valid"\/>/.test(xml ?? '');

function verdictOf(report: string): FacturXVerdict {
  const pdfSection = report.match(/<pdf>[\s\S]*?<\/pdf>/)?.[0];
  const xmlSection = report.match(/<xml>[\s\S]*?<\/xml>/)?.[0];
  const overall = report.match(/<summary status="(\w+)"\/>\s*<\/validation>/)?.[1];
  const pdfA3 = /ValidationResult \[flavour=3[abu],[\s\S]*?isCompliant=(\w+)\]/.exec(pdfSection ?? '')?.[1] === 'true';
  const pdfPart = summaryOf(pdfSection);
  const xmlPart = summaryOf(xmlSection);
  return { pdfA3, pdfPart, xmlPart, valid: pdfA3 && pdfPart && xmlPart && overall === 'valid', report };
}
