// Service-level integration tests: the services under test and the providers named `real` are built by Nest as
// in production, on a real PostgreSQL (a cloned database per file); the providers named `fake` are stand-ins.
// Configuration is the config provider's value, built from the test stack, never read from process.env.
import type { Provider, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { loadConfig, type AppConfig } from '../../src/config/config';
import { APP_CONFIG } from '../../src/config/config.module';
import { PrismaService } from '../../src/prisma/prisma.service';
import { testStack } from '../support/stack';

/** The configuration a test file runs with: the stack's peers, no Twilio (SMS outbox), then the file's overrides. */
export function integrationConfig(overrides: Record<string, string> = {}): AppConfig {
  const stack = testStack();
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: stack.databaseUrl,
    TEMPORAL_ADDRESS: stack.temporalAddress,
    SMTP_URL: stack.smtpUrl,
    TWILIO_ACCOUNT_SID: '',
    TWILIO_AUTH_TOKEN: '',
    TWILIO_FROM: '',
    TWILIO_BASE_URL: '',
    ...overrides,
  });
}

export interface IntegrationSetup {
  /** Production providers the service depends on, built by Nest. */
  real: Provider[];
  /** Stand-ins for the world outside, each named by the token it replaces. */
  fake?: Array<{ provide: Type<unknown>; useValue: unknown }>;
  config: AppConfig;
  /** The file's database client: every service of the file shares it. */
  prisma: PrismaService;
}

/** The service as Nest builds it from the providers named real and fake, with the given configuration. */
export async function serviceUnderTest<T>(service: Type<T>, setup: IntegrationSetup): Promise<T> {
  const moduleRef = await Test.createTestingModule({
    providers: [
      service,
      ...setup.real,
      ...(setup.fake ?? []),
      { provide: APP_CONFIG, useValue: setup.config },
      { provide: PrismaService, useValue: setup.prisma },
    ],
  }).compile();
  return moduleRef.get(service);
}
