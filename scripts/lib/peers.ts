import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { childService, spawnService, waitForPort, type Service } from './processes';

const bin = (name: string) => path.resolve(__dirname, '../../node_modules/.bin', name);

/** maildev: catches every email (SMTP) and shows it in a web UI with a REST API. */
export async function startMaildev(opts: { smtpPort: number; webPort: number; quiet?: boolean }): Promise<Service> {
  const args = [
    '--smtp',
    String(opts.smtpPort),
    '--web',
    String(opts.webPort),
    '--ip',
    '127.0.0.1',
    '--web-ip',
    '127.0.0.1',
  ];
  const child = spawnService('maildev', bin('maildev'), args, { quiet: opts.quiet });
  await waitForPort(opts.smtpPort, '127.0.0.1', 30_000, child);
  await waitForPort(opts.webPort, '127.0.0.1', 30_000, child);
  return childService('maildev', child);
}

/** Stoplight Prism serving Twilio's OpenAPI spec: the official twilio client talks to it; requests go to logFile. */
export async function startTwilioPeer(opts: { port: number; spec: string; logFile: string }): Promise<Service> {
  if (!fs.existsSync(opts.spec)) {
    throw new Error(`Twilio OpenAPI spec not found at ${opts.spec}`);
  }
  const log = fs.openSync(opts.logFile, 'a');
  const child = spawnService('prism', bin('prism'), ['mock', '-h', '127.0.0.1', '-p', String(opts.port), opts.spec], {
    stdio: ['ignore', log, log],
  });
  await waitForPort(opts.port, '127.0.0.1', 60_000, child);
  return childService('prism', child);
}

/** Where LibreOffice is, or undefined; documents (PDF) need it. */
export function findSoffice(): string | undefined {
  for (const candidate of [process.env.SOFFICE_PATH, 'soffice', 'libreoffice']) {
    if (!candidate) {
      continue;
    }
    const found = spawnSync('sh', ['-c', `command -v "${candidate}"`], { encoding: 'utf8' });
    if (found.status === 0) {
      return found.stdout.trim();
    }
  }
  return undefined;
}

export const SOFFICE_HINT =
  'LibreOffice (soffice) is needed to render PDFs. Debian/Ubuntu: sudo apt-get install -y libreoffice-writer-nogui fonts-dejavu fonts-liberation; ' +
  'macOS: brew install --cask libreoffice; or set SOFFICE_PATH.';
