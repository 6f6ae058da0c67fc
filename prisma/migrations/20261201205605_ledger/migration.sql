-- CreateEnum
CREATE TYPE "FactStatus" AS ENUM ('CONFIRMED', 'DISMISSED');

-- CreateTable
CREATE TABLE "Fact" (
    "id" TEXT NOT NULL,
    "storyId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "unit" TEXT,
    "status" "FactStatus" NOT NULL DEFAULT 'CONFIRMED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Fact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FactEntry" (
    "id" TEXT NOT NULL,
    "factId" TEXT NOT NULL,
    "annotationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FactEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Fact_storyId_idx" ON "Fact"("storyId");

-- CreateIndex
CREATE INDEX "FactEntry_annotationId_idx" ON "FactEntry"("annotationId");

-- CreateIndex
CREATE UNIQUE INDEX "FactEntry_factId_annotationId_key" ON "FactEntry"("factId", "annotationId");

-- AddForeignKey
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactEntry" ADD CONSTRAINT "FactEntry_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FactEntry" ADD CONSTRAINT "FactEntry_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

