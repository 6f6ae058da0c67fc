import { restoreAnnotation } from "@/lib/annotations/delete-annotation";
import { apiRoute } from "@/lib/http/api-route";

export const POST = apiRoute<{ id: string }>({}, ({ user, params }) => restoreAnnotation(user, params.id));
