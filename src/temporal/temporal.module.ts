import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

/** A lazily connected Temporal client: the API starts even while Temporal is still booting (see /health). */
@Global()
@Module({
  providers: [
    {
      provide: Client,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new Client({ connection: Connection.lazy({ address: config.TEMPORAL_ADDRESS, connectTimeout: config.TEMPORAL_RPC_TIMEOUT_MS }), namespace: config.TEMPORAL_NAMESPACE }),
    },
  ],
  exports: [Client],
})
export class TemporalModule implements OnApplicationShutdown {
  constructor(@Inject(Client) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}
