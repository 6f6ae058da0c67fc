import { hasRole, type Role } from "../auth/roles";
import { ForbiddenError } from "../errors/domain-error";

/**
 * Who may do what, in one place. Every domain function asks `assertCan` before it acts, routes
 * declare the permission they need, and pages and views ask `can` for the controls they offer.
 * Reading is open to every signed-in member of the desk (everyone may read every article).
 *
 * Review steps (submit, approve, request changes, reject) depend on an annotation's status as
 * well as on the person, so they are decided by the pure function in lib/review/transitions.ts.
 */
export interface Actor {
  id: string;
  role: Role;
}

/** What each permission is checked against; `undefined`: the person alone decides. */
export interface PermissionResources {
  "annotation.edit": { authorId: string };
  "annotation.delete": { authorId: string; status: string };
  "annotation.restore": { authorId: string; deletedById: string | null };
  "comment.edit": { authorId: string };
  "comment.delete": { authorId: string };
  "article.read": undefined;
  "source.check": undefined;
  "suggestion.decide": undefined;
  "ledger.edit": undefined;
  "ledger.confirm": undefined;
  "article.correct": undefined;
  "article.markOwn": undefined;
  "work.assign": undefined;
  "review.queue": undefined;
  "story.manage": undefined;
  "users.manage": undefined;
  "user.signOutEverywhere": { userId: string };
  "settings.change": undefined;
  "jobs.view": undefined;
  "report.publish": undefined;
  "claims.import": undefined;
}

export type Permission = keyof PermissionResources;
/** The permissions a route can check before it has loaded anything. */
export type ActorPermission = { [P in Permission]: PermissionResources[P] extends undefined ? P : never }[Permission];

type Rule<P extends Permission> = {
  allows(actor: Actor, resource: PermissionResources[P]): boolean;
  /** What the person is told when refused, in words. */
  refusal(actor: Actor, resource: PermissionResources[P]): string;
};

const editorOrAdmin = (actor: Actor) => hasRole(actor.role, "EDITOR");
const admin = (actor: Actor) => hasRole(actor.role, "ADMIN");

const RULES: { [P in Permission]: Rule<P> } = {
  "annotation.edit": {
    allows: (actor, a) => a.authorId === actor.id || editorOrAdmin(actor),
    refusal: () => "Only the annotation's author, an editor or an admin can change it.",
  },
  // Deleting takes an annotation out of the report: once an editor approved it, an editor's call.
  "annotation.delete": {
    allows: (actor, a) => editorOrAdmin(actor) || (a.authorId === actor.id && a.status !== "APPROVED"),
    refusal: (actor, a) =>
      a.authorId === actor.id
        ? "This annotation is approved: only an editor can delete it now."
        : "Only the annotation's author, an editor or an admin can delete it.",
  },
  // Whoever deleted it may restore it; what someone else deleted needs an editor.
  "annotation.restore": {
    allows: (actor, a) => editorOrAdmin(actor) || (a.authorId === actor.id && a.deletedById === actor.id),
    refusal: (actor, a) =>
      a.authorId === actor.id
        ? "An editor deleted this annotation: only an editor can restore it."
        : "Only the annotation's author, an editor or an admin can restore it.",
  },
  "comment.edit": {
    allows: (actor, c) => c.authorId === actor.id,
    refusal: () => "Only its author can change a comment.",
  },
  "comment.delete": {
    allows: (actor, c) => c.authorId === actor.id || editorOrAdmin(actor),
    refusal: () => "Only its author, an editor or an admin can delete a comment.",
  },
  // Everyone on the desk reads every article, and takes or leaves the machine's suggestions on it.
  "article.read": { allows: () => true, refusal: () => "Sign in to read articles." },
  // Checking whether a cited page still says the same changes nothing anyone wrote: anyone may.
  "source.check": { allows: () => true, refusal: () => "Sign in to check sources." },
  "suggestion.decide": { allows: () => true, refusal: () => "Sign in to work on suggestions." },
  // The ledger groups the desk's own figures; anyone who may tag them may group them, and every change is audited.
  "ledger.edit": { allows: () => true, refusal: () => "Sign in to work on the ledger." },
  // A fact the public sees is an editor's call, like an approval.
  "ledger.confirm": { allows: editorOrAdmin, refusal: () => "Only editors and admins confirm facts for publication." },
  // Marking an article as the desk's own lets a publication carry its whole text.
  "article.markOwn": { allows: editorOrAdmin, refusal: () => "Only editors and admins mark an article as the desk's own." },
  "article.correct": { allows: editorOrAdmin, refusal: () => "Only editors and admins correct an article's text." },
  "work.assign": { allows: editorOrAdmin, refusal: () => "Only editors and admins assign work." },
  "review.queue": { allows: editorOrAdmin, refusal: () => "Only editors and admins review annotations." },
  "story.manage": { allows: editorOrAdmin, refusal: () => "Only editors and admins manage stories." },
  "users.manage": { allows: admin, refusal: () => "Only admins can manage users." },
  "user.signOutEverywhere": {
    allows: (actor, target) => target.userId === actor.id || admin(actor),
    refusal: () => "Only admins can sign other people out.",
  },
  "settings.change": { allows: admin, refusal: () => "Only admins can change settings." },
  "jobs.view": { allows: admin, refusal: () => "Only admins see the state of the background work." },
  // What the desk says in public is an editor's call.
  "report.publish": { allows: editorOrAdmin, refusal: () => "Only editors and admins publish or withdraw reports." },
  // Other publishers' checks join the desk's memory and are offered as proposals: an editor's call, like an approval.
  "claims.import": { allows: editorOrAdmin, refusal: () => "Only editors and admins import other publishers' checks." },
};

type ResourceArgs<P extends Permission> = PermissionResources[P] extends undefined ? [] : [resource: PermissionResources[P]];

export function can<P extends Permission>(actor: Actor, permission: P, ...[resource]: ResourceArgs<P>): boolean {
  return RULES[permission].allows(actor, resource as PermissionResources[P]);
}

/** Refuses (403, with the reason in words) unless `actor` may. */
export function assertCan<P extends Permission>(actor: Actor, permission: P, ...[resource]: ResourceArgs<P>): void {
  const rule = RULES[permission];
  if (!rule.allows(actor, resource as PermissionResources[P])) throw new ForbiddenError(rule.refusal(actor, resource as PermissionResources[P]));
}
