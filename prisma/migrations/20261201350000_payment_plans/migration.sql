-- Payment plans (échéanciers): a plan per grant, its installments, the company's plan settings and the missed-installment task type
ALTER TYPE "TaskType" ADD VALUE 'PAYMENT_PLAN_MISSED';

CREATE TYPE "PaymentPlanStatus" AS ENUM ('ACTIVE', 'COMPLETED', 'CANCELLED');

ALTER TABLE "Company" ADD COLUMN "paymentPlanSettings" JSONB NOT NULL DEFAULT '{}';

CREATE TABLE "PaymentPlan" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "status" "PaymentPlanStatus" NOT NULL DEFAULT 'ACTIVE',
    "reason" TEXT NOT NULL,
    "grantedById" TEXT NOT NULL,
    "grantedByName" TEXT NOT NULL,
    "coveredAtGrantCents" BIGINT NOT NULL,
    "onMissed" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "endedAt" TIMESTAMP(3),
    "endReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PaymentPlan_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "PaymentPlanInstallment" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "dueDate" DATE NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "remindAt" TIMESTAMP(3),
    "watchAt" TIMESTAMP(3) NOT NULL,
    "remindedAt" TIMESTAMP(3),
    "missedAt" TIMESTAMP(3),
    CONSTRAINT "PaymentPlanInstallment_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "PaymentPlan_requestId_key" ON "PaymentPlan"("requestId");
CREATE INDEX "PaymentPlan_invoiceId_createdAt_idx" ON "PaymentPlan"("invoiceId", "createdAt");
CREATE UNIQUE INDEX "PaymentPlanInstallment_planId_position_key" ON "PaymentPlanInstallment"("planId", "position");

ALTER TABLE "PaymentPlan" ADD CONSTRAINT "PaymentPlan_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PaymentPlanInstallment" ADD CONSTRAINT "PaymentPlanInstallment_planId_fkey" FOREIGN KEY ("planId") REFERENCES "PaymentPlan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
