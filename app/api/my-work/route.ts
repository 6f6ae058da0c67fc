import { apiRoute } from "@/lib/http/api-route";
import { listMyWork } from "@/lib/review/review-queue";
import { myWorkQuerySchema } from "@/lib/validation/review-schemas";

/** A page of each list (`?assignedCursor=`, `?articlesCursor=`, `?changesCursor=` from the last answer's `next`, `?limit=`). */
export const GET = apiRoute({ query: myWorkQuerySchema }, ({ user, query }) => listMyWork(user, query));
