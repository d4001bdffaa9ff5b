import type { Db, Tx } from '../../db/client.ts'
import { digestOf } from '../../domain/canonical.ts'
import { assertPeriodClosable, assertPeriodSettable, assertPlanEditable, assertStatus, periodSetEvent, requireScheme } from '../../domain/cluster-year.ts'
import { conflict } from '../../domain/errors.ts'
import { canonicalTargets, missingTargets, targetsKeptBy, validatePact, validateTargets } from '../../domain/planning.ts'
import { validateScheme } from '../../domain/scheme.ts'
import { toNfc } from '../../domain/text.ts'
import type { Period } from '../../domain/workflows.ts'
import type { Clock } from '../../lib/clock.ts'
import { assertVersion } from '../../lib/etag.ts'
import { recordAudit, type Actor, type AuditInput } from '../audit-events/service.ts'
import { awardTypeCodesOf } from '../awards/service.ts'
import { advanceClusterYear, loadClusterYearById, loadClusterYear, markRankingInputsChanged, type ClusterYear } from '../cluster-years/service.ts'
import { indicatorCodes } from '../indicators/service.ts'
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

/** Scheme, targets, the pact and the reporting periods of a cluster-year. */
export function planningService(db: Db, clock: Clock) {
  const lockYear = (tx: Tx, clusterId: string, year: number) => loadClusterYear(tx, clusterId, year, { lock: true, targets: true })

  return {
    async putScheme(actor: Actor, clusterId: string, year: number, input: unknown, expectedVersion: number | null): Promise<SchemeRow> {
      return db.transaction(async (tx) => {
        const cy = await lockYear(tx, clusterId, year)
        assertPlanEditable(cy.state)
        const repo = planningRepository(tx)
        const current = await repo.scheme(cy.state.id)
        assertVersion(current, expectedVersion, 'scheme')
        // Award rules name the organiser's award types.
        const scheme = validateScheme(input, {
          indicatorCodes: await indicatorCodes(tx),
          awardTypeCodes: await awardTypeCodesOf(tx, cy.state.organizerCommitteeId),
        })
        const saved = await repo.saveScheme(cy.state.id, scheme, current?.version ?? null, clock())
        await markRankingInputsChanged(tx, cy.state.id)
        // Targets of criteria that no longer take one would only confuse the pact.
        const { kept, pruned } = targetsKeptBy(scheme, cy.targets!)
        if (pruned.length > 0) await repo.replaceTargets(cy.state.id, kept)
        await recordAudit(tx, actor, [
          {
            action: current ? 'scheme.updated' : 'scheme.created',
            entityType: 'cluster_year',
            entityId: cy.state.id,
            before: current?.scheme ?? null,
            after: scheme,
          },
          ...(pruned.length > 0
            ? [{ action: 'targets.pruned', entityType: 'cluster_year', entityId: cy.state.id, before: canonicalTargets(pruned), after: null }]
            : []),
        ])
        return saved
      })
    },

    async putTargets(actor: Actor, clusterId: string, year: number, input: TargetInput[], expectedEtag: (current: string) => void) {
      return db.transaction(async (tx) => {
        const cy = await lockYear(tx, clusterId, year)
        assertPlanEditable(cy.state)
        const scheme = requireScheme(cy.state, 'Set the scheme before the targets')
        const repo = planningRepository(tx)
        const before = cy.targets!
        expectedEtag(digestOf(canonicalTargets(before)))
        const rows = validateTargets(cy.state, scheme, input)
        await repo.replaceTargets(cy.state.id, rows)
        await markRankingInputsChanged(tx, cy.state.id)
        await recordAudit(tx, actor, {
          action: 'targets.replaced',
          entityType: 'cluster_year',
          entityId: cy.state.id,
          before: canonicalTargets(before),
          after: canonicalTargets(rows),
        })
        return { targets: canonicalTargets(rows), missing: missingTargets(cy.state.members, scheme, rows) }
      })
    },

    async targetsView(clusterYearId: string) {
      return db.transaction(async (tx) => {
        const cy = await loadClusterYearById(tx, clusterYearId, { lock: false, targets: true })
        const targets = canonicalTargets(cy.targets!)
        const missing = cy.state.scheme ? missingTargets(cy.state.members, cy.state.scheme, targets) : []
        return { targets, missing, etag: digestOf(targets) }
      })
    },

    /** Ký kết giao ước thi đua: every member signs; scheme and targets freeze. */
    async signPact(actor: Actor, clusterId: string, year: number, input: PactInput) {
      return db.transaction(async (tx) => {
        const cy = await lockYear(tx, clusterId, year)
        const repo = planningRepository(tx)
        if (await repo.pact(cy.state.id)) throw conflict('PACT_ALREADY_SIGNED', 'The pact of this cluster-year is already signed')
        assertStatus(cy.state.status, ['planning'], 'CLUSTER_YEAR_NOT_PLANNING')
        const scheme = requireScheme(cy.state, 'Set the scheme before signing the pact')
        const targets = canonicalTargets(cy.targets!)
        validatePact(cy.state, scheme, targets, input.signatories)
        const now = clock()
        const pact = await repo.insertPact({
          clusterYearId: cy.state.id,
          signedAt: new Date(input.signedAt),
          venue: toNfc(input.venue),
          signatories: input.signatories.map((s) => ({ committeeId: s.committeeId, signerName: toNfc(s.signerName), title: toNfc(s.title) })),
          digest: digestOf({ scheme, targets }),
          recordedBy: actor.keyId,
          createdAt: now,
        })
        const events: AuditInput[] = [{ action: 'pact.signed', entityType: 'cluster_year', entityId: cy.state.id, after: pact }]
        await advanceClusterYear(tx, actor, cy, 'sign_pact', now, events)
        await recordAudit(tx, actor, events)
        return pact
      })
    },

    /** Sets a period's input window; the first window opened moves the year to `reporting`. */
    async putPeriod(
      actor: Actor,
      clusterId: string,
      year: number,
      period: Period,
      input: { opensAt: string; closesAt: string },
      expectedVersion: number | null,
    ): Promise<PeriodRow> {
      return db.transaction(async (tx) => {
        const cy = await lockYear(tx, clusterId, year)
        const window = { opensAt: new Date(input.opensAt), closesAt: new Date(input.closesAt) }
        assertPeriodSettable(cy.state, period, window, cy.state.periods[period])
        const current = periodRowOf(cy, period)
        assertVersion(current, expectedVersion, 'period')
        const repo = planningRepository(tx)
        const row = await repo.upsertPeriod({ clusterYearId: cy.state.id, period, ...window }, current?.version ?? null, clock())
        await markRankingInputsChanged(tx, cy.state.id)
        const events: AuditInput[] = [
          { action: current ? 'period.updated' : 'period.opened', entityType: 'cluster_year', entityId: cy.state.id, before: current ?? null, after: row },
        ]
        const event = periodSetEvent(cy.state, period)
        if (event) await advanceClusterYear(tx, actor, cy, event, clock(), events)
        await recordAudit(tx, actor, events)
        return row
      })
    },

    /** Closes a period early; closing FY ends reporting and the year moves to `scoring`. */
    async closePeriod(actor: Actor, clusterId: string, year: number, period: Period): Promise<PeriodRow> {
      return db.transaction(async (tx) => {
        const cy = await lockYear(tx, clusterId, year)
        const event = assertPeriodClosable(cy.state, period)
        const current = periodRowOf(cy, period)!
        const now = clock()
        const row = (await planningRepository(tx).closePeriod(cy.state.id, period, current.version, now))!
        await markRankingInputsChanged(tx, cy.state.id)
        const events: AuditInput[] = [{ action: 'period.closed', entityType: 'cluster_year', entityId: cy.state.id, before: current, after: row }]
        if (event) await advanceClusterYear(tx, actor, cy, event, now, events)
        await recordAudit(tx, actor, events)
        return row
      })
    },
  }
}

const periodRowOf = (cy: ClusterYear, period: Period): PeriodRow | undefined => cy.periodRows.find((p) => p.period === period)
