-- DropIndex
DROP INDEX "Article_storyId_position_idx";

-- DropIndex
DROP INDEX "Annotation_status_submittedAt_idx";

-- DropIndex
DROP INDEX "Annotation_assigneeId_idx";

-- DropIndex
DROP INDEX "Mention_userId_createdAt_idx";

-- DropIndex
DROP INDEX "Activity_articleId_createdAt_idx";

-- DropIndex
DROP INDEX "Activity_annotationId_createdAt_idx";

-- DropIndex
DROP INDEX "Activity_storyId_createdAt_idx";

-- DropIndex
DROP INDEX "SourceAlert_userId_createdAt_idx";

-- CreateIndex
CREATE INDEX "Story_createdAt_id_idx" ON "Story"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Article_storyId_position_id_idx" ON "Article"("storyId", "position", "id");

-- CreateIndex
CREATE INDEX "Article_assigneeId_title_id_idx" ON "Article"("assigneeId", "title", "id");

-- CreateIndex
CREATE INDEX "Annotation_articleId_deletedAt_idx" ON "Annotation"("articleId", "deletedAt");

-- CreateIndex
CREATE INDEX "Annotation_status_deletedAt_submittedAt_id_idx" ON "Annotation"("status", "deletedAt", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Annotation_assigneeId_createdAt_id_idx" ON "Annotation"("assigneeId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Annotation_authorId_status_reviewedAt_id_idx" ON "Annotation"("authorId", "status", "reviewedAt", "id");

-- CreateIndex
CREATE INDEX "Mention_userId_createdAt_id_idx" ON "Mention"("userId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Activity_articleId_createdAt_id_idx" ON "Activity"("articleId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Activity_annotationId_createdAt_id_idx" ON "Activity"("annotationId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Activity_storyId_createdAt_id_idx" ON "Activity"("storyId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "SourceAlert_userId_createdAt_id_idx" ON "SourceAlert"("userId", "createdAt", "id");

