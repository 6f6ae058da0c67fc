import { Link } from "@/components/ui/link";
import type { JobSummary, TaskSummary } from "@/lib/jobs/job-summary";

/** Each kind of job in the desk's words; a kind the app no longer knows shows its queue name. */
const TASK_LABELS: Record<string, string> = {
  "archive-source": "First copies of cited pages",
  "recheck-source": "Re-checks of cited pages",
  "queue-due-rechecks": "Queuing the due re-checks",
  "prune-old-records": "Pruning old sign-in attempts and feed entries",
};
const taskLabel = (task: string) => TASK_LABELS[task] ?? task;

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "in 12 minutes", "3 hours ago", "just now": the largest unit that fits. */
export function timeInWords(at: Date, now: Date): string {
  const ms = at.getTime() - now.getTime();
  if (Math.abs(ms) < 60_000) return ms > 0 ? "within a minute" : "just now";
  const words = new Intl.RelativeTimeFormat("en-GB", { numeric: "auto" });
  const [unit, size] = UNITS.find(([, size]) => Math.abs(ms) >= size)!;
  return words.format(Math.trunc(ms / size), unit);
}

function When({ at, now }: { at: Date; now: Date }) {
  return (
    <time dateTime={at.toISOString()} title={at.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC"}>
      {timeInWords(at, now)}
    </time>
  );
}

const waiting = (t: TaskSummary) => t.queued + t.running + t.retrying + t.failed;

export function JobSummaryView({ summary, dueRechecks, recheckDays, now }: { summary: JobSummary; dueRechecks: number; recheckDays: number; now: Date }) {
  const anything = summary.tasks.some((t) => waiting(t) > 0);
  const recheck = summary.schedule.find((s) => s.task === "queue-due-rechecks");
  return (
    <>
      <section className="card" aria-labelledby="jobs-queue">
        <h2 id="jobs-queue">Jobs</h2>
        {anything ? (
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">Background jobs by kind</caption>
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col">Queued</th>
                  <th scope="col">Running</th>
                  <th scope="col">Waiting to retry</th>
                  <th scope="col">Failed for good</th>
                  <th scope="col">Next due</th>
                </tr>
              </thead>
              <tbody>
                {summary.tasks.map((t) => (
                  <tr key={t.task}>
                    <th scope="row">{taskLabel(t.task)}</th>
                    <td>{t.queued}</td>
                    <td>{t.running}</td>
                    <td>{t.retrying}</td>
                    <td>
                      {t.failed}
                      {t.lastError && (
                        <p className="muted">
                          Last error, <When at={t.lastError.at} now={now} />: {t.lastError.message}
                        </p>
                      )}
                    </td>
                    <td>{t.nextRunAt ? <When at={t.nextRunAt} now={now} /> : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="empty">Nothing is waiting: every source has its copy, and no job has failed.</p>
        )}
      </section>

      <section className="card" aria-labelledby="jobs-rechecks">
        <h2 id="jobs-rechecks">Re-checks of cited pages</h2>
        {recheckDays > 0 ? (
          <p>
            {dueRechecks === 0 ? "No cited source is due a re-check." : dueRechecks === 1 ? "1 cited source is due a re-check" : `${dueRechecks} cited sources are due a re-check`}
            {dueRechecks > 0 && ` (last checked more than ${recheckDays} ${recheckDays === 1 ? "day" : "days"} ago).`}{" "}
            {recheck?.nextRunAt ? (
              <>
                The next run that queues them is <When at={recheck.nextRunAt} now={now} />
                {recheck.lastRunAt ? (
                  <>
                    ; the last was <When at={recheck.lastRunAt} now={now} />.
                  </>
                ) : (
                  "."
                )}
              </>
            ) : null}
          </p>
        ) : (
          <p>Scheduled re-checks are turned off (SOURCE_RECHECK_DAYS is 0).</p>
        )}
      </section>

      <section className="card" aria-labelledby="jobs-instances">
        <h2 id="jobs-instances">Workers</h2>
        {summary.instances.length === 0 ? (
          <p className="empty">No instance is running background work: jobs wait until one starts (each server runs one unless JOB_WORKER=false; `npm run worker` runs one alone).</p>
        ) : (
          <ul aria-label="Instances running background work">
            {summary.instances.map((i) => (
              <li key={i.id}>
                <code>{i.id}</code>: {i.workers} {i.workers === 1 ? "worker" : "workers"}, last heard from <When at={i.seenAt} now={now} />
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href="/admin/jobs" prefetch={false}>
            Refresh the background work
          </Link>
        </p>
      </section>
    </>
  );
}
