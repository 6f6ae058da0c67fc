"use client";

import { useState } from "react";
import { ErrorAlert } from "@/components/ui/alert";
import { downloadReport, type ReportSubject } from "../api/reports";

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
export function DownloadButtons({ subject, scope }: { subject: ReportSubject; scope: string }) {
  const [state, setState] = useState<State>(null);
  const [error, setError] = useState<string>();

  async function download(format: string, label: string) {
    setError(undefined);
    setState({ label, phase: "preparing", percent: 0 });
    try {
      const { name, blob } = await downloadReport(subject, { format, scope }, (percent) => setState({ label, phase: "downloading", percent }));
      const url = URL.createObjectURL(blob);
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
