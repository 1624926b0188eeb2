/**
 * The access policy: role × action × resource, in one declarative table.
 * A role is held at a unit and reaches that unit's subtree; the subtree is the scope of every read
 * (get by id, list, search, count, export alike) and of every write.
 */
import { ACTIONS, RESOURCES, ROLES, type Action, type Resource, type Role } from '../shared/enums.ts'

/** One role held at one unit; `unitPath` is that unit's materialised path ("/a/b/"). */
export type Grant = { role: Role; unitId: string; unitPath: string }

/**
 * Who is acting. `system` is the CLI run by whoever operates the server: it reaches everything.
 * `anonymous` is a request without a valid session or token: it reaches nothing.
 */
export type Actor =
  | { kind: 'user'; userId: string; username: string; grants: Grant[]; via: 'session' | 'token' }
  | { kind: 'system'; userId: null; username: 'system'; grants: [] }
  | { kind: 'anonymous'; userId: null; username: null; grants: [] }

export const SYSTEM_ACTOR: Actor = { kind: 'system', userId: null, username: 'system', grants: [] }
export const ANONYMOUS_ACTOR: Actor = { kind: 'anonymous', userId: null, username: null, grants: [] }

const ALL = ROLES
const MANAGERS: Role[] = ['admin', 'focal']

/** Which roles may do what. Anything absent is forbidden. */
export const POLICY: Record<Resource, Partial<Record<Action, readonly Role[]>>> = {
  unit: { read: ALL, create: MANAGERS, update: MANAGERS, import: MANAGERS, export: ['admin', 'focal', 'leader', 'auditor'] },
  area: { read: ALL, create: MANAGERS, update: MANAGERS },
  user: {
    read: ['admin', 'focal', 'leader', 'unit_officer', 'auditor'],
    create: ['admin'],
    update: ['admin'],
    import: ['admin'],
    manage: ['admin'],
  },
  api_token: { read: ['admin'], create: ['admin'], manage: ['admin'] },
  audit: { read: ['admin', 'auditor'], export: ['admin', 'auditor'] },
  system: { manage: ['admin'] },
  // opinion records (phiếu thông tin DLXH) and their streams
  opinion: {
    read: ALL,
    create: ['admin', 'focal', 'unit_officer', 'collaborator', 'delegate'],
    update: ['admin', 'focal', 'unit_officer', 'collaborator', 'delegate'],
    import: ['admin', 'focal', 'unit_officer'],
    export: ['admin', 'focal', 'leader', 'unit_officer', 'auditor'],
    // delete a record entered by mistake, or on a person's request
    manage: MANAGERS,
  },
  // the restricted store of citizens' names and contacts, for answers that must go back to a person
  contact: { read: ['admin', 'focal'], create: ['admin', 'focal', 'unit_officer', 'collaborator', 'delegate'], manage: ['admin'] },
  collaborator: { read: ['admin', 'focal', 'leader', 'unit_officer', 'auditor'], create: MANAGERS, update: MANAGERS, export: MANAGERS },
  issue: {
    read: ['admin', 'leader', 'focal', 'unit_officer', 'delegate', 'viewer', 'auditor'],
    create: ['admin', 'focal', 'unit_officer'],
    update: ['admin', 'focal', 'unit_officer'],
    manage: MANAGERS,
  },
  meeting: { read: ['admin', 'leader', 'focal', 'unit_officer', 'delegate', 'viewer', 'auditor'], create: ['admin', 'focal', 'delegate'], update: ['admin', 'focal', 'delegate'] },
  // the monthly "topics to watch" (nội dung cần nắm bắt) the focal board sets for collaborators
  watch_topic: { read: ALL, create: MANAGERS, update: MANAGERS },
  // trends, spike alerts, emerging terms and forecasts: aggregates of the opinion streams of the scope
  trend: { read: ['admin', 'leader', 'focal', 'unit_officer', 'auditor', 'viewer'] },
  // a unit's monthly/six-month/annual/ad hoc report, the compliance board and the reminder log. Who may save, submit,
  // return and accept is also checked by the report state machine (src/domain/reporting/report-state.ts):
  // the unit officer writes and submits; the focal board returns, accepts and grants extensions (manage).
  report: {
    read: ['admin', 'leader', 'focal', 'unit_officer', 'viewer', 'auditor'],
    create: ['unit_officer', 'focal'],
    update: ['unit_officer'],
    export: ['admin', 'leader', 'focal', 'unit_officer', 'viewer', 'auditor'],
    manage: ['focal'],
  },
  // the ward's consolidated report (báo cáo tổng hợp): the focal board drafts and edits it, a leader approves it
  // (approval gives the document number)
  ward_report: {
    read: ['admin', 'leader', 'focal', 'auditor', 'viewer'],
    create: ['focal'],
    update: ['focal'],
    export: ['admin', 'leader', 'focal', 'auditor', 'viewer'],
    manage: ['leader'],
  },
  // surveys (điều tra DLXH): questionnaires, fieldwork, weights, results, publication (manage = open/close/publish)
  survey: {
    read: ['admin', 'leader', 'focal', 'unit_officer', 'auditor', 'viewer'],
    create: MANAGERS,
    update: MANAGERS,
    import: MANAGERS,
    export: ['admin', 'focal', 'leader', 'auditor'],
    manage: MANAGERS,
  },
  // answers: interviewers (collaborators, unit officers, delegates) enter them; the board imports and exports the
  // anonymised responses. Public answers through a link or an invitation code need no account.
  survey_response: {
    read: ['admin', 'focal', 'auditor'],
    create: ['admin', 'focal', 'unit_officer', 'collaborator', 'delegate'],
    import: MANAGERS,
    export: MANAGERS,
  },
}

