"use client";

import { useState } from "react";
import type { Settings } from "@/lib/settings/settings";
import { peopleApi } from "../api/people";

export function SettingsForm({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  const [message, setMessage] = useState<{ kind: "success" | "error"; text: string }>();
  return (
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
  );
}
