import { and, asc, eq, getTableColumns, gt, isNull, type SQL } from 'drizzle-orm'
import type { DbOrTx } from '../../db/client.ts'
import { attachments, awardProposals, clusters, clusterYears, handovers, objections, pacts, rankingSnapshots, submissions } from '../../db/schema.ts'
import type { AttachmentKind } from '../../domain/documents.ts'

export type AttachmentRow = typeof attachments.$inferSelect
/** An attachment without its bytes. */
export type AttachmentMeta = Omit<AttachmentRow, 'content'>

/** What an attachment's owner is, for the rules about who may attach to it and when. */
export interface OwnerFacts {
  clusterYearId: string
  organizerId: string
  /** The head (Cụm trưởng) of the owner's cluster-year. */
  headId: string | null
  /** The submission's committee. */
  committeeId: string | null
  /** The handover's outgoing head. */
  outgoingHeadId: string | null
  /** Whether what the kind is about exists yet: the pact signed, the ranking final, the award decided. */
  ready: boolean
}

const { content: _content, ...metaColumns } = getTableColumns(attachments)

export function attachmentRepository(db: DbOrTx) {
  const cyFacts = { clusterYearId: clusterYears.id, organizerId: clusters.organizerCommitteeId, headId: clusterYears.headId }
  return {
    async owner(kind: AttachmentKind, ownerId: string): Promise<OwnerFacts | undefined> {
      switch (kind) {
        case 'pact':
        case 'ranking': {
          const done = kind === 'pact' ? pacts.clusterYearId : rankingSnapshots.clusterYearId
          const table = kind === 'pact' ? pacts : rankingSnapshots
          const [row] = await db
            .select({ ...cyFacts, done })
            .from(clusterYears)
            .innerJoin(clusters, eq(clusters.id, clusterYears.clusterId))
            .leftJoin(table, eq(done, clusterYears.id))
            .where(eq(clusterYears.id, ownerId))
          return row && { ...row, committeeId: null, outgoingHeadId: null, ready: row.done !== null }
        }
        case 'submission': {
          const [row] = await db
            .select({ ...cyFacts, committeeId: submissions.committeeId })
            .from(submissions)
            .innerJoin(clusterYears, eq(clusterYears.id, submissions.clusterYearId))
            .innerJoin(clusters, eq(clusters.id, clusterYears.clusterId))
            .where(eq(submissions.id, ownerId))
          return row && { ...row, outgoingHeadId: null, ready: true }
        }
        case 'handover': {
          // The handover belongs to the year it closes (fromYear).
          const [row] = await db
            .select({ ...cyFacts, outgoingHeadId: handovers.outgoingHeadId })
            .from(handovers)
            .innerJoin(clusterYears, and(eq(clusterYears.clusterId, handovers.clusterId), eq(clusterYears.year, handovers.fromYear)))
            .innerJoin(clusters, eq(clusters.id, clusterYears.clusterId))
            .where(eq(handovers.id, ownerId))
          return row && { ...row, committeeId: null, ready: true }
        }
        case 'award_proposal':
        case 'award_decision': {
          const [row] = await db
            .select({ ...cyFacts, status: awardProposals.status })
            .from(awardProposals)
            .innerJoin(clusterYears, eq(clusterYears.id, awardProposals.clusterYearId))
            .innerJoin(clusters, eq(clusters.id, clusterYears.clusterId))
            .where(eq(awardProposals.id, ownerId))
          if (!row) return undefined
          const { status, ...facts } = row
          return { ...facts, committeeId: null, outgoingHeadId: null, ready: kind === 'award_proposal' || ['approved', 'rejected', 'revoked'].includes(status) }
        }
        case 'objection': {
          // committeeId: the member that filed it.
          const [row] = await db
            .select({ ...cyFacts, committeeId: objections.committeeId })
            .from(objections)
            .innerJoin(clusterYears, eq(clusterYears.id, objections.clusterYearId))
            .innerJoin(clusters, eq(clusters.id, clusterYears.clusterId))
            .where(eq(objections.id, ownerId))
          return row && { ...row, outgoingHeadId: null, ready: true }
        }
      }
    },

    async meta(id: string): Promise<AttachmentMeta | undefined> {
      const [row] = await db.select(metaColumns).from(attachments).where(eq(attachments.id, id))
      return row
    },
    /** The row, locked until commit (a supersede decides on its superseded_by). */
    async metaForUpdate(id: string): Promise<AttachmentMeta | undefined> {
      const [row] = await db.select(metaColumns).from(attachments).where(eq(attachments.id, id)).for('update')
      return row
    },
    async content(id: string): Promise<Pick<AttachmentRow, 'content' | 'sha256' | 'contentType' | 'fileName' | 'size'> | undefined> {
      const [row] = await db
        .select({
          content: attachments.content,
          sha256: attachments.sha256,
          contentType: attachments.contentType,
          fileName: attachments.fileName,
          size: attachments.size,
        })
        .from(attachments)
        .where(eq(attachments.id, id))
      return row
    },
    async list(f: {
      kind?: AttachmentKind | undefined
      ownerId?: string | undefined
      clusterYearId?: string | undefined
      afterId?: string | undefined
      limit: number
    }): Promise<AttachmentMeta[]> {
      const where: SQL[] = []
      if (f.clusterYearId) where.push(eq(attachments.clusterYearId, f.clusterYearId))
      if (f.kind) where.push(eq(attachments.kind, f.kind))
      if (f.ownerId) where.push(eq(attachments.ownerId, f.ownerId))
      if (f.afterId) where.push(gt(attachments.id, f.afterId))
      return db
        .select(metaColumns)
        .from(attachments)
        .where(and(...where))
        .orderBy(asc(attachments.id))
        .limit(f.limit + 1)
    },
    async insert(row: typeof attachments.$inferInsert): Promise<AttachmentMeta> {
      const [created] = await db.insert(attachments).values(row).returning(metaColumns)
      return created!
    },
    /** Sets the one link an attachment ever changes (the trigger holds it to this). */
    async markSuperseded(id: string, by: string): Promise<AttachmentMeta | undefined> {
      const [row] = await db
        .update(attachments)
        .set({ supersededBy: by })
        .where(and(eq(attachments.id, id), isNull(attachments.supersededBy)))
        .returning(metaColumns)
      return row
    },
  }
}
