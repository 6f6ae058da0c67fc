import type { Metadata } from "next";
import { JobSummaryView } from "@/components/admin/job-summary-view";
import { NotAllowed } from "@/components/layout/not-allowed";
import { requirePageUser } from "@/lib/auth/page-guard";
import { cron, taskList } from "@/lib/background/background-jobs";
import { readJobSummary } from "@/lib/jobs/job-summary";
import { can } from "@/lib/policy/policy";
import { countDueRechecks, recheckDays } from "@/lib/sources/recheck-sources";

export const metadata: Metadata = { title: "Background work" };

export default async function AdminJobsPage() {
  const user = await requirePageUser();
  if (!can(user, "jobs.view")) {
    return <NotAllowed title="Background work" reason="Only admins see the state of the background work." />;
  }
  const now = new Date();
  const [summary, dueRechecks] = await Promise.all([readJobSummary({ tasks: Object.keys(taskList), cron, now }), countDueRechecks(now)]);
  return (
    <>
      <h1>Background work</h1>
      <p className="page-intro">First copies of cited pages, their scheduled re-checks and the clean-up, across every instance. Jobs that fail are tried again; those out of attempts stay here with their last error.</p>
      <JobSummaryView summary={summary} dueRechecks={dueRechecks} recheckDays={recheckDays()} now={now} />
    </>
  );
}
