import type { Db, Tx } from '../../db/client.ts'
import { digestOf } from '../../domain/canonical.ts'
import { assertStatus, type ClusterYearStatus } from '../../domain/cluster-year.ts'
import { parseDecimal } from '../../domain/decimal.ts'
import { conflict, DomainError, invalid, type FieldError } from '../../domain/errors.ts'
import { criteriaNeedingTargets, validateScheme, type Scheme } from '../../domain/scheme.ts'
import { toNfc } from '../../domain/text.ts'
import type { Period } from '../../domain/workflows.ts'
import { assertVersion } from '../../lib/etag.ts'
import { recordAudit, type Actor } from '../audit-events/chain.ts'
import { clusterRepository, type ClusterYearRow } from '../clusters/repository.ts'
import { clusterService, clusterYearNotFound } from '../clusters/service.ts'
import { awardRepository } from '../awards/repository.ts'
import { indicatorRepository } from '../indicators/repository.ts'
import { planningRepository, type PeriodRow, type SchemeRow } from './repository.ts'

export interface TargetInput {
  committeeId: string
  criterionCode: string
  value: string | number
}

export interface PactInput {
  signedAt: string
  venue: string
  signatories: { committeeId: string; signerName: string; title: string }[]
}

const frozen = (status: string) =>
  conflict('SCHEME_FROZEN', `The pact has been signed (status ${status}); scheme and targets are frozen`, { status })

/** Sorted, canonical targets: the form that is digested when the pact is signed. */
const canonicalTargets = (rows: { committeeId: string; criterionCode: string; value: string }[]) =>
  [...rows]
    .map((r) => ({ committeeId: r.committeeId, criterionCode: r.criterionCode, value: r.value }))
    .sort((a, b) => (a.committeeId + a.criterionCode < b.committeeId + b.criterionCode ? -1 : 1))

