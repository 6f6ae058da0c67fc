import type { z } from "zod";

/** Turns zod issues into one sentence a person can act on: "Email: Enter a valid email address." */
export function formatIssues(error: z.ZodError): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      parts.push(`${issue.keys.length === 1 ? "This field is" : "These fields are"} not accepted here: ${issue.keys.join(", ")}.`);
      continue;
    }
    const field = issue.path.length ? humanize(String(issue.path[issue.path.length - 1])) : "";
    const text = field && !issue.message.toLowerCase().includes(field.toLowerCase()) ? `${field}: ${issue.message}` : issue.message;
    if (!seen.has(text)) {
      seen.add(text);
      parts.push(text);
    }
  }
  return parts.join(" ") || "The request was not valid.";
}

function humanize(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
