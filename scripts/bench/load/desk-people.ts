import { setTimeout as wait } from "node:timers/promises";
import { eventKey } from "./live-pages";
import { timed, type Recorder } from "./recorder";

export interface Person {
  cookie: string;
  id: string;
  origin: string;
  articleId: string;
}

/** A write the server acknowledged: what its feed event is, when it was sent, what it wrote. */
export interface Acknowledged {
  key: string;
  articleId: string;
  sentAt: number;
}

/** What the writers were told was saved, to check the database and the feeds against. */
export interface Ledger {
  acknowledged: Acknowledged[];
  /** Each annotation created: its last acknowledged version, note, and how many audited writes it had. */
  annotations: Map<string, { articleId: string; authorId: string; version: number; note: string | null; writes: number }>;
  comments: Set<string>;
  sources: Set<string>;
}

export const newLedger = (): Ledger => ({ acknowledged: [], annotations: new Map(), comments: new Set(), sources: new Set() });

interface Draft {
  id: string;
  kind: "CLAIM" | "FIGURE" | "DENIAL";
  version: number;
}

interface AnnotationAnswer {
  id: string;
  version: number;
  note: string;
  sources?: { id: string }[];
}

const VERDICTS = {
  CLAIM: { kind: "CLAIM", rating: "MOSTLY_TRUE" },
  FIGURE: { kind: "FIGURE", outcome: "CONFIRMED" },
  DENIAL: { kind: "DENIAL", finding: "UNCLEAR" },
} as const;

/** A pause drawn from an exponential distribution: people act at random moments, not in step. */
const think = (meanMs: number, signal: AbortSignal) => wait(-Math.log(1 - Math.random()) * meanMs, undefined, { signal }).catch(() => {});
const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)];

/** Word spans of a text: where new annotations go. */
export function wordSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

export interface DeskRun {
  recorder: Recorder;
  ledger: Ledger;
  signal: AbortSignal;
  texts: Map<string, string>;
  /** Annotations submitted for review, for any editor to take. */
  reviewPool: (Draft & { authorId: string })[];
  sourceUrl: string;
}

/**
 * One person writing on their article: tags spans, edits notes, comments, adds web sources and
 * submits for review; an editor also approves what others submitted. Runs until the signal.
 */
