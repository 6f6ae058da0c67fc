-- CreateEnum
CREATE TYPE "ArchiveState" AS ENUM ('NONE', 'PENDING', 'ARCHIVED', 'FAILED');

-- CreateEnum
CREATE TYPE "CheckOutcome" AS ENUM ('ARCHIVED', 'UNCHANGED', 'CHANGED', 'MOVED', 'GONE', 'FAILED');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "archiveId" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "archiveProblem" TEXT,
ADD COLUMN     "archiveRequestedAt" TIMESTAMP(3),
ADD COLUMN     "archiveState" "ArchiveState" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "copyId" TEXT;

-- CreateTable
CREATE TABLE "PageArchive" (
    "id" TEXT NOT NULL,
    "requestedUrl" TEXT NOT NULL,
    "finalUrl" TEXT NOT NULL,
    "httpStatus" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "title" TEXT,
    "publisher" TEXT,
    "author" TEXT,
    "publishedAt" TEXT,
    "canonicalUrl" TEXT,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT NOT NULL,

    CONSTRAINT "PageArchive_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceCheck" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "outcome" "CheckOutcome" NOT NULL,
    "problem" TEXT,
    "archiveId" TEXT,
    "checkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkedById" TEXT NOT NULL,

    CONSTRAINT "SourceCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PageArchive_createdById_takenAt_idx" ON "PageArchive"("createdById", "takenAt");

-- CreateIndex
CREATE INDEX "SourceCheck_sourceId_checkedAt_idx" ON "SourceCheck"("sourceId", "checkedAt");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_archiveId_fkey" FOREIGN KEY ("archiveId") REFERENCES "PageArchive"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_copyId_fkey" FOREIGN KEY ("copyId") REFERENCES "PageArchive"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PageArchive" ADD CONSTRAINT "PageArchive_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCheck" ADD CONSTRAINT "SourceCheck_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCheck" ADD CONSTRAINT "SourceCheck_archiveId_fkey" FOREIGN KEY ("archiveId") REFERENCES "PageArchive"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCheck" ADD CONSTRAINT "SourceCheck_checkedById_fkey" FOREIGN KEY ("checkedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

