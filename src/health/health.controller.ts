import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { PrismaHealthIndicator } from '@nestjs/terminus';
import { Client } from '@temporalio/client';
import type { Response } from 'express';
import { Public } from '../auth/decorators';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { PrismaService } from '../prisma/prisma.service';
import { workerPresence } from './worker-presence';

export interface ComponentHealth {
  status: 'up' | 'down';
  message?: string;
  [detail: string]: unknown;
}

export interface HealthReport {
  status: 'ok' | 'degraded' | 'error';
  details: { database: ComponentHealth; temporal: ComponentHealth; worker: ComponentHealth };
}

const COMPONENT_SCHEMA = {
  type: 'object',
  required: ['status'],
  properties: { status: { type: 'string', enum: ['up', 'down'] }, message: { type: 'string' } },
  additionalProperties: true,
};
const HEALTH_SCHEMA = {
  type: 'object',
  required: ['status', 'details'],
  properties: {
    status: { type: 'string', enum: ['ok', 'degraded', 'error'] },
    details: {
      type: 'object',
      required: ['database', 'temporal', 'worker'],
      properties: { database: COMPONENT_SCHEMA, temporal: COMPONENT_SCHEMA, worker: COMPONENT_SCHEMA },
    },
  },
};

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly prismaIndicator: PrismaHealthIndicator,
    private readonly prisma: PrismaService,
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'database, temporal and worker (task-queue pollers) each up or down' })
  @ApiResponse({
    status: 200,
    description: 'ok, or degraded when no worker polls (actions then answer 202 and wait for one)',
    schema: HEALTH_SCHEMA,
  })
  @ApiResponse({ status: 503, description: 'error: PostgreSQL or Temporal is down', schema: HEALTH_SCHEMA })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const [database, temporal, worker] = await Promise.all([
      this.databaseCheck(),
      this.temporalCheck(),
      this.workerCheck(),
    ]);
    const essentialDown = database.status === 'down' || temporal.status === 'down';
    if (essentialDown) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
    }
    return {
      status: essentialDown ? 'error' : worker.status === 'down' ? 'degraded' : 'ok',
      details: { database, temporal, worker },
    };
  }

  private async databaseCheck(): Promise<ComponentHealth> {
    try {
      await this.prismaIndicator.pingCheck('database', this.prisma, { timeout: 3000 });
      return { status: 'up' };
    } catch (error) {
      return { status: 'down', message: (error as Error).message };
    }
  }

  private async temporalCheck(): Promise<ComponentHealth> {
    try {
      await this.withinRpcTimeout(() => this.temporal.workflowService.getSystemInfo({}));
      return { status: 'up' };
    } catch (error) {
      return { status: 'down', message: (error as Error).message };
    }
  }

  private async workerCheck(): Promise<ComponentHealth> {
    try {
      const presence = await this.withinRpcTimeout(() =>
        workerPresence(this.temporal, this.config.TEMPORAL_NAMESPACE, this.config.TEMPORAL_TASK_QUEUE),
      );
      if (presence.pollers === 0) {
        return { status: 'down', message: `worker absent: nobody polls task queue ${this.config.TEMPORAL_TASK_QUEUE}` };
      }
      return { status: 'up', pollers: presence.pollers, lastPollAt: presence.lastPollAt?.toISOString() };
    } catch (error) {
      return { status: 'down', message: `unknown while Temporal is unreachable: ${(error as Error).message}` };
    }
  }

  private withinRpcTimeout<R>(call: () => Promise<R>): Promise<R> {
    return this.temporal.withDeadline(Date.now() + this.config.TEMPORAL_RPC_TIMEOUT_MS, call);
  }
}
