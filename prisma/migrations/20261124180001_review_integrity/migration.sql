-- AlterTable
ALTER TABLE "LoginAttempt" ALTER COLUMN "success" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "contributorIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "deletedById" TEXT;

