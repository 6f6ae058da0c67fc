-- AlterTable
ALTER TABLE "Suggestion" ADD COLUMN     "score" DOUBLE PRECISION;

