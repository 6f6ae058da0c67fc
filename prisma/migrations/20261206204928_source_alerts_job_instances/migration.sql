-- CreateTable
CREATE TABLE "SourceAlert" (
    "id" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SourceAlert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobInstance" (
    "id" TEXT NOT NULL,
    "workerIds" TEXT[],
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobInstance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SourceAlert_userId_createdAt_idx" ON "SourceAlert"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SourceAlert_checkId_userId_key" ON "SourceAlert"("checkId", "userId");

-- AddForeignKey
ALTER TABLE "SourceAlert" ADD CONSTRAINT "SourceAlert_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "SourceCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceAlert" ADD CONSTRAINT "SourceAlert_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

