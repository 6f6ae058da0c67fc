"use client";

import { useState } from "react";
import { ErrorAlert } from "@/components/ui/alert";

const FORMATS = [
  { format: "pdf", label: "PDF" },
  { format: "md", label: "Markdown" },
  { format: "csv", label: "CSV" },
  { format: "json", label: "JSON" },
  { format: "w3c", label: "W3C Web Annotation" },
  { format: "claimreview", label: "ClaimReview" },
] as const;

type State = { label: string; phase: "preparing" | "downloading"; percent: number } | null;

/** Downloads with progress: "preparing" while the server writes the file, then the transfer. */
export function DownloadButtons({ base, scope }: { base: string; scope: string }) {
  const [state, setState] = useState<State>(null);
  const [error, setError] = useState<string>();

  async function download(format: string, label: string) {
    setError(undefined);
    setState({ label, phase: "preparing", percent: 0 });
    try {
      const response = await fetch(`${base}?format=${format}&scope=${scope}`);
      if (!response.ok || !response.body) {
        const body = await response.json().catch(() => ({}));
        throw new Error(body.error ?? `The download failed (${response.status}).`);
      }
      const total = Number(response.headers.get("content-length") ?? 0);
      const reader = response.body.getReader();
      const parts: Uint8Array[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        received += value.byteLength;
        setState({ label, phase: "downloading", percent: total ? Math.round((100 * received) / total) : 0 });
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `report.${format}`;
      const url = URL.createObjectURL(new Blob(parts as BlobPart[], { type: response.headers.get("content-type") ?? undefined }));
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      link.click();
      URL.revokeObjectURL(url);
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setState(null);
    }
  }

  return (
    <div className="downloads no-print">
      <span className="label">Download</span>
      {FORMATS.map(({ format, label }) => (
        <button key={format} type="button" className="secondary" disabled={state !== null} onClick={() => download(format, label)}>
          {label}
        </button>
      ))}
      <button type="button" className="secondary" onClick={() => window.print()}>
        Print
      </button>
      {state && (
        <div className="progress" role="status">
          <label htmlFor="download-progress">{state.phase === "preparing" ? `Preparing the ${state.label} file…` : `Downloading the ${state.label} file`}</label>
          <progress id="download-progress" max={100} value={state.phase === "preparing" ? undefined : state.percent} />
        </div>
      )}
      <ErrorAlert message={error} inline />
    </div>
  );
}
