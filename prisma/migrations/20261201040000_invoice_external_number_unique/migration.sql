-- An invoice imported from another system is imported once per company: re-importing the same number is a no-op.
CREATE UNIQUE INDEX "Invoice_companyId_externalNumber_key" ON "Invoice"("companyId", "externalNumber");
