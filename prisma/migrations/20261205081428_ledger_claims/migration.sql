-- CreateEnum
CREATE TYPE "FactKind" AS ENUM ('FIGURE', 'CLAIM');

-- CreateEnum
CREATE TYPE "FactRole" AS ENUM ('REPORTS', 'DENIES');

-- DropForeignKey
ALTER TABLE "Presence" DROP CONSTRAINT "Presence_articleId_fkey";

-- AlterTable
ALTER TABLE "Fact" ADD COLUMN     "kind" "FactKind" NOT NULL DEFAULT 'FIGURE';

-- AlterTable
ALTER TABLE "FactEntry" ADD COLUMN     "role" "FactRole" NOT NULL DEFAULT 'REPORTS';

-- AlterTable
ALTER TABLE "Presence" ALTER COLUMN "articleId" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "Presence" ADD CONSTRAINT "Presence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

