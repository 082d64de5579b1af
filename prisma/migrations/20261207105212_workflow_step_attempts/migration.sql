-- AlterTable
ALTER TABLE "WorkflowStep" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 1;