/**
 * Roles that reach only what the actor entered themselves within their subtree: a collaborator sees and
 * edits their own opinion records, not their cell's.
 */
export const OWN_ONLY: Partial<Record<Resource, readonly Role[]>> = {
  opinion: ['collaborator', 'delegate'],
}

/**
 * The scope split in two: `full` paths where every row is reachable, and `own` paths where only rows the
 * actor entered are. Paths already covered by `full` are dropped from `own`.
 */
export function splitScope(actor: Actor, action: Action, resource: Resource): { full: string[]; own: string[] } {
  if (actor.kind === 'system') return { full: [EVERYWHERE], own: [] }
  if (actor.kind === 'anonymous') return { full: [], own: [] }
  const allowed = POLICY[resource][action] ?? []
  const ownRoles = OWN_ONLY[resource] ?? []
  const grants = actor.grants.filter((g) => allowed.includes(g.role))
  const full = outermost(grants.filter((g) => !ownRoles.includes(g.role)).map((g) => g.unitPath))
  const own = outermost(grants.filter((g) => ownRoles.includes(g.role)).map((g) => g.unitPath)).filter((p) => !full.some((f) => p.startsWith(f)))
  return { full, own }
}

/** The path that matches every unit: the system actor's scope. */
export const EVERYWHERE = '/'

/**
 * The unit paths under which `actor` may do `action` on `resource`, nested paths removed.
 * An empty list means "nowhere": the caller must refuse, and lists must come back empty.
 */
export function scopeOf(actor: Actor, action: Action, resource: Resource): string[] {
  if (actor.kind === 'system') return [EVERYWHERE]
  if (actor.kind === 'anonymous') return []
  const allowed = POLICY[resource][action] ?? []
  const paths = actor.grants.filter((g) => allowed.includes(g.role)).map((g) => g.unitPath)
  return outermost(paths)
}

/** Drops paths that lie inside another path of the list ("/a/b/" inside "/a/"). */
export function outermost(paths: string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length)
  const kept: string[] = []
  for (const p of sorted) if (!kept.some((k) => p.startsWith(k))) kept.push(p)
  return kept
}

/** True when `unitPath` lies in one of the scope paths. */
export function inScope(scope: string[], unitPath: string | null | undefined): boolean {
  if (unitPath == null) return scope.includes(EVERYWHERE) || scope.some(isRootPath)
  return scope.some((s) => unitPath.startsWith(s))
}

/** The ids of the units on a path, root first: "/a/b/" → ["a", "b"]; "/" → []. */
export function unitIdsOfPath(path: string): string[] {
  return path.split('/').filter(Boolean)
}

/** "/a/b/c/" → ["/a/", "/a/b/", "/a/b/c/"]: the unit's path and the path of every unit above it. */
export function selfAndAncestorPaths(path: string): string[] {
  const ids = unitIdsOfPath(path)
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`)
}

/** A root unit's path has one segment: "/id/". Records with no unit belong to root scope. */
export function isRootPath(path: string): boolean {
  return path === EVERYWHERE || /^\/[^/]+\/$/.test(path)
}

/** May the actor do this somewhere (or, given a unit path, there)? */
export function can(actor: Actor, action: Action, resource: Resource, unitPath?: string | null): boolean {
  const scope = scopeOf(actor, action, resource)
  if (scope.length === 0) return false
  return unitPath === undefined ? true : inScope(scope, unitPath)
}

/** The path of the actor's outermost grant: where their own events (sign-ins, refusals) are filed. */
export function outermostGrantPath(actor: Actor): string | null {
  if (actor.kind !== 'user' || actor.grants.length === 0) return null
  return [...actor.grants].sort((a, b) => a.unitPath.length - b.unitPath.length)[0]!.unitPath
}

/** For each resource and action the actor may take somewhere, the unit paths where they may: what pickers offer. */
export function scopesOf(actor: Actor): Record<Resource, Partial<Record<Action, string[]>>> {
  const out = {} as Record<Resource, Partial<Record<Action, string[]>>>
  for (const r of RESOURCES) {
    out[r] = {}
    for (const a of ACTIONS) {
      const scope = scopeOf(actor, a, r)
      if (scope.length > 0) out[r][a] = scope
    }
  }
  return out
}

/** Every resource with the actions the actor may take somewhere: what the web app shows or hides. */
export function permissionsOf(actor: Actor): Record<Resource, Action[]> {
  const out = {} as Record<Resource, Action[]>
  for (const r of RESOURCES) out[r] = ACTIONS.filter((a) => can(actor, a, r))
  return out
}
