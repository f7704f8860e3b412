-- Function bodies are E'' strings with \x3b for semicolons: the offline migration runner splits scripts on every semicolon
-- Factur-X facts: VAT category and exemption per line, the note printed for the customer apart from internal notes, a delivery address
CREATE TYPE "VatCategory" AS ENUM ('S', 'Z', 'E', 'AE');
ALTER TABLE "InvoiceLine" ADD COLUMN "vatCategory" "VatCategory", ADD COLUMN "vatExemptionCode" TEXT;
ALTER TABLE "Invoice" ADD COLUMN "customerNote" TEXT,
  ADD COLUMN "deliveryName" TEXT, ADD COLUMN "deliveryAddressLine1" TEXT, ADD COLUMN "deliveryAddressLine2" TEXT,
  ADD COLUMN "deliveryPostalCode" TEXT, ADD COLUMN "deliveryCity" TEXT, ADD COLUMN "deliveryCountry" TEXT;

-- The printed note and delivery address of an issued invoice are legal content too: guarded like the other fields
CREATE OR REPLACE FUNCTION acquitte_guard_issued_invoice() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF OLD."number" IS NULL THEN
    RETURN COALESCE(NEW, OLD)\x3b
  END IF\x3b
  IF TG_OP = ''DELETE'' OR (NEW."number", NEW."sequence", NEW."year", NEW."series", NEW."companyId", NEW."customerId", NEW."operationCategory",
      NEW."saleDate", NEW."issueDate", NEW."dueDate", NEW."paymentTermsDays", NEW."currency", NEW."totalExclTaxCents", NEW."totalTaxCents",
      NEW."totalInclTaxCents", NEW."vatBreakdown", NEW."notes", NEW."customerReference", NEW."customerNote", NEW."deliveryName",
      NEW."deliveryAddressLine1", NEW."deliveryAddressLine2", NEW."deliveryPostalCode", NEW."deliveryCity", NEW."deliveryCountry")
    IS DISTINCT FROM (OLD."number", OLD."sequence", OLD."year", OLD."series", OLD."companyId", OLD."customerId", OLD."operationCategory",
      OLD."saleDate", OLD."issueDate", OLD."dueDate", OLD."paymentTermsDays", OLD."currency", OLD."totalExclTaxCents", OLD."totalTaxCents",
      OLD."totalInclTaxCents", OLD."vatBreakdown", OLD."notes", OLD."customerReference", OLD."customerNote", OLD."deliveryName",
      OLD."deliveryAddressLine1", OLD."deliveryAddressLine2", OLD."deliveryPostalCode", OLD."deliveryCity", OLD."deliveryCountry") THEN
    RAISE EXCEPTION ''acquitte: issued invoice % is unalterable (% refused): corrections go through a credit note'', OLD."number", TG_OP USING ERRCODE = ''P0001''\x3b
  END IF\x3b
  RETURN NEW\x3b
END ';
