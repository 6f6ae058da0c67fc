import { annotationRoutes } from "./annotations";
import { articleRoutes } from "./articles";
import { claimRoutes } from "./claims";
import { commentRoutes } from "./comments";
import { ledgerRoutes } from "./ledger";
import { liveRoutes } from "./live";
import { peopleRoutes } from "./people";
import { reportRoutes } from "./reports";
import { reviewRoutes } from "./review";
import type { RouteContract } from "./route-contract";
import { suggestionRoutes } from "./suggestions";

/** Every API route's contract, in the order the API table lists them. */
export const API_ROUTES: readonly RouteContract[] = [
  ...Object.values(articleRoutes),
  ...Object.values(annotationRoutes),
  ...Object.values(claimRoutes),
  ...Object.values(suggestionRoutes),
  ...Object.values(commentRoutes),
  ...Object.values(reviewRoutes),
  ...Object.values(ledgerRoutes),
  ...Object.values(reportRoutes),
  ...Object.values(liveRoutes),
  ...Object.values(peopleRoutes),
];
