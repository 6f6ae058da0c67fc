import { apiRoute } from "@/lib/http/api-route";
import { listMyWork } from "@/lib/review/review-queue";

export const GET = apiRoute({}, ({ user }) => listMyWork(user));
