import type { Db, DbOrTx, Tx } from '../../db/client.ts'
import { asConflict } from '../../db/constraints.ts'
import { allocateAwards, assertAwardsWithinRules, checkHandProposal, quotaOf, type AwardType } from '../../domain/awards.ts'
import { conflict, DomainError, invalid, notFound } from '../../domain/errors.ts'
import { toNfc } from '../../domain/text.ts'
import { transitionAwardProposal, validateAwardDecision, type AwardProposalAction } from '../../domain/workflows.ts'
import type { Clock } from '../../lib/clock.ts'
import { uuidv7 } from '../../lib/ids.ts'
import { recordAudit, updateAtVersion, type Actor } from '../audit-events/service.ts'
import { loadClusterYear, lockClusterYears, markRankingInputsChanged } from '../cluster-years/service.ts'
import { findCommittee } from '../committees/service.ts'
import { finalRanking } from '../ranking/service.ts'
import { awardRepository, type ProposalRow } from './repository.ts'

export interface AwardTypeInput {
  organizerCommitteeId: string
  code: string
  nameVi: string
  nameEn?: string | null | undefined
  precedence: number
}

export interface Decision {
  decisionNumber?: string | null | undefined
  decisionDate?: string | null | undefined
  signer?: string | null | undefined
  signerTitle?: string | null | undefined
  reason?: string | null | undefined
  evidence?: string | null | undefined
}

/** The codes of an organiser's award types (a scheme's award rules name them). */
export async function awardTypeCodesOf(db: DbOrTx, organizerCommitteeId: string): Promise<string[]> {
  return (await awardRepository(db).typesOf(organizerCommitteeId)).map((t) => t.code)
}

/** An organiser's award types, as the award rules rank them (precedence 1 is the highest). */
export async function awardTypesOf(db: DbOrTx, organizerCommitteeId: string): Promise<AwardType[]> {
  return (await awardRepository(db).typesOf(organizerCommitteeId))
    .map((t) => ({ code: t.code, precedence: t.precedence, names: { vi: t.nameVi, en: t.nameEn ?? undefined } }))
    .sort((a, b) => a.precedence - b.precedence)
}

export const proposalNotFound = (id: string) => notFound('PROPOSAL_NOT_FOUND', `No award proposal ${id}`)

