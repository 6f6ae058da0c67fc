import { idParams } from "@/lib/validation/route-params";
import { saveArticleText } from "@/lib/articles/save-article-text";
import { apiRoute } from "@/lib/http/api-route";
import { articleTextSaveSchema } from "@/lib/validation/article-schemas";

/** An editor's correction: a new version, with every annotation re-anchored. */
export const PUT = apiRoute(
  { params: idParams, permission: "article.correct", body: articleTextSaveSchema },
  ({ user, params, body }) => saveArticleText(user, params.id, body),
);
