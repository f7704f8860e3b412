-- Bank statements (src/bank/): accounts, imported lines stored once, matches to invoices, customer credits

-- CreateEnum
CREATE TYPE "BankStatementFormat" AS ENUM ('CAMT053', 'OFX', 'CSV');

-- CreateEnum
CREATE TYPE "BankLineStatus" AS ENUM ('TO_MATCH', 'MATCHED', 'IGNORED', 'DEBIT');

-- CreateEnum
CREATE TYPE "BankMatchState" AS ENUM ('APPLIED', 'UNDONE');

-- CreateTable
CREATE TABLE "BankAccount" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "iban" TEXT NOT NULL,
    "bic" TEXT NOT NULL,
    "csvMapping" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BankAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BankSettings" (
    "companyId" TEXT NOT NULL,
    "autoMatchThreshold" INTEGER NOT NULL DEFAULT 90,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BankSettings_pkey" PRIMARY KEY ("companyId")
);

-- CreateTable
CREATE TABLE "BankStatement" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "bankAccountId" TEXT NOT NULL,
    "format" "BankStatementFormat" NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "lineCount" INTEGER NOT NULL,
    "newCount" INTEGER NOT NULL,
    "duplicateCount" INTEGER NOT NULL,
    "importedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BankLine" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "bankAccountId" TEXT NOT NULL,
    "statementId" TEXT NOT NULL,
    "dedupKey" TEXT NOT NULL,
    "bookingDate" DATE NOT NULL,
    "valueDate" DATE,
    "amountCents" BIGINT NOT NULL,
    "label" TEXT NOT NULL,
    "remittanceInfo" TEXT,
    "creditorReference" TEXT,
    "payerName" TEXT,
    "payerIban" TEXT,
    "status" "BankLineStatus" NOT NULL,
    "suggestions" JSONB NOT NULL DEFAULT '[]',
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BankMatch" (
    "id" TEXT NOT NULL,
    "bankLineId" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "reason" TEXT NOT NULL,
    "confidence" INTEGER NOT NULL,
    "automatic" BOOLEAN NOT NULL,
    "state" "BankMatchState" NOT NULL DEFAULT 'APPLIED',
    "requestId" TEXT NOT NULL,
    "paymentId" TEXT,
    "appliedById" TEXT,
    "undoneById" TEXT,
    "undoReason" TEXT,
    "undoneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankMatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerCredit" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "bankLineId" TEXT NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerCredit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BankAccount_companyId_iban_key" ON "BankAccount"("companyId", "iban");

-- CreateIndex
CREATE INDEX "BankStatement_companyId_createdAt_idx" ON "BankStatement"("companyId", "createdAt");

-- CreateIndex
CREATE INDEX "BankLine_companyId_status_bookingDate_idx" ON "BankLine"("companyId", "status", "bookingDate");

-- CreateIndex
CREATE UNIQUE INDEX "BankLine_bankAccountId_dedupKey_key" ON "BankLine"("bankAccountId", "dedupKey");

-- CreateIndex
CREATE UNIQUE INDEX "BankMatch_requestId_key" ON "BankMatch"("requestId");

-- CreateIndex
CREATE INDEX "BankMatch_bankLineId_idx" ON "BankMatch"("bankLineId");

-- CreateIndex
CREATE INDEX "BankMatch_invoiceId_idx" ON "BankMatch"("invoiceId");

-- CreateIndex
CREATE INDEX "CustomerCredit_customerId_idx" ON "CustomerCredit"("customerId");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerCredit_bankLineId_customerId_key" ON "CustomerCredit"("bankLineId", "customerId");

-- AddForeignKey
ALTER TABLE "BankAccount" ADD CONSTRAINT "BankAccount_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankSettings" ADD CONSTRAINT "BankSettings_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankStatement" ADD CONSTRAINT "BankStatement_bankAccountId_fkey" FOREIGN KEY ("bankAccountId") REFERENCES "BankAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankLine" ADD CONSTRAINT "BankLine_bankAccountId_fkey" FOREIGN KEY ("bankAccountId") REFERENCES "BankAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankLine" ADD CONSTRAINT "BankLine_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "BankStatement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankMatch" ADD CONSTRAINT "BankMatch_bankLineId_fkey" FOREIGN KEY ("bankLineId") REFERENCES "BankLine"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankMatch" ADD CONSTRAINT "BankMatch_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerCredit" ADD CONSTRAINT "CustomerCredit_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerCredit" ADD CONSTRAINT "CustomerCredit_bankLineId_fkey" FOREIGN KEY ("bankLineId") REFERENCES "BankLine"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
