/**
 * The names of things, once: the database's enums (Prisma generates them from schema.prisma),
 * re-exported with their lists in display order. Zod schemas, views, the UI and the reports all
 * take them from here; a new kind or status is added in schema.prisma and labelled in labels.ts.
 */
import { AnnotationKind, ReviewStatus, Role, SourceRelation, SuggestionStatus } from "../db/generated/enums";

export { AnnotationKind, ReviewStatus, Role, SourceRelation, SuggestionStatus };

export const KINDS = Object.values(AnnotationKind) as [AnnotationKind, ...AnnotationKind[]];
export const STATUSES = Object.values(ReviewStatus) as [ReviewStatus, ...ReviewStatus[]];
export const RELATIONS = Object.values(SourceRelation) as [SourceRelation, ...SourceRelation[]];
export const ROLES = Object.values(Role) as [Role, ...Role[]];
