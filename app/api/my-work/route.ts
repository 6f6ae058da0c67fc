import { reviewRoutes } from "@/lib/contracts/review";
import { apiRoute } from "@/lib/http/api-route";
import { listMyWork } from "@/lib/review/review-queue";

/** A page of each list (`?assignedCursor=`, `?articlesCursor=`, `?changesCursor=` from the last answer's `next`, `?limit=`). */
export const GET = apiRoute(reviewRoutes.myWork, ({ user, query }) => listMyWork(user, query));
