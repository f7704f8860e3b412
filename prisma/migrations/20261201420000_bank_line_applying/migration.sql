-- Automatic matches are applied by a background loop: a line waits in APPLYING, claimed by one API process at a time.
ALTER TYPE "BankLineStatus" ADD VALUE 'APPLYING' BEFORE 'MATCHED';

ALTER TABLE "BankLine" ADD COLUMN "applyClaimedUntil" TIMESTAMP(3);

CREATE INDEX "BankLine_status_applyClaimedUntil_idx" ON "BankLine"("status", "applyClaimedUntil");
