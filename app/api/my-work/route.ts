import { reviewRoutes } from "@/lib/contracts/review";
import { apiRoute } from "@/lib/http/api-route";
import { listMyWork } from "@/lib/review/review-queue";

export const GET = apiRoute(reviewRoutes.myWork, ({ user }) => listMyWork(user));
