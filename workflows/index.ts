// What the worker bundles: the workflow functions only.
export { invoiceLifecycleWorkflow } from './invoice-lifecycle.workflow';