export async function writeAsPerson(person: Person, editor: boolean, meanThinkMs: number, run: DeskRun): Promise<void> {
  const { recorder, ledger, signal } = run;
  const text = run.texts.get(person.articleId)!;
  const spans = wordSpans(text);
  const drafts: Draft[] = [];
  const headers = { cookie: person.cookie, "content-type": "application/json", origin: person.origin };
  const send = async <T>(path: string, method: string, body: unknown, expect = 200) => {
    const sentAt = performance.now();
    const answer = await timed<T>(recorder, "writes", `${person.origin}${path}`, { method, headers, body: JSON.stringify(body), expect });
    return { answer, sentAt };
  };
  const acknowledge = (key: string, sentAt: number, annotationId: string, version: number | null, note?: string) => {
    ledger.acknowledged.push({ key, articleId: person.articleId, sentAt });
    const known = ledger.annotations.get(annotationId)!;
    known.writes += 1;
    if (version !== null) known.version = version;
    if (note !== undefined) known.note = note;
  };

  for (let n = 0; !signal.aborted; n++) {
    await think(meanThinkMs, signal);
    if (signal.aborted) break;
    const choice = Math.random();
    if (editor && choice < 0.4 && run.reviewPool.some((a) => a.authorId !== person.id)) {
      const at = run.reviewPool.findIndex((a) => a.authorId !== person.id);
      const [item] = run.reviewPool.splice(at, 1);
      const { answer, sentAt } = await send<AnnotationAnswer>(`/api/annotations/${item.id}/review`, "POST", { action: "APPROVE", version: item.version, verdict: VERDICTS[item.kind] });
      if (answer) acknowledge(eventKey("annotation.approve", item.id, item.id, answer.version), sentAt, item.id, answer.version);
    } else if (drafts.length === 0 || choice < 0.55) {
      const first = Math.floor(Math.random() * (spans.length - 4));
      const [start, end] = [spans[first].start, spans[first + Math.floor(Math.random() * 4)].end];
      const kind = (["CLAIM", "FIGURE", "DENIAL"] as const)[n % 3];
      const { answer, sentAt } = await send<AnnotationAnswer>(`/api/articles/${person.articleId}/annotations`, "POST", { kind, start, end, exact: text.slice(start, end) }, 201);
      if (!answer) continue;
      ledger.annotations.set(answer.id, { articleId: person.articleId, authorId: person.id, version: answer.version, note: null, writes: 0 });
      acknowledge(eventKey("annotation.created", answer.id, answer.id, answer.version), sentAt, answer.id, answer.version);
      drafts.push({ id: answer.id, kind, version: answer.version });
    } else {
      const draft = pick(drafts);
      const what = Math.random();
      if (what < 0.35) {
        const note = `<p>Checked by ${person.id} at ${n}: the figure matches the agency's release.</p>`;
        const { answer, sentAt } = await send<AnnotationAnswer>(`/api/annotations/${draft.id}`, "PATCH", { version: draft.version, note });
        if (!answer) continue;
        draft.version = answer.version;
        acknowledge(eventKey("annotation.updated", draft.id, draft.id, answer.version), sentAt, draft.id, answer.version, answer.note);
      } else if (what < 0.6) {
        const { answer, sentAt } = await send<{ id: string }>(`/api/annotations/${draft.id}/comments`, "POST", { body: `Is this the figure from the first report? (${n})` }, 201);
        if (!answer) continue;
        ledger.comments.add(answer.id);
        acknowledge(eventKey("comment.created", answer.id, draft.id, null), sentAt, draft.id, null);
      } else if (what < 0.8) {
        const { answer, sentAt } = await send<AnnotationAnswer>(`/api/annotations/${draft.id}/sources`, "POST", { url: `${run.sourceUrl}?n=${n}`, relation: "SUPPORTS", title: "Agency release" }, 201);
        if (!answer) continue;
        draft.version = answer.version;
        for (const source of answer.sources ?? []) ledger.sources.add(source.id);
        acknowledge(eventKey("source.added", draft.id, draft.id, answer.version), sentAt, draft.id, answer.version);
      } else {
        const { answer, sentAt } = await send<AnnotationAnswer>(`/api/annotations/${draft.id}/review`, "POST", { action: "SUBMIT", version: draft.version });
        if (!answer) continue;
        drafts.splice(drafts.indexOf(draft), 1);
        run.reviewPool.push({ ...draft, version: answer.version, authorId: person.id });
        acknowledge(eventKey("annotation.submit", draft.id, draft.id, answer.version), sentAt, draft.id, answer.version);
      }
    }
  }
}

const REPORT_FORMATS = ["json", "csv", "md", "w3c", "claimreview", "pdf"];

/**
 * One person reading: the article's annotations, one of them, its discussion, the story list,
 * their inbox and work; now and then a report download.
 */
export async function readAsPerson(person: Person, meanThinkMs: number, reportShare: number, run: DeskRun): Promise<void> {
  const { recorder, signal } = run;
  const headers = { cookie: person.cookie };
  const get = <T>(path: string, group: "reads" | "reports" = "reads") => timed<T>(recorder, group, `${person.origin}${path}`, { headers });
  let known: string[] = [];
  while (!signal.aborted) {
    await think(meanThinkMs, signal);
    if (signal.aborted) break;
    const choice = Math.random();
    if (choice < reportShare) {
      await get(`/api/reports/article/${person.articleId}?format=${pick(REPORT_FORMATS)}&scope=all`, "reports");
    } else if (known.length === 0 || choice < 0.3) {
      const list = await get<{ annotations: { id: string }[] }>(`/api/articles/${person.articleId}/annotations`);
      if (list) known = list.annotations.map((a) => a.id);
    } else if (choice < 0.5) {
      await get(`/api/annotations/${pick(known)}`);
    } else if (choice < 0.7) {
      await get(`/api/annotations/${pick(known)}/comments`);
    } else if (choice < 0.8) {
      await get(`/api/stories`);
    } else if (choice < 0.9) {
      await get(`/api/inbox`);
    } else {
      await get(`/api/my-work`);
    }
  }
}
