-- CreateIndex
CREATE INDEX "Source_linkedAnnotationId_idx" ON "Source"("linkedAnnotationId");

