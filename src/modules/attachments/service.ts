import { createHash } from 'node:crypto'
import type { Db, DbOrTx } from '../../db/client.ts'
import { asConflict } from '../../db/constraints.ts'
import { requireDocument, type AttachmentKind } from '../../domain/documents.ts'
import { conflict, DomainError, notFound } from '../../domain/errors.ts'
import type { Role } from '../../domain/roles.ts'
import type { Clock } from '../../lib/clock.ts'
import { uuidv7 } from '../../lib/ids.ts'
import { recordAudit, type Actor } from '../audit-events/service.ts'
import { attachmentRepository, type AttachmentMeta, type OwnerFacts } from './repository.ts'

export type { AttachmentMeta } from './repository.ts'

export const attachmentNotFound = (id: string) => notFound('ATTACHMENT_NOT_FOUND', `No attachment ${id}`)
export const ownerNotFound = (kind: AttachmentKind, ownerId: string) =>
  new DomainError('not_found', 'ATTACHMENT_OWNER_NOT_FOUND', `No ${OWNER_NAMES[kind]} ${ownerId} to attach a ${kind} document to`, {
    details: { kind, ownerId },
  })

/** What `ownerId` names for each kind. */
const OWNER_NAMES: Record<AttachmentKind, string> = {
  pact: 'cluster-year',
  ranking: 'cluster-year',
  submission: 'submission',
  handover: 'handover',
  award_proposal: 'award proposal',
  award_decision: 'award proposal',
  objection: 'objection',
}

/** What must exist before a document of the kind can be attached (the kinds not listed: the owner itself). */
const NOT_READY: Partial<Record<AttachmentKind, string>> = {
  pact: "The cluster-year's pact is not signed yet: its signed copy is attached once it is",
  ranking: "The cluster-year's ranking is not finalised yet: the scoring conference's minutes are attached once it is",
  award_decision: 'The award proposal has no decision yet (approval, rejection or revocation)',
}

/**
 * Who may attach a document of each kind: the roles that write its owner, each with the
 * committee its key must cover, as the owner's own write routes declare it (secretariat keys
 * must be of exactly that committee, the head's: plugins/auth.ts `exact`). Admin may always.
 * - pact, ranking: the organiser's staff and the head's secretariat (pact/sign, ranking/finalize);
 * - submission: the member (and the committees above it) and the head's secretariat (edit, review);
 * - handover: the organiser's staff and the outgoing head's secretariat (POST …/handovers);
 * - award_proposal (the proposal letter, tờ trình): the head's secretariat (…/submit);
 * - award_decision (quyết định): the organiser's staff (…/approve, /reject, /revoke);
 * - objection: its evidence, by the filing member (…/objections), and the answer's, by the head's
 *   secretariat and the organiser's staff (…/answer).
 */
export const WRITERS: Record<AttachmentKind, Partial<Record<Extract<Role, 'organizer' | 'secretariat' | 'submitter'>, (o: OwnerFacts) => string | null>>> = {
  pact: { organizer: (o) => o.organizerId, secretariat: (o) => o.headId },
  ranking: { organizer: (o) => o.organizerId, secretariat: (o) => o.headId },
  submission: { submitter: (o) => o.committeeId, secretariat: (o) => o.headId },
  handover: { organizer: (o) => o.organizerId, secretariat: (o) => o.outgoingHeadId },
  award_proposal: { secretariat: (o) => o.headId },
  award_decision: { organizer: (o) => o.organizerId },
  objection: { submitter: (o) => o.committeeId, secretariat: (o) => o.headId, organizer: (o) => o.organizerId },
}

/** The owner's facts; 404 ATTACHMENT_OWNER_NOT_FOUND when it does not exist. */
export async function requireOwner(db: DbOrTx, kind: AttachmentKind, ownerId: string): Promise<OwnerFacts> {
  const owner = await attachmentRepository(db).owner(kind, ownerId)
  if (!owner) throw ownerNotFound(kind, ownerId)
  return owner
}

export interface Upload {
  kind: AttachmentKind
  ownerId: string
  fileName: string
  bytes: Buffer
  /** The attachment this one replaces (same kind and owner, not superseded yet). */
  supersedes?: string | undefined
}

/** What the audit log keeps of an attachment: its metadata with its digest, never its bytes. */
export const auditOf = (a: AttachmentMeta) => ({
  id: a.id,
  kind: a.kind,
  ownerId: a.ownerId,
  clusterYearId: a.clusterYearId,
  fileName: a.fileName,
  contentType: a.contentType,
  size: a.size,
  sha256: a.sha256,
  uploadedBy: a.uploadedBy,
  uploadedAt: a.uploadedAt,
  supersedes: a.supersedes,
})

/** Dossiers (hồ sơ): documents attached where they belong, never edited, only superseded. */
export function attachmentService(db: Db, clock: Clock) {
  return {
    async upload(actor: Actor, input: Upload): Promise<AttachmentMeta> {
      // By content alone: 415 ATTACHMENT_TYPE_REFUSED before anything is read or written.
      const { mediaType } = requireDocument(input.bytes)
      return db.transaction(async (tx) => {
        const repo = attachmentRepository(tx)
        const owner = await requireOwner(tx, input.kind, input.ownerId)
        const why = NOT_READY[input.kind]
        if (why && !owner.ready) throw conflict('ATTACHMENT_OWNER_NOT_READY', why, { kind: input.kind, ownerId: input.ownerId })
        let old: AttachmentMeta | undefined
        if (input.supersedes) {
          old = await repo.metaForUpdate(input.supersedes)
          if (!old || old.kind !== input.kind || old.ownerId !== input.ownerId) {
            throw new DomainError('invalid', 'ATTACHMENT_SUPERSEDES_MISMATCH', `supersedes names no ${input.kind} attachment of ${input.ownerId}`, {
              errors: [{ pointer: '/supersedes', code: 'ATTACHMENT_SUPERSEDES_MISMATCH', message: 'must name an attachment of the same kind and owner' }],
            })
          }
          if (old.supersededBy) throw alreadySuperseded(old)
        }
        const row = await repo
          .insert({
            id: uuidv7(),
            kind: input.kind,
            ownerId: input.ownerId,
            clusterYearId: owner.clusterYearId,
            fileName: input.fileName,
            contentType: mediaType,
            size: input.bytes.length,
            sha256: createHash('sha256').update(input.bytes).digest('hex'),
            content: input.bytes,
            uploadedBy: actor.keyId,
            uploadedAt: clock(),
            supersedes: old?.id ?? null,
          })
          .catch(asConflict('attachments_supersedes_uq', 'The attachment was superseded meanwhile'))
        await recordAudit(tx, actor, { action: 'attachment.uploaded', entityType: 'attachment', entityId: row.id, after: auditOf(row) })
        if (old) {
          const superseded = await repo.markSuperseded(old.id, row.id)
          if (!superseded) throw alreadySuperseded(old)
          await recordAudit(tx, actor, {
            action: 'attachment.superseded',
            entityType: 'attachment',
            entityId: old.id,
            before: { supersededBy: null, sha256: old.sha256 },
            after: { supersededBy: row.id, sha256: old.sha256, supersededBySha256: row.sha256 },
          })
        }
        return row
      })
    },
  }
}

const alreadySuperseded = (old: AttachmentMeta) =>
  conflict(
    'ATTACHMENT_ALREADY_SUPERSEDED',
    `Attachment ${old.id} is already superseded${old.supersededBy ? ` by ${old.supersededBy}` : ''}; supersede the newest one`,
    {
      supersededBy: old.supersededBy,
    },
  )
