import 'reflect-metadata';
import cluster from 'node:cluster';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { forkApiProcesses } from './api-cluster';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { loadConfig, type AppConfig } from './config/config';
import { APP_CONFIG } from './config/config.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule);
  configureApp(app);
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.PORT, config.HOST);
  new Logger('Acquitte').log(`API listening on http://${config.HOST}:${config.PORT} (docs at /docs)`);
}

// Several processes share the port when API_PROCESSES > 1: the primary only forks and watches them.
async function start(): Promise<void> {
  const processes = loadConfig().API_PROCESSES;
  if (cluster.isPrimary && processes > 1) {
    forkApiProcesses(processes);
    return;
  }
  await bootstrap();
}

start().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
