import crypto from 'node:crypto';
import { ConflictException, ForbiddenException, Inject, Injectable, ServiceUnavailableException, UnprocessableEntityException } from '@nestjs/common';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/common';
import type { UpdateDefinition } from '@temporalio/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { INVOICE_WORKFLOW_TYPE, invoiceWorkflowId, RefusalType, stateQuery, type InvoiceWorkflowInput, type InvoiceWorkflowState } from '../../workflows/invoice.contract';
import type { invoiceLifecycleWorkflow } from '../../workflows/invoice-lifecycle.workflow';
import { AmountDue, CustomerId, CustomerName, InvoiceStatus } from '../../workflows/search-attributes';

export interface StartInfo {
  invoiceId: string;
  customerId: string;
  customerName: string;
  balanceCents: number;
  status: string;
}

/** The API's only door to invoice workflows: start, update, query, with refusals mapped to HTTP errors. */
@Injectable()
export class InvoiceWorkflowsService {
  constructor(
    private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(info: StartInfo, input: InvoiceWorkflowInput): Promise<string> {
    const workflowId = invoiceWorkflowId(info.invoiceId);
    try {
      await this.temporal.workflow.start<typeof invoiceLifecycleWorkflow>(INVOICE_WORKFLOW_TYPE, {
        workflowId,
        taskQueue: this.config.TEMPORAL_TASK_QUEUE,
        args: [input],
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
        staticSummary: `Invoice ${info.invoiceId} for ${info.customerName}`,
        typedSearchAttributes: [
          { key: CustomerId, value: info.customerId },
          { key: CustomerName, value: info.customerName },
          { key: InvoiceStatus, value: info.status },
          { key: AmountDue, value: info.balanceCents / 100 },
        ],
      });
      return workflowId;
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) throw new ConflictException('This invoice already has a running workflow');
      throw unavailable(error);
    }
  }

  /** Runs an update; `requestId` (e.g. the Idempotency-Key header) makes a repeated request a no-op. */
  async update<Ret, Arg>(invoiceId: string, def: UpdateDefinition<Ret, [Arg]>, args: [Arg], requestId?: string): Promise<Ret> {
    try {
      return await this.temporal.workflow.getHandle(invoiceWorkflowId(invoiceId)).executeUpdate(def, { args, updateId: requestId ?? crypto.randomUUID() });
    } catch (error) {
      throw toHttpError(error);
    }
  }

  async state(invoiceId: string): Promise<InvoiceWorkflowState | undefined> {
    try {
      return await this.temporal.workflow.getHandle(invoiceWorkflowId(invoiceId)).query(stateQuery);
    } catch {
      return undefined;
    }
  }

  temporalUrl(workflowId: string): string {
    return `${this.config.TEMPORAL_UI_URL}/namespaces/${encodeURIComponent(this.config.TEMPORAL_NAMESPACE)}/workflows/${encodeURIComponent(workflowId)}`;
  }
}

const REFUSAL_TYPES: ReadonlySet<string> = new Set(Object.values(RefusalType));

// A refusal may come from a validator (the update's cause) or from an activity the handler ran (ActivityFailure → cause).
function refusalOf(error: WorkflowUpdateFailedError): ApplicationFailure | undefined {
  for (let cause: unknown = error.cause; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof ApplicationFailure && cause.type && REFUSAL_TYPES.has(cause.type)) return cause;
  }
  return undefined;
}

function toHttpError(error: unknown): Error {
  const refusal = error instanceof WorkflowUpdateFailedError ? refusalOf(error) : undefined;
  if (refusal?.type === RefusalType.FORBIDDEN) return new ForbiddenException(refusal.message);
  if (refusal?.type === RefusalType.CONFLICT) return new ConflictException(refusal.message);
  if (refusal?.type === RefusalType.UNPROCESSABLE) return new UnprocessableEntityException(refusal.message);
  if (error instanceof WorkflowNotFoundError || isClosedWorkflowError(error)) {
    return new ConflictException('The invoice workflow has ended (settled invoice): nothing more can happen to it');
  }
  return unavailable(error);
}

function isClosedWorkflowError(error: unknown): boolean {
  return error instanceof Error && /workflow execution already completed|already completed/i.test(error.message);
}

function unavailable(error: unknown): Error {
  if (error instanceof Error && /UNAVAILABLE|ECONNREFUSED|Failed to connect|deadline exceeded/i.test(error.message)) {
    return new ServiceUnavailableException(`Temporal is unreachable: ${error.message}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
