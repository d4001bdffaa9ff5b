import { fyOver, isFinal, type ClusterYearState, type ObjectionWindow } from './cluster-year.ts'
import { conflict, invalid } from './errors.ts'

/**
 * Objections (khiếu nại, giải trình) on the provisional ranking. Once the FY period is over, the
 * organiser may open one window of N days; while it is open a member files objections against a
 * line of its own or another member's score; the secretariat answers each (accepted, naming the
 * correction it made through the normal paths — a corrected value, an adjustment, a new
 * assessment — or rejected, with the reason). The ranking cannot be finalised while the window is
 * open or an objection is unanswered (see finalizationBlockers).
 */
export const OBJECTION_STATUSES = ['open', 'accepted', 'rejected'] as const
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number]
export const OBJECTION_OUTCOMES = ['accepted', 'rejected'] as const
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number]

/** The longest window the organiser may open, in days. */
export const MAX_OBJECTION_DAYS = 60

export type { ObjectionWindow } from './cluster-year.ts'

/** Where the window stands at `now`: never opened, not yet open, taking objections, or over. */
export function objectionWindowState(window: ObjectionWindow, now: Date): 'not_open' | 'open' | 'closed'
export function objectionWindowState(window: ObjectionWindow | null, now: Date): 'none' | 'not_open' | 'open' | 'closed'
export function objectionWindowState(window: ObjectionWindow | null, now: Date): 'none' | 'not_open' | 'open' | 'closed' {
  if (!window) return 'none'
  if (now.getTime() > window.closesAt.getTime()) return 'closed'
  return now.getTime() < window.opensAt.getTime() ? 'not_open' : 'open'
}

/**
 * The window the organiser opens at `now` for `days` days, from `opensAt` (default now): only
 * once per year, only once the FY period is over, and before the ranking is final.
 */
export function openObjectionWindow(
  state: Pick<ClusterYearState, 'status' | 'periods' | 'objectionWindow'>,
  input: { days: number; opensAt?: Date },
  now: Date,
): ObjectionWindow {
  if (isFinal(state.status)) throw conflict('RANKING_FINALIZED', 'The ranking is finalised; there is nothing left to object to')
  if (state.objectionWindow) {
    throw conflict('OBJECTION_WINDOW_EXISTS', 'This cluster-year has had its objection window', {
      opensAt: state.objectionWindow.opensAt.toISOString(),
      closesAt: state.objectionWindow.closesAt.toISOString(),
    })
  }
  if (state.status !== 'reporting' && state.status !== 'scoring') {
    throw conflict('CLUSTER_YEAR_NOT_SCORING', `A ${state.status} cluster-year has no provisional ranking to object to`, { status: state.status })
  }
  if (!fyOver(state, now)) throw conflict('FY_NOT_CLOSED', 'The objection window opens on the provisional ranking, once the FY period is over')
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_OBJECTION_DAYS) {
    throw invalid('INVALID_WINDOW', `days must be a whole number from 1 to ${MAX_OBJECTION_DAYS}`, {
      errors: [{ pointer: '/days', code: 'INVALID_WINDOW', message: `must be from 1 to ${MAX_OBJECTION_DAYS}` }],
    })
  }
  const opensAt = input.opensAt ?? now
  if (opensAt.getTime() < now.getTime() - 60_000) {
    throw invalid('INVALID_WINDOW', 'The window cannot open in the past', {
      errors: [{ pointer: '/opensAt', code: 'INVALID_WINDOW', message: 'must not be in the past' }],
    })
  }
  // A window that opens far ahead would hold finalisation back as long (it cannot be moved).
  if (opensAt.getTime() > now.getTime() + MAX_OBJECTION_DAYS * 86_400_000) {
    throw invalid('INVALID_WINDOW', `The window opens within ${MAX_OBJECTION_DAYS} days`, {
      errors: [{ pointer: '/opensAt', code: 'INVALID_WINDOW', message: `must be within ${MAX_OBJECTION_DAYS} days from now` }],
    })
  }
  return { opensAt, closesAt: new Date(opensAt.getTime() + input.days * 86_400_000) }
}

