-- CreateTable
CREATE TABLE "WriteAllowance" (
    "userId" TEXT NOT NULL,
    "windowStartMs" BIGINT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "WriteAllowance_pkey" PRIMARY KEY ("userId")
);

