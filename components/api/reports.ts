import type { z } from "zod";
import { reportRoutes as routes } from "@/lib/contracts/reports";
import { ApiError, callApi, urlOf } from "./client";

export interface ReportSubject {
  type: "article" | "story";
  id: string;
}

export interface DownloadedFile {
  name: string;
  blob: Blob;
}

/**
 * Downloads a report file, telling `onProgress` the share received so far (0 to 100). Reports
 * are files, not JSON, so this reads the stream itself instead of going through callApi.
 */
export async function downloadReport(
  subject: ReportSubject,
  query: { format: string; scope: string },
  onProgress: (percent: number) => void,
): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(urlOf(routes.download, { params: { type: subject.type, id: subject.id }, query }));
  } catch {
    throw new Error("The server could not be reached. Check your connection and try again.");
  }
  if (!response.ok || !response.body) {
    const body = await response.json().catch(() => ({}));
    throw new ApiError(typeof body.error === "string" ? body.error : `The download failed (${response.status}).`, response.status);
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
    onProgress(total ? Math.round((100 * received) / total) : 0);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `report.${query.format}`;
  return { name, blob: new Blob(parts as BlobPart[], { type: response.headers.get("content-type") ?? undefined }) };
}

/** The browser's calls about a report's public page (lib/contracts/reports.ts). */
export const publicationsApi = {
  list: (subject: ReportSubject, cursor?: string) => callApi(routes.publications, { params: subject, query: { cursor } }),
  preview: (subject: ReportSubject) => callApi(routes.preview, { params: subject }),
  publish: (subject: ReportSubject, body: z.input<typeof routes.publish.body>) => callApi(routes.publish, { params: subject, body }),
  withdraw: (subject: ReportSubject) => callApi(routes.withdraw, { params: subject }),
};
