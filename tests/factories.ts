import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session";
import { runBookkeeping } from "@/lib/changes/bookkeeping";
import { db } from "@/lib/db/client";
import { previewPublication, publishReport } from "@/lib/publishing/publish";
import type { PublicationSubject } from "@/lib/publishing/public-report";

export const TEST_PASSWORD = "correct horse battery";

/** A user with a unique email, so test files never depend on each other's rows. */
export async function createUser(role: Role = "ANNOTATOR", options: { disabled?: boolean } = {}): Promise<SessionUser> {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.example`;
  const user = await db.user.create({
    data: { email, name: `Test ${role}`, role, disabled: options.disabled ?? false, passwordHash: await hashPassword(TEST_PASSWORD) },
  });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function uniqueAddress(): string {
  return `10.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;
}

/** Empties every table: only for tests that need a database with no users at all. */
export async function resetDatabase(): Promise<void> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length) {
    // The owner may lift the audit trail's TRUNCATE guard for this one statement; the app's role may not.
    await runBookkeeping(async (tx) => {
      await tx.$executeRawUnsafe(`ALTER TABLE "Activity" DISABLE TRIGGER "Activity_no_truncate"`);
      await tx.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`);
      await tx.$executeRawUnsafe(`ALTER TABLE "Activity" ENABLE TRIGGER "Activity_no_truncate"`);
    });
  }
}

/** A story with one article made from `paragraphs`, as an import would store it. */
export async function createArticle(paragraphs: string[], storyId?: string) {
  const { docFromParagraphs } = await import("@/lib/text/plain-text");
  const { buildTextIndex } = await import("@/lib/anchoring/text-index");
  const content = docFromParagraphs(paragraphs);
  const story = storyId ? { id: storyId } : await db.story.create({ data: { title: `Story ${randomUUID().slice(0, 6)}` } });
  const { text } = buildTextIndex(content);
  return db.article.create({
    data: { storyId: story.id, title: "Test article", text, content: content as object, versions: { create: { version: 1, text, content: content as object } } },
  });
}

/** Publishes a report as the editor sees it in its preview, as the publish panel does (basedOn: the preview's version). */
export async function publishAsPreviewed(editor: SessionUser, subject: PublicationSubject, input: { note?: string } = {}) {
  return publishReport(editor, subject, { ...input, basedOn: (await previewPublication(editor, subject)).basedOn });
}
