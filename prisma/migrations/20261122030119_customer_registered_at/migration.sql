-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "registeredAt" TIMESTAMPTZ(3);

-- Accounts that already have a password registered when they were created.
UPDATE "Customer" SET "registeredAt" = "createdAt" WHERE "passwordHash" IS NOT NULL;
