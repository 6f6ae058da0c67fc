import { apiRoute } from "@/lib/http/api-route";
import { updatePresence } from "@/lib/realtime/presence";
import { presenceSchema, type PresenceInput } from "@/lib/validation/live-schemas";

type Params = { id: string };

export const PUT = apiRoute<Params, PresenceInput>({ body: presenceSchema }, async ({ user, params, body }) => {
  await updatePresence(user.id, params.id, body);
  return new Response(null, { status: 204 });
});
