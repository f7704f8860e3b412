import os from 'node:os';
import { z } from 'zod';

const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());
const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());
const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback);
const DEV_JWT_SECRET = 'acquitte-development-secret-change-me';

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: port(3000),
    PUBLIC_URL: z.url().default('http://localhost:3000'),
    DATABASE_URL: z.url({ message: 'must be a postgresql:// URL (npm start sets it when it runs the embedded PostgreSQL)' }),
    TEMPORAL_ADDRESS: z.string().default('localhost:7233'),
    TEMPORAL_NAMESPACE: z.string().default('default'),
    TEMPORAL_TASK_QUEUE: z.string().default('acquitte'),
    TEMPORAL_UI_URL: z.url().default('http://localhost:8233'),
    WORKFLOW_BUNDLE_PATH: optionalString,
    SMTP_URL: z.url().default('smtp://localhost:1025'),
    MAIL_FROM: z.string().default('Acquitte Facturation <facturation@demo.test>'),
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
    PDF_POOL_MAX_CONVERSIONS: z.coerce.number().int().min(1).default(500),
    PDF_RENDER_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
    /** A python3 that can `import uno` (Debian's python3-uno is built for /usr/bin/python3). */
    UNO_PYTHON: z.string().default('/usr/bin/python3'),
    UI_DIST_DIR: z.string().default('ui/dist'),
    /** Test-only crash points, e.g. "message:after-provider" (see notifications/fault-injection.ts). */
    ACQUITTE_FAULT: optionalString,
  })
  .superRefine((env, ctx) => {
    const twilio = [env.TWILIO_ACCOUNT_SID, env.TWILIO_AUTH_TOKEN, env.TWILIO_FROM];
    if (twilio.some(Boolean) && !twilio.every(Boolean)) {
      ctx.addIssue({ code: 'custom', path: ['TWILIO_ACCOUNT_SID'], message: 'set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM together, or none (SMS then go to the local outbox)' });
    }
    if (env.NODE_ENV === 'production' && env.JWT_SECRET === DEV_JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'must be set to a secret of your own in production' });
    }
  });

export type AppConfig = z.infer<typeof schema> & { twilio?: { accountSid: string; authToken: string; from: string; baseUrl?: string } };

/** The only reader of the environment: validates it once, with one line per problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || 'env'}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const c = parsed.data;
  const twilio = c.TWILIO_ACCOUNT_SID && c.TWILIO_AUTH_TOKEN && c.TWILIO_FROM
    ? { accountSid: c.TWILIO_ACCOUNT_SID, authToken: c.TWILIO_AUTH_TOKEN, from: c.TWILIO_FROM, baseUrl: c.TWILIO_BASE_URL }
    : undefined;
  return { ...c, twilio };
}
