-- Money columns become 64-bit (integer cents): amounts above 21 474 836,47 € no longer overflow.
-- In place: int4 -> int8 widens every existing value exactly.

-- AlterTable
ALTER TABLE "Company" ALTER COLUMN "shareCapitalCents" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "Invoice" ALTER COLUMN "totalExclTaxCents" SET DATA TYPE BIGINT,
ALTER COLUMN "totalTaxCents" SET DATA TYPE BIGINT,
ALTER COLUMN "totalInclTaxCents" SET DATA TYPE BIGINT,
ALTER COLUMN "paidCents" SET DATA TYPE BIGINT,
ALTER COLUMN "creditedCents" SET DATA TYPE BIGINT,
ALTER COLUMN "balanceCents" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "InvoiceLine" ALTER COLUMN "unitPriceCents" SET DATA TYPE BIGINT,
ALTER COLUMN "totalExclTaxCents" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "Payment" ALTER COLUMN "amountCents" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "CreditNote" ALTER COLUMN "totalExclTaxCents" SET DATA TYPE BIGINT,
ALTER COLUMN "totalTaxCents" SET DATA TYPE BIGINT,
ALTER COLUMN "totalInclTaxCents" SET DATA TYPE BIGINT;

-- AlterTable
ALTER TABLE "CreditNoteLine" ALTER COLUMN "unitPriceCents" SET DATA TYPE BIGINT,
ALTER COLUMN "totalExclTaxCents" SET DATA TYPE BIGINT;
