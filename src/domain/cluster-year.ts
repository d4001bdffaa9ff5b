import { conflict, invalid } from './errors.ts'
import { acceptsLateSubmissions, type Scheme } from './scheme.ts'
import { checkPeriodWindow, type Period } from './workflows.ts'

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

export const isClusterYearStatus = (s: unknown): s is ClusterYearStatus => typeof s === 'string' && (CLUSTER_YEAR_STATUSES as readonly string[]).includes(s)

const isEvent = (e: unknown): e is ClusterYearEvent => typeof e === 'string' && (CLUSTER_YEAR_EVENTS as readonly string[]).includes(e)

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

/* ------------------------------------------------------------------------------------------ *
 * The cluster-year as an aggregate: the state every decision about it is taken on. It is loaded
 * (and, for a change, locked) once per transaction by src/modules/cluster-years; the rules below
 * are pure functions of that state, the input and `now`.
 * ------------------------------------------------------------------------------------------ */

/** One reporting period's input window (sơ kết H1, tổng kết FY). */
export interface PeriodWindow {
  opensAt: Date
  closesAt: Date
  /** An explicit early close (`/close`), final even for late FY input. */
  closedAt: Date | null
}

/** The objection window (khiếu nại, giải trình) on the provisional ranking: see objections.ts. */
export interface ObjectionWindow {
  opensAt: Date
  closesAt: Date
}

export interface ClusterYearState {
  id: string
  clusterId: string
  year: number
  status: ClusterYearStatus
  organizerCommitteeId: string
  headId: string | null
  deputyId: string | null
  /** Member committee ids, sorted. */
  members: readonly string[]
  scheme: Scheme | null
  periods: Readonly<Partial<Record<Period, PeriodWindow>>>
  /** Once the organiser has opened it; null before. */
  objectionWindow: ObjectionWindow | null
}

/** Where a period's window stands at `now`: before it opens, taking input, or over (deadline passed or closed early). */
export function periodState(window: PeriodWindow, now: Date): 'not_open' | 'open' | 'closed' {
  if (window.closedAt || now > window.closesAt) return 'closed'
  return now < window.opensAt ? 'not_open' : 'open'
}

/** Finalised or handed over: the ranking is frozen and no more input is taken. */
export const isFinal = (status: ClusterYearStatus): boolean => status === 'finalized' || status === 'closed'

export const isMember = (state: Pick<ClusterYearState, 'members'>, committeeId: string): boolean => state.members.includes(committeeId)

/** The scheme, or 409 SCHEME_REQUIRED with `message` (what needs it). */
export function requireScheme(state: Pick<ClusterYearState, 'scheme'>, message = 'This cluster-year has no scheme'): Scheme {
  if (!state.scheme) throw conflict('SCHEME_REQUIRED', message)
  return state.scheme
}

/**
 * Whether input for `period` is accepted at `now` (see checkPeriodWindow); nothing is taken once
 * the year is final. Returns whether it is late; throws PERIOD_NOT_OPEN / PERIOD_CLOSED.
 */
export function inputWindow(state: ClusterYearState, period: Period, now: Date): { late: boolean } {
  assertReviewOpen(state, period)
  const p = state.periods[period]
  return checkPeriodWindow({
    now,
    opensAt: p?.opensAt ?? null,
    closesAt: p?.closesAt ?? null,
    closedAt: p?.closedAt ?? null,
    period,
    lateAllowed: state.scheme ? acceptsLateSubmissions(state.scheme) : false,
  })
}

/** A returned submission may be corrected and resubmitted until the ranking is final. */
export function assertReviewOpen(state: Pick<ClusterYearState, 'status'>, period?: Period): void {
  if (isFinal(state.status)) {
    throw conflict('PERIOD_CLOSED', `The cluster-year is ${state.status}; no more input is taken`, {
      ...(period ? { period } : {}),
      reason: 'cluster_year_finalized',
    })
  }
}

/** The FY input window is over: closed early, or past its deadline (late input may still come). */
export function fyOver(state: Pick<ClusterYearState, 'periods'>, now: Date): boolean {
  const fy = state.periods.FY
  return fy !== undefined && (fy.closedAt !== null || now.getTime() > fy.closesAt.getTime())
}

/**
 * The next moment after `now` at which the rules give another answer without any write (the FY
 * window or the objection window opening or passing its end), or +Infinity.
 */
