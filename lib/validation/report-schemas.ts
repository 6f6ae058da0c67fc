import { z } from "zod";

export const reportQuerySchema = z.object({
  format: z.enum(["pdf", "md", "csv", "json", "w3c", "claimreview"], { error: "Format must be pdf, md, csv, json, w3c or claimreview." }).default("json"),
  scope: z.enum(["approved", "all"], { error: "Scope must be approved or all." }).default("approved"),
});

export const reportSubjectSchema = z.enum(["article", "story"], { error: "Reports are for an article or a story." });
