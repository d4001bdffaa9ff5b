import type { Clock } from '../../lib/clock.ts'
import type { Db } from '../../db/client.ts'
import { planOfficerHandover, type OfficerPosition } from '../../domain/officers.ts'
import { conflict } from '../../domain/errors.ts'
import { toNfc } from '../../domain/text.ts'
import { uuidv7 } from '../../lib/ids.ts'
import { recordAudit, type Actor, type AuditInput } from '../audit-events/service.ts'
import { committeeNotFound, lockCommittee } from '../committees/service.ts'
import { officerRepository, type TenureRow } from './repository.ts'

export interface OfficerHandoverInput {
  position: OfficerPosition
  incoming: { personName: string; title?: string | null | undefined }
  effectiveDate: string
  termLabel?: string | null | undefined
  reason?: string | null | undefined
  outgoingTenureId?: string | null | undefined
  additional?: boolean | undefined
}

/**
 * One-step officer handover: the outgoing tenure closes and the incoming one opens in the same
 * transaction. The committee row is locked so two handovers of one committee queue.
 */
export function officerService(db: Db, clock: Clock) {
  return {
    async handover(actor: Actor, committeeId: string, input: OfficerHandoverInput): Promise<{ opened: TenureRow; closed: TenureRow[] }> {
      return db.transaction(async (tx) => {
        const committee = await lockCommittee(tx, committeeId)
        if (!committee) throw committeeNotFound(committeeId)
        if (committee.status !== 'active') throw conflict('COMMITTEE_NOT_ACTIVE', `The committee is ${committee.status}; its officers are history`)
        const repo = officerRepository(tx)
        const current = await repo.list(committeeId, { position: input.position })
        const plan = planOfficerHandover({
          position: input.position,
          current: current.map((t) => ({ id: t.id, position: t.position, startDate: t.startDate, endDate: t.endDate })),
          effectiveDate: input.effectiveDate,
          outgoingTenureId: input.outgoingTenureId ?? null,
          additional: input.additional ?? false,
        })
        const closed = await repo.close(
          plan.close.map((c) => c.tenureId),
          input.effectiveDate,
        )
        const opened = await repo.insert({
          id: uuidv7(),
          committeeId,
          position: input.position,
          personName: toNfc(input.incoming.personName),
          title: input.incoming.title ? toNfc(input.incoming.title) : null,
          termLabel: input.termLabel ?? null,
          startDate: plan.open.startDate,
          reason: input.reason ?? null,
          createdAt: clock(),
        })
        const events: AuditInput[] = closed.map((t) => ({
          action: 'officer_tenure.closed',
          entityType: 'officer_tenure',
          entityId: t.id,
          before: { ...t, endDate: null },
          after: t,
        }))
        events.push({ action: 'officer_tenure.opened', entityType: 'officer_tenure', entityId: opened.id, after: opened })
        await recordAudit(tx, actor, events)
        return { opened, closed }
      })
    },
  }
}
