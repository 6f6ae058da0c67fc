-- CreateTable
CREATE TABLE "FeedEntry" (
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "review" JSONB NOT NULL,

    CONSTRAINT "FeedEntry_pkey" PRIMARY KEY ("slug","position")
);

-- CreateTable
CREATE TABLE "PublicFeed" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" TEXT NOT NULL,
    "entries" INTEGER NOT NULL,

    CONSTRAINT "PublicFeed_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FeedEntry_publishedAt_slug_position_idx" ON "FeedEntry"("publishedAt" DESC, "slug", "position");