export function nextRuleChange(state: Pick<ClusterYearState, 'periods' | 'objectionWindow'>, now: Date): number {
  const fy = state.periods.FY
  const moments = fy && !fy.closedAt ? [fy.opensAt.getTime(), fy.closesAt.getTime() + 1] : []
  const objections = state.objectionWindow
  if (objections) moments.push(objections.opensAt.getTime(), objections.closesAt.getTime() + 1)
  return Math.min(...moments.filter((m) => m > now.getTime()), Number.POSITIVE_INFINITY)
}

/** Scores, adjustments and tie votes are taken from the pact until the ranking is final. */
export function assertRankingInputsOpen(state: Pick<ClusterYearState, 'status'>): void {
  if (isFinal(state.status)) throw conflict('RANKING_FINALIZED', 'The ranking is finalised; its inputs are frozen')
  if (state.status === 'planning') throw conflict('PACT_NOT_SIGNED', 'Scores are entered after the pact is signed')
}

/** Scheme and targets change only while planning: the pact freezes them. */
export function assertPlanEditable(state: Pick<ClusterYearState, 'status'>): void {
  if (state.status !== 'planning') {
    throw conflict('SCHEME_FROZEN', `The pact has been signed (status ${state.status}); scheme and targets are frozen`, { status: state.status })
  }
}

/**
 * Whether a period's window may be set now: after the pact, before the ranking is final, and FY
 * only once H1 has started reporting. `current` is the window already set, if any.
 */
export function assertPeriodSettable(
  state: Pick<ClusterYearState, 'status'>,
  period: Period,
  window: { opensAt: Date; closesAt: Date },
  current: PeriodWindow | undefined,
): void {
  if (state.status === 'planning') throw conflict('PACT_NOT_SIGNED', 'Reporting periods open after the pact is signed')
  assertStatus(state.status, ['pact_signed', 'reporting', 'scoring'], 'CLUSTER_YEAR_NOT_REPORTING')
  // Reporting starts with the six-month window (sơ kết); the full-year one follows.
  if (period === 'FY' && state.status === 'pact_signed') throw conflict('H1_NOT_OPEN', 'Open the H1 window first: opening it starts reporting')
  if (window.closesAt <= window.opensAt) {
    throw invalid('INVALID_WINDOW', 'closesAt must be after opensAt', {
      errors: [{ pointer: '/closesAt', code: 'INVALID_WINDOW', message: 'must be after opensAt' }],
    })
  }
  if (current?.closedAt) throw conflict('PERIOD_CLOSED', `${period} was closed on ${current.closedAt.toISOString()}`)
}

/** The event that setting `period` moves the year by, if any: the first H1 window starts reporting. */
export const periodSetEvent = (state: Pick<ClusterYearState, 'status'>, period: Period): ClusterYearEvent | null =>
  period === 'H1' && state.status === 'pact_signed' ? 'open_reporting' : null

/** Whether a period may be closed early now; returns the event closing it moves the year by, if any. */
export function assertPeriodClosable(state: ClusterYearState, period: Period): ClusterYearEvent | null {
  const current = state.periods[period]
  if (!current) throw conflict('PERIOD_NOT_SET', `${period} has no input window yet`)
  if (current.closedAt) throw conflict('PERIOD_ALREADY_CLOSED', `${period} was closed on ${current.closedAt.toISOString()}`)
  assertStatus(state.status, ['pact_signed', 'reporting', 'scoring'], 'CLUSTER_YEAR_NOT_REPORTING')
  // Closing FY ends reporting: the year moves to scoring.
  return period === 'FY' && state.status === 'reporting' ? 'start_scoring' : null
}

/**
 * Whether the ranking may be frozen from this status (the blockers aside); returns the events that
 * take the year to `finalized` (a year still reporting passes through scoring).
 */
export function finalizationPath(state: Pick<ClusterYearState, 'status'>): ClusterYearEvent[] {
  if (isFinal(state.status)) throw conflict('RANKING_ALREADY_FINALIZED', 'The ranking is already final')
  if (state.status !== 'reporting' && state.status !== 'scoring') {
    throw conflict('CLUSTER_YEAR_NOT_SCORING', `A ${state.status} cluster-year has nothing to rank yet`, { status: state.status })
  }
  return state.status === 'reporting' ? ['start_scoring', 'finalize'] : ['finalize']
}
