"use client";

import { useState } from "react";
import type { Settings } from "@/lib/settings/settings";
import { peopleApi } from "../api/people";

export function SettingsForm({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  const [message, setMessage] = useState<{ kind: "success" | "error"; text: string }>();
  return (
    <>
    <section className="card" aria-labelledby="review-settings">
      <h2 id="review-settings">Review</h2>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.allowSelfApproval}
          onChange={async (event) => {
            const allowSelfApproval = event.target.checked;
            try {
              setSettings(await peopleApi.updateSettings({ allowSelfApproval }));
              setMessage({ kind: "success", text: allowSelfApproval ? "Editors may now approve their own annotations." : "Four-eyes review is on again." });
            } catch (caught) {
              setMessage({ kind: "error", text: (caught as Error).message });
            }
          }}
        />{" "}
        Allow editors to approve their own annotations
      </label>
      <p className="muted">Off by default: every approval needs a second person (four-eyes review). Turn it on only for a desk with a single editor.</p>
      {message && (
        <p className={`alert ${message.kind}`} role={message.kind === "error" ? "alert" : "status"}>
          {message.text}
        </p>
      )}
    </section>
    <PublicSettings initial={settings} onSaved={setSettings} />
    </>
  );
}

/** How the desk appears on its public pages: its name, its logo and the address the pages live at. */
function PublicSettings({ initial, onSaved }: { initial: Settings; onSaved(settings: Settings): void }) {
  const [fields, setFields] = useState({ publicName: initial.publicName, logoUrl: initial.logoUrl, publicBaseUrl: initial.publicBaseUrl });
  const [message, setMessage] = useState<{ kind: "success" | "error"; text: string }>();
  const field = (key: keyof typeof fields, label: string, hint: string) => (
    <div className="field">
      <label htmlFor={`setting-${key}`}>{label}</label>
      <input id={`setting-${key}`} value={fields[key]} onChange={(event) => setFields({ ...fields, [key]: event.target.value })} aria-describedby={`setting-${key}-hint`} />
      <p className="muted" id={`setting-${key}-hint`}>
        {hint}
      </p>
    </div>
  );
  return (
    <section className="card" aria-labelledby="public-settings">
      <h2 id="public-settings">Public pages</h2>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          try {
            onSaved(await peopleApi.updateSettings(fields));
            setMessage({ kind: "success", text: "Saved. Pages published from now on use these." });
          } catch (caught) {
            setMessage({ kind: "error", text: (caught as Error).message });
          }
        }}
      >
        {field("publicName", "Desk's public name", "Shown on every published fact-check and as the author of its ClaimReview markup.")}
        {field("logoUrl", "Logo address (https)", "Optional. An https address of an image, shown at the top of public pages.")}
        {field("publicBaseUrl", "Public address", "Optional. Where readers reach the public pages (https://factcheck.example.org); empty means this server's own address.")}
        <button type="submit">Save public settings</button>
      </form>
      {message && (
        <p className={`alert ${message.kind}`} role={message.kind === "error" ? "alert" : "status"}>
          {message.text}
        </p>
      )}
    </section>
  );
}
