import { proxyActivities, type RetryPolicy } from '@temporalio/workflow';
import type { InvoiceActivities } from '../src/invoices/invoice-activities.types';
import type { DunningActivities } from '../src/dunning/dunning-activities.types';

type Activities = InvoiceActivities & DunningActivities;
const retry: RetryPolicy = { initialInterval: '2s', backoffCoefficient: 2, maximumInterval: '2m', nonRetryableErrorTypes: ['Unprocessable', 'IllegalTransition'] };

/** Database work: quick, retried until it succeeds. */
export const db = proxyActivities<Activities>({ startToCloseTimeout: '30s', retry });

/** Documents, email, SMS: slow; they heartbeat, so a crashed worker is noticed in seconds and the retry reconciles. */
export const outbound = proxyActivities<Activities>({ startToCloseTimeout: '5m', heartbeatTimeout: '15s', retry });
