-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "eventSeq" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "storyId" TEXT;

-- CreateTable
CREATE TABLE "StoryEvent" (
    "storyId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoryEvent_pkey" PRIMARY KEY ("storyId","seq")
);

-- CreateIndex
CREATE INDEX "Activity_storyId_createdAt_idx" ON "Activity"("storyId", "createdAt");

-- AddForeignKey
ALTER TABLE "StoryEvent" ADD CONSTRAINT "StoryEvent_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Audit records of the ledger were filed under the first article of their story (whose feed
-- carried the changes of the ledger), and those of a story under nothing: both belong to the
-- history of the story. Only where they are filed changes, never what they say. The append-only
-- triggers (prisma/triggers.sql, applied again after every migration) pause for these two updates.
-- (No semicolons in these comments: the migration runner splits the file at every one.)
ALTER TABLE "Activity" DISABLE TRIGGER USER;
UPDATE "Activity" a SET "storyId" = ar."storyId", "articleId" = NULL FROM "Article" ar WHERE a."articleId" = ar.id AND a.action LIKE 'fact.%';
UPDATE "Activity" a SET "storyId" = s.id FROM "Story" s WHERE a."entityId" = s.id AND a.action LIKE 'story.%';
ALTER TABLE "Activity" ENABLE TRIGGER USER;
