import os from 'node:os';
import { z } from 'zod';

const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());
const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());
const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
const count = (fallback: number, max = 100_000, min = 1) => z.coerce.number().int().min(min).max(max).default(fallback);
const DEV_JWT_SECRET = 'acquitte-development-secret-change-me';

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: port(3000),
    /** API processes sharing PORT (node:cluster); unset: the CPU count, 1 under NODE_ENV=test. */
    API_PROCESSES: z.coerce.number().int().min(1).max(64).optional(),
    PUBLIC_URL: z.url().default('http://localhost:3000'),
    DATABASE_URL: z.url({
      message: 'must be a postgresql:// URL (npm start sets it when it runs the embedded PostgreSQL)',
    }),
    /** How long a request waits for a PostgreSQL connection before answering 503. */
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
    TEMPORAL_ADDRESS: z.string().default('localhost:7233'),
    TEMPORAL_NAMESPACE: z.string().default('default'),
    TEMPORAL_TASK_QUEUE: z.string().default('acquitte'),
    TEMPORAL_UI_URL: z.url().default('http://localhost:8233'),
    /** How long a call waits on Temporal (connect + RPC) before answering 503. */
    TEMPORAL_RPC_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
    /** How long an action waits for its workflow update before answering 202 with the update to poll. */
    UPDATE_WAIT_MS: z.coerce.number().int().min(100).default(5000),
    WORKFLOW_BUNDLE_PATH: optionalString,
    /** Imported invoices' workflows run here, polled with their own slots (default: "<TEMPORAL_TASK_QUEUE>-bulk"). */
    TEMPORAL_BULK_TASK_QUEUE: optionalString,
    WORKER_WORKFLOW_TASK_SLOTS: count(20, 1000, 2),
    WORKER_ACTIVITY_SLOTS: count(50, 1000),
    WORKER_LOCAL_ACTIVITY_SLOTS: count(50, 1000),
    WORKER_CACHED_WORKFLOWS: count(300),
    BULK_WORKER_WORKFLOW_TASK_SLOTS: count(8, 1000, 2),
    BULK_WORKER_ACTIVITY_SLOTS: count(16, 1000),
    BULK_WORKER_CACHED_WORKFLOWS: count(100),
    IMPORT_START_CONCURRENCY: count(32, 1000),
    /** Payment updates in flight while the API's background loop applies a statement's automatic matches. */
    BANK_APPLY_CONCURRENCY: count(32, 1000),
    SMTP_URL: z.url().default('smtp://localhost:1025'),
    MAIL_FROM: z.string().default('Acquitte Facturation <facturation@demo.test>'),
    SMTP_POOL_CONNECTIONS: count(5, 100),
    TWILIO_ACCOUNT_SID: optionalString,
    TWILIO_AUTH_TOKEN: optionalString,
    TWILIO_FROM: optionalString,
    TWILIO_BASE_URL: optionalUrl,
    JWT_SECRET: z.string().min(16, { message: 'must be at least 16 characters' }).default(DEV_JWT_SECRET),
    JWT_TTL: z.string().default('12h'),
    DOCUMENTS_DIR: z.string().default('.data/documents'),
    TEMPLATES_DIR: z.string().default('templates'),
    SOFFICE_PATH: optionalString,
    /** `pool`: warm soffice processes over UNO (falls back to libreoffice-convert when python3-uno is missing). */
    PDF_RENDERER: z.enum(['pool', 'libreoffice-convert']).default('pool'),
    PDF_POOL_SIZE: z.coerce.number().int().min(1).max(64).default(os.availableParallelism()),
    /** Activities at once on the documents queue; unset: twice PDF_POOL_SIZE, so fills, reads and emails overlap conversions. */
    DOCUMENTS_ACTIVITY_SLOTS: z.coerce.number().int().min(1).max(1000).optional(),
    PDF_POOL_MAX_CONVERSIONS: z.coerce.number().int().min(1).default(500),
    PDF_RENDER_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
    /** A python3 that can `import uno` (Debian's python3-uno is built for /usr/bin/python3). */
    UNO_PYTHON: z.string().default('/usr/bin/python3'),
    UI_DIST_DIR: z.string().default('ui/dist'),
    /** Largest request body accepted (bytes); above it the API answers 413. */
    REQUEST_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    /** Most invoices one list export (CSV/XLSX) may hold; beyond, it answers 422 asking for narrower filters. */
    INVOICE_EXPORT_MAX_ROWS: count(50_000, 1_000_000),
    /** Failed logins tolerated per account and per IP within the window before /auth/login answers 429. */
    LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(20),
    LOGIN_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
    /** Customer portal requests per IP per minute, and new-link requests per IP or address per hour, before a 429. */
    PORTAL_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).default(120),
    PORTAL_LINK_REQUESTS_PER_HOUR: z.coerce.number().int().min(1).default(5),
    /** Test-only crash points, e.g. "message:after-provider" (see notifications/fault-injection.ts). */
    ACQUITTE_FAULT: optionalString,
  })
  .superRefine((env, ctx) => {
    const twilio = [env.TWILIO_ACCOUNT_SID, env.TWILIO_AUTH_TOKEN, env.TWILIO_FROM];
    if (twilio.some(Boolean) && !twilio.every(Boolean)) {
      ctx.addIssue({
        code: 'custom',
        path: ['TWILIO_ACCOUNT_SID'],
        message:
          'set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM together, or none (SMS then go to the local outbox)',
      });
    }
    if (env.NODE_ENV === 'production' && env.JWT_SECRET === DEV_JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'must be set to a secret of your own in production',
      });
    }
  });

export type AppConfig = Omit<z.infer<typeof schema>, 'API_PROCESSES'> & {
  API_PROCESSES: number;
  bulkTaskQueue: string;
  twilio?: { accountSid: string; authToken: string; from: string; baseUrl?: string };
};

/** The only reader of the environment: validates it once, with one line per problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || 'env'}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const c = parsed.data;
  const twilio =
    c.TWILIO_ACCOUNT_SID && c.TWILIO_AUTH_TOKEN && c.TWILIO_FROM
      ? {
          accountSid: c.TWILIO_ACCOUNT_SID,
          authToken: c.TWILIO_AUTH_TOKEN,
          from: c.TWILIO_FROM,
          baseUrl: c.TWILIO_BASE_URL,
        }
      : undefined;
  const apiProcesses = c.API_PROCESSES ?? (c.NODE_ENV === 'test' ? 1 : os.availableParallelism());
  return {
    ...c,
    API_PROCESSES: apiProcesses,
    bulkTaskQueue: c.TEMPORAL_BULK_TASK_QUEUE ?? `${c.TEMPORAL_TASK_QUEUE}-bulk`,
    twilio,
  };
}
