import { Prisma } from "./generated/client";

/**
 * The time a raw statement stores in a `DateTime` column: Prisma keeps UTC in columns without a
 * time zone, and clock_timestamp() (not the transaction's start) keeps records of one
 * transaction in the order they were written.
 */
export const UTC_NOW = Prisma.sql`(clock_timestamp() AT TIME ZONE 'UTC')`;
