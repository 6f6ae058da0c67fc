import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { commentCreateSchema, commentUpdateSchema, inboxReadSchema } from "./comment-schemas";
import { formatIssues } from "./format-issues";
import { feedPositionSchema, presenceSchema } from "./live-schemas";

/** The message a person would get for `data`, or "ok". */
function answer(schema: z.ZodType, data: unknown): string {
  const parsed = schema.safeParse(data);
  return parsed.success ? "ok" : formatIssues(parsed.error);
}

const connectionId = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";

describe("live collaboration input", () => {
  it.each([
    [commentCreateSchema, { body: "" }, "The comment is empty."],
    [commentCreateSchema, { body: "   " }, "The comment is empty."],
    [commentCreateSchema, { body: "a".repeat(5_001) }, "too long"],
    [commentCreateSchema, { body: "hi", mentions: "x" }, "Mentions must be a list of user ids."],
    [commentCreateSchema, { body: "hi", authorId: "me" }, "This field is not accepted here: authorId."],
    [commentUpdateSchema, { body: "hi" }, "Send the version you edited"],
    [presenceSchema, { connectionId: "x", annotationId: null, editing: false }, "That is not a live connection id."],
    [presenceSchema, { connectionId, editing: false }, "Say which annotation is open, or null for none."],
    [presenceSchema, { connectionId, annotationId: null, editing: "yes" }, "Say whether you are editing (true or false)."],
    [inboxReadSchema, {}, "Say which mentions to mark as read, or all."],
    [inboxReadSchema, { ids: "x" }, "Send the mentions to mark as read as a list of ids."],
    [inboxReadSchema, { all: false }, "Send all: true to mark every mention as read."],
    [feedPositionSchema, { after: "-1" }, "cannot be negative"],
    [feedPositionSchema, { after: "abc" }, "must be a number"],
    [feedPositionSchema, { after: "1.5" }, "whole number"],
  ])("refuses %#: %j with a message a person understands", (schema, data, message) => {
    expect(answer(schema as z.ZodType, data)).toContain(message);
  });

  it("accepts what the app sends", () => {
    expect(answer(commentCreateSchema, { body: "Where is this from?", mentions: ["u1"], parentId: "c1" })).toBe("ok");
    expect(answer(presenceSchema, { connectionId, annotationId: "a1", editing: true })).toBe("ok");
    expect(answer(inboxReadSchema, { all: true })).toBe("ok");
    expect(feedPositionSchema.parse({})).toEqual({ after: 0 });
    expect(feedPositionSchema.parse({ after: "42" })).toEqual({ after: 42 });
  });
});
