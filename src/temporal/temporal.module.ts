import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection, defaultGrpcRetryOptions, makeGrpcRetryInterceptor } from '@temporalio/client';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { InFlightCalls } from './in-flight-calls';

// The SDK's default backoff (100 ms × 1.7ⁿ) retries an unreachable server ~20 s; we stop once budgetMs is spent.
export function retryAttemptsWithin(budgetMs: number): number {
  let attempts = 1;
  for (let delay = 100, spent = 0; spent + delay <= budgetMs; spent += delay, delay *= 1.7) {
    attempts += 1;
  }
  return attempts;
}

/** A lazily connected Temporal client: the API starts even while Temporal is still booting (see /health). */
@Global()
@Module({
  providers: [
    { provide: InFlightCalls, useFactory: () => new InFlightCalls() },
    {
      provide: Client,
      inject: [APP_CONFIG, InFlightCalls],
      useFactory: (config: AppConfig, inFlight: InFlightCalls) => {
        const retries = makeGrpcRetryInterceptor(
          defaultGrpcRetryOptions({ maxAttempts: retryAttemptsWithin(config.TEMPORAL_RPC_TIMEOUT_MS / 2) }),
        );
        const connection = Connection.lazy({
          address: config.TEMPORAL_ADDRESS,
          connectTimeout: config.TEMPORAL_RPC_TIMEOUT_MS,
          interceptors: [inFlight.interceptor, retries],
        });
        return new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
      },
    },
  ],
  exports: [Client],
})
export class TemporalModule implements OnApplicationShutdown {
  constructor(
    @Inject(Client) private readonly client: Client,
    private readonly inFlight: InFlightCalls,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.inFlight.idle(this.config.TEMPORAL_RPC_TIMEOUT_MS);
    await this.client.connection.close();
  }
}
