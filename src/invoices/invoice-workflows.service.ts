import crypto from 'node:crypto';
import {
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
  ServiceUnavailableException,
  UnprocessableEntityException,
} from '@nestjs/common';
import {
  Client,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure, WorkflowIdConflictPolicy, WorkflowIdReusePolicy } from '@temporalio/common';
import type { UpdateDefinition } from '@temporalio/common';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { isTemporalOutage, OutageException } from '../common/outages';
import { UpdatePendingResponse } from './update-pending.response';
import {
  INVOICE_WORKFLOW_TYPE,
  invoiceWorkflowId,
  RefusalType,
  stateQuery,
  type InvoiceWorkflowInput,
  type InvoiceWorkflowState,
} from '../../workflows/invoice.contract';
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

  /**
   * Starts `invoice-<id>`; imports pass the bulk task queue so their workflows never queue ahead of interactive ones.
   * A REOPENED invoice (payment undone after its run ended) gets a new run of the same id.
   */
  async start(
    info: StartInfo,
    input: InvoiceWorkflowInput,
    taskQueue = this.config.TEMPORAL_TASK_QUEUE,
  ): Promise<string> {
    const workflowId = invoiceWorkflowId(info.invoiceId);
    try {
      await this.withinRpcTimeout(() =>
        this.temporal.workflow.start<typeof invoiceLifecycleWorkflow>(INVOICE_WORKFLOW_TYPE, {
          workflowId,
          taskQueue,
          args: [input],
          workflowIdReusePolicy:
            input.start === 'REOPENED' ? WorkflowIdReusePolicy.ALLOW_DUPLICATE : WorkflowIdReusePolicy.REJECT_DUPLICATE,
          workflowIdConflictPolicy: WorkflowIdConflictPolicy.FAIL,
          staticSummary: `Invoice ${info.invoiceId} for ${info.customerName}`,
          typedSearchAttributes: [
            { key: CustomerId, value: info.customerId },
            { key: CustomerName, value: info.customerName },
            { key: InvoiceStatus, value: info.status },
            { key: AmountDue, value: info.balanceCents / 100 },
          ],
        }),
      );
      return workflowId;
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) {
        throw new ConflictException('This invoice already has a running workflow');
      }
      throw unavailable(error);
    }
  }

  /**
   * Runs an update and waits for its result up to UPDATE_WAIT_MS; the same `updateId` (derived from an Idempotency-Key)
   * makes a repeated request a no-op. Past the wait, an update Temporal holds (e.g. no worker polling) answers 202 pending.
   */
  async update<Ret, Arg>(
    invoiceId: string,
    def: UpdateDefinition<Ret, [Arg]>,
    args: [Arg],
    updateId: string = crypto.randomUUID(),
  ): Promise<Ret> {
    try {
      const handle = this.temporal.workflow.getHandle(invoiceWorkflowId(invoiceId));
      return await this.temporal.withDeadline(Date.now() + this.config.UPDATE_WAIT_MS, () =>
        handle.executeUpdate(def, { args, updateId }),
      );
    } catch (error) {
      if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
        throw await this.pendingOrOutage(invoiceId, updateId, notTaken);
      }
      throw toHttpError(error);
    }
  }

  /** The outcome of an update answered 202: its result, its refusal (403/409/422), or 202 again while pending. */
  async updateOutcome(invoiceId: string, updateId: string): Promise<unknown> {
    const handle = this.temporal.workflow.getHandle(invoiceWorkflowId(invoiceId)).getUpdateHandle(updateId);
    try {
      return await this.temporal.withDeadline(Date.now() + OUTCOME_POLL_MS, () => handle.result());
    } catch (error) {
      if (error instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
        throw await this.pendingOrOutage(invoiceId, updateId, unknownUpdate);
      }
      if (error instanceof WorkflowNotFoundError) {
        throw unknownUpdate(updateId);
      }
      throw toHttpError(error);
    }
  }

  async state(invoiceId: string): Promise<InvoiceWorkflowState | undefined> {
    try {
      return await this.withinRpcTimeout(() =>
        this.temporal.workflow.getHandle(invoiceWorkflowId(invoiceId)).query(stateQuery),
      );
    } catch {
      return undefined;
    }
  }

  // A timed-out wait means either Temporal is down (503) or it holds the update until a worker takes it (202).
  private async pendingOrOutage(
    invoiceId: string,
    updateId: string,
    ifUnknown: (updateId: string) => Error,
  ): Promise<Error> {
    try {
      await this.withinRpcTimeout(() =>
        this.temporal.workflowService.pollWorkflowExecutionUpdate({
          namespace: this.config.TEMPORAL_NAMESPACE,
          updateRef: { workflowExecution: { workflowId: invoiceWorkflowId(invoiceId) }, updateId },
          waitPolicy: { lifecycleStage: ADMITTED_STAGE },
        }),
      );
      return new UpdatePendingResponse(invoiceId, updateId);
    } catch (error) {
      if (isTemporalOutage(error)) {
        return new OutageException('Temporal', 'the workflow service did not answer in time');
      }
      return ifUnknown(updateId);
    }
  }

  private withinRpcTimeout<R>(call: () => Promise<R>): Promise<R> {
    return this.temporal.withDeadline(Date.now() + this.config.TEMPORAL_RPC_TIMEOUT_MS, call);
  }

  /** Whether the invoice's workflow is still running (false when it ended or never started). */
  async isRunning(invoiceId: string): Promise<boolean> {
    try {
      const description = await this.temporal.workflow.getHandle(invoiceWorkflowId(invoiceId)).describe();
      return description.status.name === 'RUNNING';
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) {
        return false;
      }
      throw new ServiceUnavailableException(
        `Temporal is unreachable: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  temporalUrl(workflowId: string): string {
    return `${this.config.TEMPORAL_UI_URL}/namespaces/${encodeURIComponent(this.config.TEMPORAL_NAMESPACE)}/workflows/${encodeURIComponent(workflowId)}`;
  }
}

// temporal.api.enums.v1.UpdateWorkflowExecutionLifecycleStage.ADMITTED (@temporalio/proto is not a direct dependency).
const ADMITTED_STAGE = 1;
// A poll of a pending update answers at once rather than holding the caller for the whole update wait.
const OUTCOME_POLL_MS = 1000;

const unknownUpdate = (updateId: string) =>
  new NotFoundException(
    `No update ${updateId} on this invoice (unknown id, or dropped by a Temporal restart before a worker accepted it: repeat the action)`,
  );

// The action timed out before Temporal admitted it: nothing will happen, the caller may repeat it.
const notTaken = () => new OutageException('Temporal', 'the workflow service did not take the action in time');

const REFUSAL_TYPES: ReadonlySet<string> = new Set(Object.values(RefusalType));

// A refusal may come from a validator (the update's cause) or from an activity the handler ran (ActivityFailure → cause).
function refusalOf(error: WorkflowUpdateFailedError): ApplicationFailure | undefined {
  for (let cause: unknown = error.cause; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof ApplicationFailure && cause.type && REFUSAL_TYPES.has(cause.type)) {
      return cause;
    }
  }
  return undefined;
}

function toHttpError(error: unknown): Error {
  const refusal = error instanceof WorkflowUpdateFailedError ? refusalOf(error) : undefined;
  if (refusal?.type === RefusalType.FORBIDDEN) {
    return new ForbiddenException(refusal.message);
  }
  if (refusal?.type === RefusalType.CONFLICT) {
    return new ConflictException(refusal.message);
  }
  if (refusal?.type === RefusalType.UNPROCESSABLE) {
    return new UnprocessableEntityException(refusal.message);
  }
  if (error instanceof WorkflowNotFoundError || isClosedWorkflowError(error)) {
    return new ConflictException('The invoice workflow has ended (settled invoice): nothing more can happen to it');
  }
  return unavailable(error);
}

function isClosedWorkflowError(error: unknown): boolean {
  return error instanceof Error && /workflow execution already completed|already completed/i.test(error.message);
}

function unavailable(error: unknown): Error {
  if (isTemporalOutage(error)) {
    return new OutageException('Temporal', 'the workflow service cannot be reached');
  }
  return error instanceof Error ? error : new Error(String(error));
}