/** Award types per organiser and the award-proposal workflow (đề nghị khen thưởng). */
export function awardService(db: Db, clock: Clock) {
  async function bumpOrganizer(tx: Tx, organizerId: string) {
    for (const id of await awardRepository(tx).clusterYearIdsOf(organizerId)) await markRankingInputsChanged(tx, id)
  }

  return {
    async createType(actor: Actor, input: AwardTypeInput) {
      return db.transaction(async (tx) => {
        const organizer = await findCommittee(tx, input.organizerCommitteeId)
        if (!organizer || organizer.status !== 'active') {
          throw new DomainError('invalid', 'ORGANIZER_NOT_ACTIVE', 'Award types belong to an active organising committee', {
            errors: [{ pointer: '/organizerCommitteeId', code: 'ORGANIZER_NOT_ACTIVE', message: 'must name an active committee' }],
          })
        }
        const repo = awardRepository(tx)
        const existing = await repo.typesOf(input.organizerCommitteeId)
        if (existing.some((t) => t.code === input.code)) throw conflict('AWARD_TYPE_CODE_TAKEN', `${input.code} exists for this organiser`)
        if (existing.some((t) => t.precedence === input.precedence)) {
          throw conflict('PRECEDENCE_TAKEN', `Another award type of this organiser has precedence ${input.precedence}`)
        }
        const now = clock()
        const row = await repo
          .insertType({
            id: uuidv7(),
            organizerCommitteeId: input.organizerCommitteeId,
            code: input.code,
            nameVi: toNfc(input.nameVi),
            nameEn: input.nameEn ? toNfc(input.nameEn) : null,
            precedence: input.precedence,
            createdAt: now,
            updatedAt: now,
          })
          .catch(asConflict('award_types_organizer_code_uq', `${input.code} exists for this organiser`))
        await bumpOrganizer(tx, input.organizerCommitteeId)
        await recordAudit(tx, actor, { action: 'award_type.created', entityType: 'award_type', entityId: row.id, after: row })
        return row
      })
    },

    async updateType(
      actor: Actor,
      id: string,
      version: number,
      patch: { nameVi?: string | undefined; nameEn?: string | null | undefined; precedence?: number | undefined },
    ) {
      return db.transaction(async (tx) => {
        const repo = awardRepository(tx)
        const current = await repo.type(id)
        if (!current) throw notFound('AWARD_TYPE_NOT_FOUND', `No award type ${id}`)
        if (
          patch.precedence !== undefined &&
          (await repo.typesOf(current.organizerCommitteeId)).some((t) => t.id !== id && t.precedence === patch.precedence)
        ) {
          throw conflict('PRECEDENCE_TAKEN', `Another award type of this organiser has precedence ${patch.precedence}`)
        }
        const row = await updateAtVersion(tx, actor, {
          what: 'award type',
          action: 'award_type.updated',
          entityType: 'award_type',
          before: current,
          write: () =>
            repo.updateTypeAtVersion(id, version, {
              nameVi: patch.nameVi !== undefined ? toNfc(patch.nameVi) : current.nameVi,
              nameEn: patch.nameEn !== undefined ? (patch.nameEn ? toNfc(patch.nameEn) : null) : current.nameEn,
              precedence: patch.precedence ?? current.precedence,
              updatedAt: clock(),
            }),
          view: (t) => t,
        })
        await bumpOrganizer(tx, current.organizerCommitteeId)
        return row
      })
    },

    /** Drafts proposals from the final ranking under the scheme's award rules, each with its explanation. */
    async generate(actor: Actor, clusterId: string, year: number) {
      return db.transaction(async (tx) => {
        const { state } = await loadClusterYear(tx, clusterId, year, { lock: true })
        const final = await finalRanking(tx, state.id)
        if (!final) throw conflict('RANKING_NOT_FINAL', 'Proposals are drafted from the final ranking; finalise it first')
        const repo = awardRepository(tx)
        const existing = await repo.proposalsOf(state.id)
        if (existing.length > 0) {
          const byHand = existing.filter((p) => p.origin === 'hand').length
          throw conflict(
            'PROPOSALS_ALREADY_GENERATED',
            byHand === existing.length
              ? `This cluster-year already has ${byHand} proposal(s) entered by hand: generating comes first, then proposals are added by hand`
              : 'The proposals of this cluster-year were already drafted',
            { proposals: existing.length, byHand },
          )
        }
        const { ranking, scheme } = final
        const types = await awardTypesOf(tx, state.organizerCommitteeId)
        const result = allocateAwards({
          ranking: { members: ranking.members },
          awardRules: scheme.awardRules,
          awardTypes: types.map((t) => ({ code: t.code, precedence: t.precedence })),
          memberCount: ranking.members.length,
        })
        if (result.unresolvedTies.length > 0) {
          throw conflict('TIE_AT_AWARD_BOUNDARY', 'A tie crosses an award boundary; it must be settled by a recorded vote', { ties: result.unresolvedTies })
        }
        const now = clock()
        const rows = await repo.insertProposals(
          result.allocations.map((a) => ({
            id: uuidv7(),
            clusterYearId: state.id,
            clusterId,
            year,
            committeeId: a.committeeId,
            awardTypeCode: a.awardTypeCode,
            status: 'draft',
            explanation: a.explanation,
            createdAt: now,
            updatedAt: now,
          })),
        )
        await recordAudit(
          tx,
          actor,
          rows.map((r) => ({ action: 'award_proposal.drafted', entityType: 'award_proposal', entityId: r.id, after: r })),
        )
        return { proposals: rows, notAwarded: result.notAwarded }
      })
    },

    /**
     * A proposal the cluster enters by hand, outside the generated list, with its reason: under the
     * same quotas, one proposal per member and precedence along the final ranking (checkHandProposal).
     * 409 RANKING_NOT_FINAL, MEMBER_ALREADY_PROPOSED, QUOTA_EXCEEDED, PRECEDENCE_INVERTED, NOT_RANKED,
     * NOT_ELIGIBLE, BELOW_MIN_TOTAL, ABOVE_MAX_RANK, NO_AWARD_RULE; 422 REASON_REQUIRED, UNKNOWN_AWARD_TYPE.
     */
    async propose(actor: Actor, clusterId: string, year: number, input: { committeeId: string; awardTypeCode: string; reason: string }) {
      const reason = toNfc(input.reason).trim()
      if (reason === '') {
        throw invalid('REASON_REQUIRED', 'A proposal outside the generated list needs its reason', {
          errors: [{ pointer: '/reason', code: 'REASON_REQUIRED', message: 'say why this member is proposed' }],
        })
      }
      return db.transaction(async (tx) => {
        // Proposals of one cluster-year queue on its row, so each check sees the others.
        const { state } = await loadClusterYear(tx, clusterId, year, { lock: true })
        const final = await finalRanking(tx, state.id)
        if (!final) throw conflict('RANKING_NOT_FINAL', 'Proposals are made from the final ranking; finalise it first')
        const types = await awardTypesOf(tx, state.organizerCommitteeId)
        const type = types.find((t) => t.code === input.awardTypeCode)
        if (!type) {
          throw invalid('UNKNOWN_AWARD_TYPE', `${input.awardTypeCode} is not an award type of the organiser`, {
            errors: [{ pointer: '/awardTypeCode', code: 'UNKNOWN_AWARD_TYPE', message: 'not an award type of the organiser' }],
          })
        }
        const repo = awardRepository(tx)
        const { ranking, scheme } = final
        const existing = await repo.proposalsOf(state.id)
        const violations = checkHandProposal({
          proposal: { committeeId: input.committeeId, awardTypeCode: type.code },
          existing,
          awardRules: scheme.awardRules,
          awardTypes: types,
          memberCount: ranking.members.length,
          ranking: { members: ranking.members },
        })
        if (violations.length > 0) throw conflict(violations[0]!.code, violations[0]!.message, { violations })
        const member = ranking.members.find((m) => m.committeeId === input.committeeId)!
        const rule = scheme.awardRules.find((r) => r.awardTypeCode === type.code)!
        const quota = quotaOf(rule, ranking.members.length)
        const quotaUsed = existing.filter((p) => p.awardTypeCode === type.code && ['draft', 'submitted', 'approved'].includes(p.status)).length + 1
        const now = clock()
        // The cluster-year's lock serialises proposals: the one-per-member index cannot be raced here.
        const [row] = await repo.insertProposals([
          {
            id: uuidv7(),
            clusterYearId: state.id,
            clusterId,
            year,
            committeeId: input.committeeId,
            awardTypeCode: type.code,
            status: 'draft',
            origin: 'hand',
            reason,
            explanation: {
              rank: member.rank,
              total: member.total,
              rule,
              precedence: type.precedence,
              quota,
              quotaUsed,
              passedOver: [],
              text: `rank ${member.rank}, total ${member.total}: ${type.code} proposed by hand (${quotaUsed}${quota === null ? '' : ` of ${quota}`} used): ${reason}`,
            },
            createdAt: now,
            updatedAt: now,
          },
        ])
        await recordAudit(tx, actor, { action: 'award_proposal.proposed', entityType: 'award_proposal', entityId: row!.id, after: row })
        return row!
      })
    },

    /** Each step is a new event; a decision is never edited or blanked. */
    async act(actor: Actor, id: string, action: AwardProposalAction, decision: Decision): Promise<ProposalRow> {
      return db.transaction(async (tx) => {
        const repo = awardRepository(tx)
        const current = await repo.proposalForUpdate(id)
        if (!current) throw proposalNotFound(id)
        const status = transitionAwardProposal(current.status, action)
        if (action !== 'submit') validateAwardDecision(action, decision)
        if (action === 'reject' && !decision.reason?.trim()) {
          throw new DomainError('invalid', 'REJECTION_REASON_REQUIRED', 'A rejection needs its reason', {
            errors: [{ pointer: '/reason', code: 'REJECTION_REASON_REQUIRED', message: 'is required' }],
          })
        }
        if (action === 'approve') {
          // Quotas are checked again: approvals must never exceed what the rules allow. Approvals of
          // one cluster-year queue on its row so each check sees the others.
          await lockClusterYears(tx, [current.clusterYearId])
          const { ranking, scheme } = (await finalRanking(tx, current.clusterYearId))!
          const approved = (await repo.proposalsOf(current.clusterYearId)).filter((p) => p.status === 'approved' && p.id !== id)
          assertAwardsWithinRules({
            awards: [...approved, current].map((p) => ({ committeeId: p.committeeId, awardTypeCode: p.awardTypeCode })),
            awardRules: scheme.awardRules,
            memberCount: ranking.members.length,
            ranking: { members: ranking.members },
          })
        }
        const now = clock()
        const event = await repo.insertEvent({
          id: uuidv7(),
          proposalId: id,
          action,
          decisionNumber: decision.decisionNumber ?? null,
          decisionDate: decision.decisionDate ?? null,
          signer: decision.signer?.trim() || null,
          signerTitle: decision.signerTitle?.trim() || null,
          reason: decision.reason ?? null,
          evidence: decision.evidence ?? null,
          at: now,
          actorKeyId: actor.keyId,
        })
        const row = (await repo.setStatus(id, current.version, status, now))!
        await recordAudit(tx, actor, {
          action: `award_proposal.${action}`,
          entityType: 'award_proposal',
          entityId: id,
          before: { status: current.status },
          after: { status, event },
        })
        return row
      })
    },
  }
}
