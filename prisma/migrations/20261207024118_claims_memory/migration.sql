-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "CheckOrigin" AS ENUM ('DESK', 'IMPORTED');

-- CreateTable
CREATE TABLE "CheckedClaim" (
    "id" TEXT NOT NULL,
    "origin" "CheckOrigin" NOT NULL,
    "annotationId" TEXT,
    "revisionId" TEXT,
    "storyId" TEXT,
    "articleId" TEXT,
    "kind" "AnnotationKind" NOT NULL,
    "quote" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "rating" TEXT,
    "verdict" JSONB,
    "ratingLabel" TEXT,
    "checkedBy" TEXT NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL,
    "url" TEXT,
    "claimant" TEXT,
    "appearance" TEXT,
    "fingerprint" TEXT,
    "importedById" TEXT,
    "search" tsvector,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckedClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimLink" (
    "annotationId" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "linkedById" TEXT NOT NULL,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimLink_pkey" PRIMARY KEY ("annotationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "CheckedClaim_annotationId_key" ON "CheckedClaim"("annotationId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckedClaim_fingerprint_key" ON "CheckedClaim"("fingerprint");

-- CreateIndex
CREATE INDEX "CheckedClaim_search_idx" ON "CheckedClaim" USING GIN ("search");

-- CreateIndex
CREATE INDEX "CheckedClaim_text_idx" ON "CheckedClaim" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "CheckedClaim_origin_reviewedAt_idx" ON "CheckedClaim"("origin", "reviewedAt");

-- CreateIndex
CREATE INDEX "CheckedClaim_storyId_idx" ON "CheckedClaim"("storyId");

-- CreateIndex
CREATE INDEX "CheckedClaim_revisionId_idx" ON "CheckedClaim"("revisionId");

-- CreateIndex
CREATE INDEX "ClaimLink_checkId_idx" ON "ClaimLink"("checkId");

-- AddForeignKey
ALTER TABLE "CheckedClaim" ADD CONSTRAINT "CheckedClaim_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckedClaim" ADD CONSTRAINT "CheckedClaim_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ApprovedRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckedClaim" ADD CONSTRAINT "CheckedClaim_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckedClaim" ADD CONSTRAINT "CheckedClaim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckedClaim" ADD CONSTRAINT "CheckedClaim_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_checkId_fkey" FOREIGN KEY ("checkId") REFERENCES "CheckedClaim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_linkedById_fkey" FOREIGN KEY ("linkedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The memory starts with every check the desk has already approved: each annotation's latest
-- approved revision (lib/review/remember-check.ts writes the same row at every approval from now on).
INSERT INTO "CheckedClaim" ("id", "origin", "annotationId", "revisionId", "storyId", "articleId", "kind", "quote", "text", "rating", "verdict", "checkedBy", "reviewedAt", "updatedAt", "search")
SELECT 'mem' || r."id", 'DESK', r."annotationId", r."id", ar."storyId", a."articleId", (r."content"->>'kind')::"AnnotationKind", r."content"->>'quote', t."text",
       coalesce(r."content"->'verdict'->>'rating', r."content"->'verdict'->>'outcome', r."content"->'verdict'->>'finding'),
       r."content"->'verdict', u."name", r."approvedAt", CURRENT_TIMESTAMP, setweight(to_tsvector('english', t."text"), 'A')
FROM (SELECT DISTINCT ON ("annotationId") * FROM "ApprovedRevision" ORDER BY "annotationId", "approvedAt" DESC, "version" DESC) r
JOIN "Annotation" a ON a."id" = r."annotationId"
JOIN "Article" ar ON ar."id" = a."articleId"
JOIN "User" u ON u."id" = r."reviewerId"
CROSS JOIN LATERAL (
  SELECT CASE WHEN r."content"->>'kind' = 'DENIAL'
              THEN regexp_replace(concat(r."content"->'context'->>'before', r."content"->>'quote', r."content"->'context'->>'after'), '^…|…$', '', 'g')
              ELSE r."content"->>'quote' END AS "text"
) t;
