import { idParams } from "@/lib/validation/route-params";
import { apiRoute } from "@/lib/http/api-route";
import { updatePresence } from "@/lib/realtime/presence";
import { presenceSchema } from "@/lib/validation/live-schemas";


export const PUT = apiRoute({ params: idParams, body: presenceSchema }, async ({ user, params, body }) => {
  await updatePresence(user.id, params.id, body);
  return new Response(null, { status: 204 });
});
