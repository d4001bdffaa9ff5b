import { conflict, invalid } from './errors.ts'

/**
 * A committee's officers hold positions for a tenure. Chủ tịch (chair), Phó Chủ tịch Thường
 * trực (standing vice-chair) and Trưởng Ban Công tác Mặt trận (working-board head, one per
 * residential-area board) have a single holder; there may be several Phó Chủ tịch (vice-chairs).
 * Dates are YYYY-MM-DD; a tenure covers [startDate, endDate), endDate null while open.
 */
export const OFFICER_POSITIONS = ['chair', 'standing_vice_chair', 'vice_chair', 'working_board_head'] as const
export type OfficerPosition = (typeof OFFICER_POSITIONS)[number]

export const SINGLE_HOLDER_POSITIONS: readonly OfficerPosition[] = ['chair', 'standing_vice_chair', 'working_board_head']
export const isSingleHolder = (p: OfficerPosition): boolean => SINGLE_HOLDER_POSITIONS.includes(p)

export interface Tenure {
  id: string
  position: OfficerPosition
  startDate: string
  endDate: string | null
}

export interface OfficerHandoverPlan {
  close: { tenureId: string; endDate: string }[]
  open: { position: OfficerPosition; startDate: string }
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/
/** A calendar date that exists (no 2024-02-30, no month 13). */
function isDate(s: unknown): s is string {
  if (typeof s !== 'string' || !DATE_RE.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

/**
 * Plans the one-step handover of a position: the outgoing tenure ends on `effectiveDate`
 * (exclusive end) and the incoming one starts that day, so there is neither a gap nor an
 * overlap. `current` are the committee's tenures of that position, open and closed.
 *
 * - Single-holder positions close every open tenure (there should be one at most) and the new
 *   tenure may not start before a closed one ended (`TENURE_OVERLAP`).
 * - Vice-chairs: the named `outgoingTenureId` closes; with one open tenure and none named, that
 *   one closes; with several and none named, `OUTGOING_TENURE_REQUIRED`; `additional: true`
 *   appoints one more vice-chair without closing anyone.
 * Refusals: 422 `INVALID_DATE`, `EFFECTIVE_DATE_BEFORE_TENURE_START`, `TENURE_OVERLAP`,
 * `OUTGOING_TENURE_REQUIRED`, `POSITION_SINGLE_HOLDER`; 409 `TENURE_NOT_OPEN`.
 */
export function planOfficerHandover(input: {
  position: OfficerPosition
  current: readonly Tenure[]
  effectiveDate: string
  outgoingTenureId?: string | null
  additional?: boolean
}): OfficerHandoverPlan {
  const { position, effectiveDate } = input
  const fail = (code: string, pointer: string, message: string, details?: Record<string, unknown>) =>
    invalid(code, message, { details, errors: [{ pointer, code, message }] })
  if (!isDate(effectiveDate)) throw fail('INVALID_DATE', '/effectiveDate', 'effectiveDate must be a calendar date YYYY-MM-DD')

  const mine = input.current.filter((t) => t.position === position)
  const open = mine.filter((t) => t.endDate === null)
  const single = isSingleHolder(position)
  let closing: Tenure[]

  if (input.outgoingTenureId != null) {
    const named = open.find((t) => t.id === input.outgoingTenureId)
    if (!named) {
      throw conflict('TENURE_NOT_OPEN', `Tenure ${input.outgoingTenureId} is not an open ${position} tenure of this committee`, {
        tenureId: input.outgoingTenureId,
        position,
      })
    }
    // A single-holder position cannot keep another open tenure beside the new one.
    closing = single ? open : [named]
  } else if (input.additional) {
    if (single) throw fail('POSITION_SINGLE_HOLDER', '/additional', `${position} has a single holder; use a handover`, { position })
    closing = []
  } else if (single || open.length <= 1) {
    closing = open
  } else {
    throw fail('OUTGOING_TENURE_REQUIRED', '/outgoingTenureId', `There are ${open.length} open ${position} tenures; name the one that ends`, {
      position,
      openTenureIds: open.map((t) => t.id),
    })
  }

  for (const t of closing) {
    if (effectiveDate < t.startDate) {
      throw fail('EFFECTIVE_DATE_BEFORE_TENURE_START', '/effectiveDate', `effectiveDate ${effectiveDate} is before the current tenure began (${t.startDate})`, {
        tenureId: t.id,
        startDate: t.startDate,
      })
    }
  }
  if (single) {
    // History stays non-overlapping: the new holder cannot start inside a past holder's tenure.
    const clash = mine.find((t) => t.endDate !== null && effectiveDate < t.endDate)
    if (clash) {
      throw fail('TENURE_OVERLAP', '/effectiveDate', `effectiveDate ${effectiveDate} falls inside an earlier ${position} tenure (to ${clash.endDate})`, {
        tenureId: clash.id,
        endDate: clash.endDate,
      })
    }
  }
  return {
    close: closing.map((t) => ({ tenureId: t.id, endDate: effectiveDate })),
    open: { position, startDate: effectiveDate },
  }
}
