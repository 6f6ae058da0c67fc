import { apiRoute } from "@/lib/http/api-route";
import { getAnnotationHistory } from "@/lib/review/history";

export const GET = apiRoute<{ id: string }>({}, async ({ user, params }) => ({ history: await getAnnotationHistory(user, params.id) }));
