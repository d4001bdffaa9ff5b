import { conflict } from './errors.ts'

/**
 * The yearly cycle of one cluster (one "cluster-year"). Every status change goes through
 * `transitionClusterYear`, so routes never write the column directly and each refusal has its
 * own stable code.
 */
export const CLUSTER_YEAR_STATUSES = ['planning', 'pact_signed', 'reporting', 'scoring', 'finalized', 'closed'] as const
export type ClusterYearStatus = (typeof CLUSTER_YEAR_STATUSES)[number]

export const CLUSTER_YEAR_EVENTS = ['sign_pact', 'open_reporting', 'start_scoring', 'finalize', 'close'] as const
export type ClusterYearEvent = (typeof CLUSTER_YEAR_EVENTS)[number]

interface Transition {
  from: ClusterYearStatus
  to: ClusterYearStatus
  /** The code when the event arrives in any other (non-closed) status: names the status it needs. */
  code: string
}

/** Strictly linear: each event has exactly one source status. */
export const CLUSTER_YEAR_TRANSITIONS: Readonly<Record<ClusterYearEvent, Transition>> = {
  // ký kết giao ước thi đua: scheme and targets freeze
  sign_pact: { from: 'planning', to: 'pact_signed', code: 'CLUSTER_YEAR_NOT_PLANNING' },
  // opening the H1 window (sơ kết) starts reporting
  open_reporting: { from: 'pact_signed', to: 'reporting', code: 'CLUSTER_YEAR_NOT_PACT_SIGNED' },
  // the FY window is closed; scoring (chấm điểm) begins
  start_scoring: { from: 'reporting', to: 'scoring', code: 'CLUSTER_YEAR_NOT_REPORTING' },
  // the conference agrees the ranking (tổng kết); only from scoring, never straight from reporting
  finalize: { from: 'scoring', to: 'finalized', code: 'CLUSTER_YEAR_NOT_SCORING' },
  // the handover of the rotating flag (cờ luân lưu) closes the year
  close: { from: 'finalized', to: 'closed', code: 'CLUSTER_YEAR_NOT_FINALIZED' },
}

export const isClusterYearStatus = (s: unknown): s is ClusterYearStatus =>
  typeof s === 'string' && (CLUSTER_YEAR_STATUSES as readonly string[]).includes(s)

const isEvent = (e: unknown): e is ClusterYearEvent =>
  typeof e === 'string' && (CLUSTER_YEAR_EVENTS as readonly string[]).includes(e)

/**
 * Returns the status after `event`, or throws a 409 domain error:
 * - `CLUSTER_YEAR_CLOSED` for any event on a closed year (nothing moves after the handover);
 * - `CLUSTER_YEAR_NOT_<STATUS>` naming the status the event needs;
 * - `CLUSTER_YEAR_INVALID_TRANSITION` for an unknown status or event (data drift, bad caller).
 * Details always carry {from, event}.
 */
export function transitionClusterYear(status: ClusterYearStatus, event: ClusterYearEvent): ClusterYearStatus {
  if (!isClusterYearStatus(status) || !isEvent(event)) {
    throw conflict('CLUSTER_YEAR_INVALID_TRANSITION', `Cannot apply '${String(event)}' to a cluster-year in '${String(status)}'`, {
      from: status,
      event,
    })
  }
  const t = CLUSTER_YEAR_TRANSITIONS[event]
  if (status === t.from) return t.to
  if (status === 'closed') {
    throw conflict('CLUSTER_YEAR_CLOSED', `The cluster-year is closed (handed over); '${event}' is not allowed`, {
      from: status,
      event,
      expected: t.from,
    })
  }
  throw conflict(t.code, `'${event}' needs a cluster-year in '${t.from}', this one is '${status}'`, {
    from: status,
    event,
    expected: t.from,
  })
}

/** The events allowed from `status` (for clients that show the next step). */
export function allowedClusterYearEvents(status: ClusterYearStatus): ClusterYearEvent[] {
  return CLUSTER_YEAR_EVENTS.filter((e) => CLUSTER_YEAR_TRANSITIONS[e].from === status)
}

/** Membership, scheme and targets may change only while planning: the pact freezes them. */
export const isEditable = (status: ClusterYearStatus): boolean => status === 'planning'

/**
 * Throws unless the year is still planning. The code defaults to `CLUSTER_YEAR_NOT_PLANNING`;
 * callers with a more telling code pass it (the scheme uses `SCHEME_FROZEN`).
 */
export function assertEditable(status: ClusterYearStatus, code = 'CLUSTER_YEAR_NOT_PLANNING'): void {
  assertStatus(status, ['planning'], code)
}

/** Throws a 409 with `code` unless `status` is one of `allowed`; details {status, allowed}. */
export function assertStatus(status: ClusterYearStatus, allowed: readonly ClusterYearStatus[], code: string, message?: string): void {
  if (allowed.includes(status)) return
  throw conflict(code, message ?? `The cluster-year is '${status}'; this needs ${allowed.map((s) => `'${s}'`).join(' or ')}`, {
    status,
    allowed: [...allowed],
  })
}
