import type { ClusterYearState } from './cluster-year.ts'
import { parseDecimal } from './decimal.ts'
import { invalid, type FieldError } from './errors.ts'
import { criteriaNeedingTargets, type Scheme } from './scheme.ts'

/** A target (chỉ tiêu) of one member for one criterion, canonical decimal. */
export interface Target {
  committeeId: string
  criterionCode: string
  value: string
}

/** Sorted, canonical targets: the form that is digested when the pact is signed. */
export const canonicalTargets = (rows: readonly Target[]): Target[] =>
  rows
    .map((r) => ({ committeeId: r.committeeId, criterionCode: r.criterionCode, value: r.value }))
    .sort((a, b) => (a.committeeId + a.criterionCode < b.committeeId + b.criterionCode ? -1 : 1))

/** Every member/criterion pair that needs a target and has none, in member then criterion order. */
export function missingTargets(members: readonly string[], scheme: Scheme, targets: readonly Pick<Target, 'committeeId' | 'criterionCode'>[]) {
  const have = new Set(targets.map((t) => `${t.committeeId}|${t.criterionCode}`))
  const missing: { committeeId: string; criterionCode: string }[] = []
  for (const committeeId of [...members].sort()) {
    for (const c of criteriaNeedingTargets(scheme)) {
      if (!have.has(`${committeeId}|${c.code}`)) missing.push({ committeeId, criterionCode: c.code })
    }
  }
  return missing
}

/**
 * Checks a whole set of targets against the members and the scheme: each pair once, a member, a
 * criterion that takes a target (target_ratio, threshold), a decimal ≥ 0. Returns them canonical,
 * or throws 422 with every problem and its pointer.
 */
export function validateTargets(
  state: Pick<ClusterYearState, 'members'>,
  scheme: Scheme,
  input: readonly { committeeId: string; criterionCode: string; value: unknown }[],
): Target[] {
  const members = new Set(state.members)
  const needing = new Set(criteriaNeedingTargets(scheme).map((c) => c.code))
  const allCodes = new Set(scheme.criteria.map((c) => c.code))
  const errors: FieldError[] = []
  const seen = new Set<string>()
  const rows: Target[] = []
  input.forEach((t, i) => {
    const p = `/targets/${i}`
    const key = `${t.committeeId}|${t.criterionCode}`
    if (seen.has(key)) return void errors.push({ pointer: p, code: 'DUPLICATE_TARGET', message: 'this member and criterion appear twice' })
    seen.add(key)
    if (!members.has(t.committeeId)) errors.push({ pointer: `${p}/committeeId`, code: 'TARGET_NOT_MEMBER', message: 'is not a member of the cluster-year' })
    if (!allCodes.has(t.criterionCode)) errors.push({ pointer: `${p}/criterionCode`, code: 'UNKNOWN_CRITERION', message: 'is not a criterion of the scheme' })
    else if (!needing.has(t.criterionCode)) {
      errors.push({
        pointer: `${p}/criterionCode`,
        code: 'TARGET_NOT_APPLICABLE',
        message: 'this criterion takes no target (only target_ratio and threshold do)',
      })
    }
    const d = parseDecimal(t.value)
    if (d === null || d.isNegative()) errors.push({ pointer: `${p}/value`, code: 'INVALID_TARGET', message: 'must be a decimal ≥ 0' })
    else rows.push({ committeeId: t.committeeId, criterionCode: t.criterionCode, value: d.toFixed() })
  })
  if (errors.length > 0) throw invalid(errors[0]!.code, `The targets are invalid: ${errors.length} problem(s)`, { errors })
  return rows
}

/** The targets a new scheme keeps: those of criteria that still take one. */
export function targetsKeptBy(scheme: Scheme, targets: readonly Target[]): { kept: Target[]; pruned: Target[] } {
  const keep = new Set(criteriaNeedingTargets(scheme).map((c) => c.code))
  return { kept: targets.filter((t) => keep.has(t.criterionCode)), pruned: targets.filter((t) => !keep.has(t.criterionCode)) }
}

/**
 * Ký kết giao ước thi đua: every member signs, once, and every target is set. Throws 422
 * SIGNATORY_* with pointers, or TARGETS_INCOMPLETE with the missing pairs.
 */
export function validatePact(
  state: Pick<ClusterYearState, 'members'>,
  scheme: Scheme,
  targets: readonly Pick<Target, 'committeeId' | 'criterionCode'>[],
  signatories: readonly { committeeId: string }[],
): void {
  const memberSet = new Set(state.members)
  const errors: FieldError[] = []
  const signed = new Set<string>()
  signatories.forEach((s, i) => {
    if (!memberSet.has(s.committeeId)) errors.push({ pointer: `/signatories/${i}/committeeId`, code: 'SIGNATORY_NOT_MEMBER', message: 'is not a member' })
    else if (signed.has(s.committeeId)) errors.push({ pointer: `/signatories/${i}/committeeId`, code: 'DUPLICATE_SIGNATORY', message: 'signs twice' })
    signed.add(s.committeeId)
  })
  for (const m of state.members) {
    if (!signed.has(m)) errors.push({ pointer: '/signatories', code: 'SIGNATORY_MISSING', message: `member ${m} has not signed` })
  }
  if (errors.length > 0) throw invalid(errors[0]!.code, 'Every member signs the pact, once', { errors })
  const missing = missingTargets(state.members, scheme, targets)
  if (missing.length > 0) throw invalid('TARGETS_INCOMPLETE', `${missing.length} member/criterion pair(s) have no target`, { details: { missing } })
}
