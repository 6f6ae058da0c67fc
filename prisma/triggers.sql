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

-- Live collaboration (lib/realtime): every feed entry is announced to the app instances listening,
-- in commit order. Payloads stay small (far under NOTIFY's 8,000 bytes): the entry itself.
CREATE OR REPLACE FUNCTION "article_event_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('factmark_events', json_build_object(
    'articleId', NEW."articleId", 'seq', NEW."seq", 'type', NEW."type", 'entityId', NEW."entityId",
    'annotationId', NEW."annotationId", 'version', NEW."version", 'actorId', NEW."actorId")::text);
  RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS "ArticleEvent_notify" ON "ArticleEvent";
CREATE TRIGGER "ArticleEvent_notify"
  AFTER INSERT ON "ArticleEvent"
  FOR EACH ROW EXECUTE FUNCTION "article_event_notify"();

-- A story's own feed (its ledger's changes) is announced the same way, on its own channel.
CREATE OR REPLACE FUNCTION "story_event_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('factmark_story_events', json_build_object(
    'storyId', NEW."storyId", 'seq', NEW."seq", 'type', NEW."type", 'entityId', NEW."entityId", 'actorId', NEW."actorId")::text);
  RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS "StoryEvent_notify" ON "StoryEvent";
CREATE TRIGGER "StoryEvent_notify"
  AFTER INSERT ON "StoryEvent"
  FOR EACH ROW EXECUTE FUNCTION "story_event_notify"();

-- A disabled user or a revoked session must stop receiving events at once, before any later event.
CREATE OR REPLACE FUNCTION "user_access_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('factmark_users', json_build_object(
    'id', NEW."id", 'disabled', NEW."disabled", 'sessionVersion', NEW."sessionVersion")::text);
  RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS "User_access_notify" ON "User";
CREATE TRIGGER "User_access_notify"
  AFTER UPDATE ON "User"
  FOR EACH ROW
  WHEN (OLD."disabled" IS DISTINCT FROM NEW."disabled" OR OLD."sessionVersion" IS DISTINCT FROM NEW."sessionVersion")
  EXECUTE FUNCTION "user_access_notify"();

-- Presence: who joined, left, or opened or started editing an annotation. The keep-alive refresh
-- of seenAt changes none of these and stays silent.
CREATE OR REPLACE FUNCTION "presence_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  row_changed "Presence";
BEGIN
  IF TG_OP = 'DELETE' THEN row_changed := OLD; ELSE row_changed := NEW; END IF;
  PERFORM pg_notify('factmark_presence', row_changed."articleId");
  RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS "Presence_notify_insert_delete" ON "Presence";
CREATE TRIGGER "Presence_notify_insert_delete"
  AFTER INSERT OR DELETE ON "Presence"
  FOR EACH ROW EXECUTE FUNCTION "presence_notify"();

DROP TRIGGER IF EXISTS "Presence_notify_update" ON "Presence";
CREATE TRIGGER "Presence_notify_update"
  AFTER UPDATE ON "Presence"
  FOR EACH ROW
  WHEN (OLD."annotationId" IS DISTINCT FROM NEW."annotationId" OR OLD."editing" IS DISTINCT FROM NEW."editing")
  EXECUTE FUNCTION "presence_notify"();

-- TRUNCATE empties a table without touching a row, so the row trigger above never sees it.
DROP TRIGGER IF EXISTS "Activity_no_truncate" ON "Activity";
CREATE TRIGGER "Activity_no_truncate"
  BEFORE TRUNCATE ON "Activity"
  FOR EACH STATEMENT EXECUTE FUNCTION "activity_is_append_only"();
