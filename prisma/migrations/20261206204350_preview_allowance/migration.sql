-- CreateTable
CREATE TABLE "PreviewAllowance" (
    "userId" TEXT NOT NULL,
    "windowStartMs" BIGINT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "PreviewAllowance_pkey" PRIMARY KEY ("userId")
);

