-- Function bodies are E'' strings with \x3b for semicolons: the offline migration runner splits scripts on every semicolon
-- Audit events are hash-chained per company like the documents: sealed in order by the archive's sealer
ALTER TABLE "AuditEvent" ADD COLUMN "chainIndex" INTEGER, ADD COLUMN "previousHash" TEXT, ADD COLUMN "chainHash" TEXT;
CREATE UNIQUE INDEX "AuditEvent_companyId_chainIndex_key" ON "AuditEvent"("companyId", "chainIndex");

-- Issued invoices and credit notes, their lines, archived documents and sealed audit events are never altered (L123-22, CGI 286)
CREATE FUNCTION acquitte_refuse_alteration() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION ''acquitte: % on % is refused: archived legal records are unalterable'', TG_OP, TG_TABLE_NAME USING ERRCODE = ''P0001''\x3b
END ';

CREATE FUNCTION acquitte_guard_issued_invoice() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF OLD."number" IS NULL THEN
    RETURN COALESCE(NEW, OLD)\x3b
  END IF\x3b
  IF TG_OP = ''DELETE'' OR (NEW."number", NEW."sequence", NEW."year", NEW."series", NEW."companyId", NEW."customerId", NEW."operationCategory",
      NEW."saleDate", NEW."issueDate", NEW."dueDate", NEW."paymentTermsDays", NEW."currency", NEW."totalExclTaxCents", NEW."totalTaxCents",
      NEW."totalInclTaxCents", NEW."vatBreakdown", NEW."notes", NEW."customerReference")
    IS DISTINCT FROM (OLD."number", OLD."sequence", OLD."year", OLD."series", OLD."companyId", OLD."customerId", OLD."operationCategory",
      OLD."saleDate", OLD."issueDate", OLD."dueDate", OLD."paymentTermsDays", OLD."currency", OLD."totalExclTaxCents", OLD."totalTaxCents",
      OLD."totalInclTaxCents", OLD."vatBreakdown", OLD."notes", OLD."customerReference") THEN
    RAISE EXCEPTION ''acquitte: issued invoice % is unalterable (% refused): corrections go through a credit note'', OLD."number", TG_OP USING ERRCODE = ''P0001''\x3b
  END IF\x3b
  RETURN NEW\x3b
END ';

CREATE FUNCTION acquitte_guard_issued_invoice_line() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  issued TEXT\x3b
BEGIN
  SELECT "number" INTO issued FROM "Invoice" WHERE "id" = COALESCE(OLD."invoiceId", NEW."invoiceId")\x3b
  IF issued IS NOT NULL THEN
    RAISE EXCEPTION ''acquitte: the lines of issued invoice % are unalterable (% refused)'', issued, TG_OP USING ERRCODE = ''P0001''\x3b
  END IF\x3b
  RETURN COALESCE(NEW, OLD)\x3b
END ';

-- Sealing (setting the chain columns of an unsealed event, nothing else) is the only update an audit event accepts
CREATE FUNCTION acquitte_guard_audit_event() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE'' AND OLD."chainHash" IS NULL AND NEW."chainHash" IS NOT NULL
     AND (NEW."id", NEW."companyId", NEW."invoiceId", NEW."actorId", NEW."actorLabel", NEW."action", NEW."details", NEW."ip", NEW."userAgent", NEW."createdAt")
     IS NOT DISTINCT FROM (OLD."id", OLD."companyId", OLD."invoiceId", OLD."actorId", OLD."actorLabel", OLD."action", OLD."details", OLD."ip", OLD."userAgent", OLD."createdAt") THEN
    RETURN NEW\x3b
  END IF\x3b
  RAISE EXCEPTION ''acquitte: % on AuditEvent is refused: the audit trail is append-only'', TG_OP USING ERRCODE = ''P0001''\x3b
END ';

CREATE TRIGGER "Invoice_unalterable_once_issued" BEFORE UPDATE OR DELETE ON "Invoice" FOR EACH ROW EXECUTE FUNCTION acquitte_guard_issued_invoice();
CREATE TRIGGER "InvoiceLine_unalterable_once_issued" BEFORE UPDATE OR DELETE ON "InvoiceLine" FOR EACH ROW EXECUTE FUNCTION acquitte_guard_issued_invoice_line();
CREATE TRIGGER "CreditNote_unalterable" BEFORE UPDATE OR DELETE ON "CreditNote" FOR EACH ROW EXECUTE FUNCTION acquitte_refuse_alteration();
CREATE TRIGGER "CreditNoteLine_unalterable" BEFORE UPDATE OR DELETE ON "CreditNoteLine" FOR EACH ROW EXECUTE FUNCTION acquitte_refuse_alteration();
CREATE TRIGGER "Document_unalterable" BEFORE UPDATE OR DELETE ON "Document" FOR EACH ROW EXECUTE FUNCTION acquitte_refuse_alteration();
CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION acquitte_guard_audit_event();
