-- AlterTable
ALTER TABLE "Invoice" ADD COLUMN "planLateFrom" DATE;
