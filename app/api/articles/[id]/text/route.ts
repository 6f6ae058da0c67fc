import { saveArticleText } from "@/lib/articles/save-article-text";
import { articleRoutes } from "@/lib/contracts/articles";
import { apiRoute } from "@/lib/http/api-route";

/** An editor's correction: a new version, with every annotation re-anchored. */
export const PUT = apiRoute(articleRoutes.saveText, ({ user, params, body }) => saveArticleText(user, params.id, body));
