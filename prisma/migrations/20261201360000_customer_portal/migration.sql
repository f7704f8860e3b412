-- AlterEnum
ALTER TYPE "TaskType" ADD VALUE 'CUSTOMER_PAYMENT_CHECK';
ALTER TYPE "TaskType" ADD VALUE 'CUSTOMER_DISPUTE';
ALTER TYPE "TaskType" ADD VALUE 'CUSTOMER_PLAN_REQUEST';

-- CreateTable
CREATE TABLE "PortalLink" (
    "id" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PortalLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortalSettings" (
    "companyId" TEXT NOT NULL,
    "linkValidityDays" INTEGER NOT NULL DEFAULT 30,
    "declaredPaymentPauseDays" INTEGER NOT NULL DEFAULT 7,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PortalSettings_pkey" PRIMARY KEY ("companyId")
);

-- CreateIndex
CREATE INDEX "PortalLink_customerId_idx" ON "PortalLink"("customerId");
