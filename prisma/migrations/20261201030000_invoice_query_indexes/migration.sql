-- Indexes for the invoice list's filters and sorts (EXPLAIN ANALYZE over 100,000 invoices in bench/scenarios/api.ts).

-- Default list page (newest first) without sorting every invoice of the company.
CREATE INDEX "Invoice_companyId_createdAt_idx" ON "Invoice"("companyId", "createdAt");

-- Status filters (phase + due date: LATE, SENT, overdue) and the days-late sort, superseding (companyId, phase).
DROP INDEX "Invoice_companyId_phase_idx";
CREATE INDEX "Invoice_companyId_phase_dueDate_idx" ON "Invoice"("companyId", "phase", "dueDate");

-- One customer's invoices by status and due date (customer page, "late invoices of X"), superseding (customerId).
DROP INDEX "Invoice_customerId_idx";
CREATE INDEX "Invoice_customerId_phase_dueDate_idx" ON "Invoice"("customerId", "phase", "dueDate");

-- Issue-date range filter and sort.
CREATE INDEX "Invoice_companyId_issueDate_idx" ON "Invoice"("companyId", "issueDate");

-- The sales-rep filter goes through the customer's owner.
CREATE INDEX "Customer_ownerId_idx" ON "Customer"("ownerId");

-- The next pending dunning step shown on an invoice's detail.
CREATE INDEX "DunningStep_invoiceId_state_position_idx" ON "DunningStep"("invoiceId", "state", "position");
