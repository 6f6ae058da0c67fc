-- AlterTable
ALTER TABLE "Fact" ADD COLUMN     "confirmed" JSONB,
ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "confirmedById" TEXT;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "deskOwned" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ApprovedRevision" (
    "id" TEXT NOT NULL,
    "annotationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "approvedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "content" JSONB NOT NULL,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "ApprovedRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ApprovedRevision_annotationId_approvedAt_idx" ON "ApprovedRevision"("annotationId", "approvedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovedRevision_annotationId_version_key" ON "ApprovedRevision"("annotationId", "version");

-- AddForeignKey
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovedRevision" ADD CONSTRAINT "ApprovedRevision_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovedRevision" ADD CONSTRAINT "ApprovedRevision_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

