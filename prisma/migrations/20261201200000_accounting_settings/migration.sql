-- Journal codes, account numbers and the first month of the accounting year (FEC export), '{}' meaning the French defaults
ALTER TABLE "Company" ADD COLUMN "accountingSettings" JSONB NOT NULL DEFAULT '{}';