/** Scheme, targets, the pact and the reporting periods of a cluster-year. */
export function planningService(db: Db) {
  async function lockYear(tx: Tx, clusterId: string, year: number): Promise<ClusterYearRow> {
    const row = await clusterRepository(tx).findYearForUpdate(clusterId, year)
    if (!row) throw clusterYearNotFound(clusterId, year)
    return row
  }

  async function missingTargets(tx: Tx, cy: ClusterYearRow, scheme: Scheme) {
    const members = await clusterRepository(tx).memberIds(cy.id)
    const have = new Set((await planningRepository(tx).targets(cy.id)).map((t) => `${t.committeeId}|${t.criterionCode}`))
    const missing: { committeeId: string; criterionCode: string }[] = []
    for (const committeeId of [...members].sort()) {
      for (const c of criteriaNeedingTargets(scheme)) {
        if (!have.has(`${committeeId}|${c.code}`)) missing.push({ committeeId, criterionCode: c.code })
      }
    }
    return missing
  }

  return {
    async putScheme(actor: Actor, clusterId: string, year: number, input: unknown, expectedVersion: number | null): Promise<SchemeRow> {
      return db.transaction(async (tx) => {
        const cy = await lockYear(tx, clusterId, year)
        if (cy.status !== 'planning') throw frozen(cy.status)
        const repo = planningRepository(tx)
        const current = await repo.scheme(cy.id)
        assertVersion(current, expectedVersion, 'scheme')
        // Award rules name the organiser's award types.
        const cluster = (await clusterRepository(tx).findById(clusterId))!
        const scheme = validateScheme(input, {
          indicatorCodes: await indicatorRepository(tx).allCodes(),
          awardTypeCodes: (await awardRepository(tx).typesOf(cluster.organizerCommitteeId)).map((t) => t.code),
        })
        const saved = await repo.saveScheme(cy.id, scheme, current?.version ?? null)
        await clusterRepository(tx).bumpInputs(cy.id)
        // Targets of criteria that no longer take one would only confuse the pact.
        const keep = new Set(criteriaNeedingTargets(scheme).map((c) => c.code))
        const targets = await repo.targets(cy.id)
        const pruned = targets.filter((t) => !keep.has(t.criterionCode))
        if (pruned.length > 0) await repo.replaceTargets(cy.id, targets.filter((t) => keep.has(t.criterionCode)))
        await recordAudit(tx, actor, [
          { action: current ? 'scheme.updated' : 'scheme.created', entityType: 'cluster_year', entityId: cy.id, before: current?.scheme ?? null, after: scheme },
          ...(pruned.length > 0 ? [{ action: 'targets.pruned', entityType: 'cluster_year', entityId: cy.id, before: canonicalTargets(pruned), after: null }] : []),
        ])
        return saved
      })
    },

    async putTargets(actor: Actor, clusterId: string, year: number, input: TargetInput[], expectedEtag: (current: string) => void) {
      return db.transaction(async (tx) => {
        const cy = await lockYear(tx, clusterId, year)
        if (cy.status !== 'planning') throw frozen(cy.status)
        const repo = planningRepository(tx)
        const scheme = await repo.scheme(cy.id)
        if (!scheme) throw conflict('SCHEME_REQUIRED', 'Set the scheme before the targets')
        const before = await repo.targets(cy.id)
        expectedEtag(digestOf(canonicalTargets(before)))
        const members = new Set(await clusterRepository(tx).memberIds(cy.id))
        const needing = new Map(criteriaNeedingTargets(scheme.scheme).map((c) => [c.code, c]))
        const allCodes = new Set(scheme.scheme.criteria.map((c) => c.code))
        const errors: FieldError[] = []
        const seen = new Set<string>()
        const rows: { committeeId: string; criterionCode: string; value: string }[] = []
        input.forEach((t, i) => {
          const p = `/targets/${i}`
          const key = `${t.committeeId}|${t.criterionCode}`
          if (seen.has(key)) return void errors.push({ pointer: p, code: 'DUPLICATE_TARGET', message: 'this member and criterion appear twice' })
          seen.add(key)
          if (!members.has(t.committeeId)) errors.push({ pointer: `${p}/committeeId`, code: 'TARGET_NOT_MEMBER', message: 'is not a member of the cluster-year' })
          if (!allCodes.has(t.criterionCode)) errors.push({ pointer: `${p}/criterionCode`, code: 'UNKNOWN_CRITERION', message: 'is not a criterion of the scheme' })
          else if (!needing.has(t.criterionCode)) {
            errors.push({ pointer: `${p}/criterionCode`, code: 'TARGET_NOT_APPLICABLE', message: 'this criterion takes no target (only target_ratio and threshold do)' })
          }
          const d = parseDecimal(t.value)
          if (d === null || d.isNegative()) errors.push({ pointer: `${p}/value`, code: 'INVALID_TARGET', message: 'must be a decimal ≥ 0' })
          else rows.push({ committeeId: t.committeeId, criterionCode: t.criterionCode, value: d.toFixed() })
        })
        if (errors.length > 0) throw invalid(errors[0]!.code, `The targets are invalid: ${errors.length} problem(s)`, { errors })
        await repo.replaceTargets(cy.id, rows)
        await clusterRepository(tx).bumpInputs(cy.id)
        await recordAudit(tx, actor, {
          action: 'targets.replaced',
          entityType: 'cluster_year',
          entityId: cy.id,
          before: canonicalTargets(before),
          after: canonicalTargets(rows),
        })
        return { targets: canonicalTargets(rows), missing: await missingTargets(tx, cy, scheme.scheme) }
      })
    },

    async targetsView(clusterYearId: string) {
      return db.transaction(async (tx) => {
        const repo = planningRepository(tx)
        const targets = canonicalTargets(await repo.targets(clusterYearId))
        const scheme = await repo.scheme(clusterYearId)
        const row = await clusterRepository(tx).findYearById(clusterYearId)
        const missing = scheme && row ? await missingTargets(tx, row, scheme.scheme) : []
        return { targets, missing, etag: digestOf(targets) }
      })
    },

    /** Ký kết giao ước thi đua: every member signs; scheme and targets freeze. */
    async signPact(actor: Actor, clusterId: string, year: number, input: PactInput) {
      return db.transaction(async (tx) => {
        const cy = await lockYear(tx, clusterId, year)
        const repo = planningRepository(tx)
        if (await repo.pact(cy.id)) throw conflict('PACT_ALREADY_SIGNED', 'The pact of this cluster-year is already signed')
        assertStatus(cy.status as ClusterYearStatus, ['planning'], 'CLUSTER_YEAR_NOT_PLANNING')
        const scheme = await repo.scheme(cy.id)
        if (!scheme) throw conflict('SCHEME_REQUIRED', 'Set the scheme before signing the pact')
        const members = await clusterRepository(tx).memberIds(cy.id)
        const memberSet = new Set(members)
        const errors: FieldError[] = []
        const signed = new Set<string>()
        input.signatories.forEach((s, i) => {
          if (!memberSet.has(s.committeeId)) errors.push({ pointer: `/signatories/${i}/committeeId`, code: 'SIGNATORY_NOT_MEMBER', message: 'is not a member' })
          else if (signed.has(s.committeeId)) errors.push({ pointer: `/signatories/${i}/committeeId`, code: 'DUPLICATE_SIGNATORY', message: 'signs twice' })
          signed.add(s.committeeId)
        })
        for (const m of members) {
          if (!signed.has(m)) errors.push({ pointer: '/signatories', code: 'SIGNATORY_MISSING', message: `member ${m} has not signed` })
        }
        if (errors.length > 0) throw invalid(errors[0]!.code, 'Every member signs the pact, once', { errors })
        const missing = await missingTargets(tx, cy, scheme.scheme)
        if (missing.length > 0) {
          throw invalid('TARGETS_INCOMPLETE', `${missing.length} member/criterion pair(s) have no target`, { details: { missing } })
        }
        const targets = canonicalTargets(await repo.targets(cy.id))
        const pact = await repo.insertPact({
          clusterYearId: cy.id,
          signedAt: new Date(input.signedAt),
          venue: toNfc(input.venue),
          signatories: input.signatories.map((s) => ({ committeeId: s.committeeId, signerName: toNfc(s.signerName), title: toNfc(s.title) })),
          digest: digestOf({ scheme: scheme.scheme, targets }),
          recordedBy: actor.keyId,
          createdAt: new Date(),
        })
        await recordAudit(tx, actor, { action: 'pact.signed', entityType: 'cluster_year', entityId: cy.id, after: pact })
        await clusterService(db).advance(actor, clusterId, year, 'sign_pact', tx)
        return pact
      })
    },

    /** Sets a period's input window; the first window opened moves the year to `reporting`. */
    async putPeriod(actor: Actor, clusterId: string, year: number, period: Period, input: { opensAt: string; closesAt: string }, expectedVersion: number | null): Promise<PeriodRow> {
      return db.transaction(async (tx) => {
        const cy = await lockYear(tx, clusterId, year)
        if (cy.status === 'planning') throw conflict('PACT_NOT_SIGNED', 'Reporting periods open after the pact is signed')
        assertStatus(cy.status as ClusterYearStatus, ['pact_signed', 'reporting', 'scoring'], 'CLUSTER_YEAR_NOT_REPORTING')
        // Reporting starts with the six-month window (sơ kết); the full-year one follows.
        if (period === 'FY' && cy.status === 'pact_signed') throw conflict('H1_NOT_OPEN', 'Open the H1 window first: opening it starts reporting')
        const opensAt = new Date(input.opensAt)
        const closesAt = new Date(input.closesAt)
        if (closesAt <= opensAt) {
          throw invalid('INVALID_WINDOW', 'closesAt must be after opensAt', {
            errors: [{ pointer: '/closesAt', code: 'INVALID_WINDOW', message: 'must be after opensAt' }],
          })
        }
        const repo = planningRepository(tx)
        const current = await repo.period(cy.id, period)
        if (current?.closedAt) throw conflict('PERIOD_CLOSED', `${period} was closed on ${current.closedAt.toISOString()}`)
        assertVersion(current, expectedVersion, 'period')
        const row = await repo.upsertPeriod({ clusterYearId: cy.id, period, opensAt, closesAt }, current?.version ?? null)
        await clusterRepository(tx).bumpInputs(cy.id)
        await recordAudit(tx, actor, {
          action: current ? 'period.updated' : 'period.opened',
          entityType: 'cluster_year',
          entityId: cy.id,
          before: current ?? null,
          after: row,
        })
        if (period === 'H1' && cy.status === 'pact_signed') await clusterService(db).advance(actor, clusterId, year, 'open_reporting', tx)
        return row
      })
    },

    /** Closes a period early; closing FY ends reporting and the year moves to `scoring`. */
    async closePeriod(actor: Actor, clusterId: string, year: number, period: Period): Promise<PeriodRow> {
      return db.transaction(async (tx) => {
        const cy = await lockYear(tx, clusterId, year)
        const repo = planningRepository(tx)
        const current = await repo.period(cy.id, period)
        if (!current) throw conflict('PERIOD_NOT_SET', `${period} has no input window yet`)
        if (current.closedAt) throw conflict('PERIOD_ALREADY_CLOSED', `${period} was closed on ${current.closedAt.toISOString()}`)
        assertStatus(cy.status as ClusterYearStatus, ['pact_signed', 'reporting', 'scoring'], 'CLUSTER_YEAR_NOT_REPORTING')
        const row = (await repo.closePeriod(cy.id, period, current.version, new Date()))!
        await clusterRepository(tx).bumpInputs(cy.id)
        await recordAudit(tx, actor, { action: 'period.closed', entityType: 'cluster_year', entityId: cy.id, before: current, after: row })
        if (period === 'FY' && cy.status === 'reporting') await clusterService(db).advance(actor, clusterId, year, 'start_scoring', tx)
        return row
      })
    },
  }
}
