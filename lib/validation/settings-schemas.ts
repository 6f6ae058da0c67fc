import { z } from "zod";

/** An http(s) address without credentials, or "" for none. */
const webAddress = (what: string, options: { httpsOnly?: boolean } = {}) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .max(500, `Keep ${what.toLowerCase()} under 500 characters.`)
    .refine((value) => {
      if (value === "") return true;
      try {
        const url = new URL(value);
        return (options.httpsOnly ? url.protocol === "https:" : /^https?:$/.test(url.protocol)) && !url.username && !url.password;
      } catch {
        return false;
      }
    }, `${what} must be a full ${options.httpsOnly ? "https" : "http or https"} address (or empty), without a user name or password in it.`);

export const settingsSchema = z
  .object({
    /** Four-eyes review: off only when a desk is too small for a second editor. */
    allowSelfApproval: z.boolean({ error: "Allow self-approval must be true or false." }),
    /** The desk's name on its public pages and in ClaimReview's author. */
    publicName: z.string({ error: "The desk's public name must be text." }).trim().min(1, "Give the desk a public name.").max(120, "Keep the desk's public name under 120 characters."),
    /** Shown at the top of public pages; https only, so a public page never loads anything insecure. */
    logoUrl: webAddress("The logo address", { httpsOnly: true }),
    /** Where public pages live (links in them, canonical tags, the feed); empty: the app's own address. */
    publicBaseUrl: webAddress("The public address"),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