/** Checks an objection a member files at `now`; throws the refusal that applies. */
export function checkObjection(
  state: Pick<ClusterYearState, 'status' | 'members' | 'scheme' | 'objectionWindow'>,
  input: { committeeId: string; subjectCommitteeId: string; criterionCode: string | null; reason: string },
  now: Date,
): void {
  if (isFinal(state.status)) throw conflict('RANKING_FINALIZED', 'The ranking is finalised; objections are closed')
  const where = objectionWindowState(state.objectionWindow, now)
  if (where !== 'open') {
    const reason = where === 'none' ? 'not_opened' : where
    const window = state.objectionWindow
    throw conflict(
      'OBJECTION_WINDOW_NOT_OPEN',
      where === 'none' ? 'No objection window has been opened' : `The objection window is ${where === 'closed' ? 'over' : 'not open yet'}`,
      {
        reason,
        ...(window ? { opensAt: window.opensAt.toISOString(), closesAt: window.closesAt.toISOString() } : {}),
      },
    )
  }
  const errors: { pointer: string; code: string; message: string }[] = []
  if (!state.members.includes(input.committeeId)) errors.push({ pointer: '/committeeId', code: 'NOT_A_MEMBER', message: 'is not a member of the cluster-year' })
  if (!state.members.includes(input.subjectCommitteeId)) {
    errors.push({ pointer: '/subjectCommitteeId', code: 'NOT_A_MEMBER', message: 'is not a member of the cluster-year' })
  }
  if (input.criterionCode !== null && !state.scheme?.criteria.some((c) => c.code === input.criterionCode)) {
    errors.push({ pointer: '/criterionCode', code: 'UNKNOWN_CRITERION', message: 'is not a criterion of the scheme' })
  }
  if (input.reason.trim() === '') errors.push({ pointer: '/reason', code: 'REASON_REQUIRED', message: 'must say what is wrong, and why' })
  if (errors.length > 0) throw invalid(errors[0]!.code, `The objection is invalid: ${errors.map((e) => `${e.pointer} ${e.message}`).join('; ')}`, { errors })
}

/**
 * Checks the secretariat's answer to an objection: once only, before the ranking is final; an
 * accepted objection names the correction made, every answer gives its reason.
 */
export function checkAnswer(
  state: Pick<ClusterYearState, 'status'>,
  objection: { status: ObjectionStatus },
  answer: { outcome: ObjectionOutcome; reason: string; correction: string | null },
): void {
  if (isFinal(state.status)) throw conflict('RANKING_FINALIZED', 'The ranking is finalised; objections are closed')
  if (objection.status !== 'open')
    throw conflict('OBJECTION_ALREADY_ANSWERED', `The objection was already answered (${objection.status})`, { status: objection.status })
  if (answer.reason.trim() === '') {
    throw invalid('REASON_REQUIRED', 'An answer gives its reason', { errors: [{ pointer: '/reason', code: 'REASON_REQUIRED', message: 'must not be empty' }] })
  }
  if (answer.outcome === 'accepted' && (answer.correction ?? '').trim() === '') {
    throw invalid('CORRECTION_REQUIRED', 'An accepted objection names the correction made through the normal paths (a value, an adjustment, an assessment)', {
      errors: [{ pointer: '/correction', code: 'CORRECTION_REQUIRED', message: 'must say what was corrected' }],
    })
  }
  if (answer.outcome === 'rejected' && answer.correction !== null) {
    throw invalid('CORRECTION_NOT_ALLOWED', 'A rejected objection corrects nothing', {
      errors: [{ pointer: '/correction', code: 'CORRECTION_NOT_ALLOWED', message: 'only an accepted objection names a correction' }],
    })
  }
}
