-- Database rules Prisma's schema cannot express, applied after the migrations on every start and
-- test run (lib/db/migrate.ts). Each statement is idempotent. They live here rather than in a
-- migration because Prisma's WebAssembly migration runner splits SQL at every semicolon, which
-- breaks function bodies.

-- The audit trail is append-only: no UPDATE or DELETE through any connection.
CREATE OR REPLACE FUNCTION "activity_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The activity record is append-only: % is not allowed', TG_OP;
END;
$$;

DROP TRIGGER IF EXISTS "Activity_append_only" ON "Activity";
CREATE TRIGGER "Activity_append_only"
  BEFORE UPDATE OR DELETE ON "Activity"
  FOR EACH ROW EXECUTE FUNCTION "activity_is_append_only"();
