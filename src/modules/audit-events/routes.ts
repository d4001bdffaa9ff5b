import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import type { Tx } from '../../db/client.ts'
import { DomainError } from '../../domain/errors.ts'
import { ListQuery, Nullable, Page, problems, StringEnum, Timestamp, Uuid } from '../../lib/http-schemas.ts'
import { listPage, type Keyset } from '../../lib/pagination.ts'
import { formatVerifierKey, verifierKeyOf } from '../../lib/tlog/note.ts'
import { notModified } from '../../lib/etag.ts'
import { grant, ROLES } from '../../plugins/auth.ts'
import { logRepository, type CheckpointRow } from './log-repository.ts'
import { checkpointView, consistencyProof, inclusionProof, type LatestHint } from './proofs.ts'
import { auditRepository, servedEventOf, type AuditEventRow } from './repository.ts'
import { BREAK_REASONS, verifyLog } from './verify.ts'

const Hash = Type.String({ pattern: '^[0-9a-f]{64}$' })
const Base64Hash = Type.String({ pattern: '^[A-Za-z0-9+/]{43}=$', description: 'SHA-256 hash, base64' })
const TreeSize = (description: string) => Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description })

const AuditEventSchema = Type.Object(
  {
    seq: Type.Integer({ description: 'Position in the chain, from 1, without gaps; leaf seq − 1 of the Merkle tree' }),
    occurredAt: Timestamp,
    actorKeyId: Nullable(Uuid),
    actorRole: Nullable(Type.String()),
    actorCommitteeId: Nullable(Uuid),
    action: Type.String({ description: 'e.g. committee.created' }),
    entityType: Type.String(),
    entityId: Type.String(),
    before: Type.Unknown({ description: 'The entity before the change (null on creation)' }),
    after: Type.Unknown({ description: 'The entity after the change' }),
    requestId: Nullable(Type.String()),
    prevHash: Hash,
    hash: Type.String({ description: 'sha256(prevHash ‖ RFC 8785 canonical JSON of the event without hash)' }),
  },
  { additionalProperties: false },
)

const CheckpointSchema = Type.Object(
  {
    origin: Type.String({ description: "The log's name, the note's first line" }),
    treeSize: Type.Integer({ description: 'How many events the checkpoint covers (events 1 … treeSize)' }),
    rootHash: Base64Hash,
    keyId: Type.String({ pattern: '^[0-9a-f]{8}$', description: 'The signing key (its C2SP signed-note key hash)' }),
    keyName: Type.String(),
    note: Type.String({ description: 'The C2SP tlog-checkpoint signed note, exactly as signed: verify this, not the other members' }),
    createdAt: Timestamp,
  },
  { additionalProperties: false },
)

const LatestCheckpointSchema = Type.Object(
  {
    ...CheckpointSchema.properties,
    log: Type.Object(
      {
        treeSize: Type.Integer({
          description: 'Events sequenced now (the checkpoint may be behind by up to AUDIT_CHECKPOINT_EVERY events or _INTERVAL_S seconds)',
        }),
        unsequenced: Type.Integer({ description: 'Events committed and not yet sequenced (normally 0 within a second)' }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
)

const NOTE_MEDIA = 'text/plain; charset=utf-8'

/** Newest first: a checkpoint's tree size is its key. */
const bySizeDesc: Keyset<{ treeSize: number }, CheckpointRow> = { shape: { treeSize: 'integer' }, keyOf: (r) => ({ treeSize: r.treeSize }) }
/** The chain's own order. */
const bySeq: Keyset<{ seq: number }, AuditEventRow> = { shape: { seq: 'integer' }, keyOf: (r) => ({ seq: r.seq }) }

/** Does the client ask for the signed note itself rather than JSON? */
const wantsNote = (accept: string | undefined) => {
  if (!accept) return false
  const types = accept.split(',').map((t) => t.split(';')[0]!.trim().toLowerCase())
  return types.includes('text/plain') && !types.includes('application/json')
}

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = auditRepository(app.db)
  const log = logRepository(app.db)
  const tags = ['audit']
  /** Reads that must agree with each other (head, nodes, checkpoints) while the sequencer commits: one snapshot. */
  const inSnapshot = <T>(read: (tx: Tx) => Promise<T>) => app.db.transaction(read, { isolationLevel: 'repeatable read', accessMode: 'read only' })
  /**
   * A proof reads sequenced events only, with no flush of the sequencer on its way. Asked about an
   * event or a size beyond the tree, it sequences what has committed and looks once more: an
   * auditor who has just written reads its own write, and no other proof waits for the sequencer.
   */
  const provenAfterFlush = async <T>(prove: () => Promise<T>): Promise<T> => {
    try {
      return await prove()
    } catch (err) {
      if (!(err instanceof DomainError) || (err.code !== 'AUDIT_EVENT_NOT_FOUND' && err.code !== 'TREE_SIZE_UNKNOWN')) throw err
      await app.auditLog.flush()
      return prove()
    }
  }
  const latest: LatestHint = { size: 0 }
  const access = [grant(['auditor', 'admin'])]
  // The checkpoint and the keys are public: anyone with a key may hold the service to them.
  const everyone = [grant(ROLES)]

  app.get(
    '/v1/audit-events',
    {
      config: { access },
      schema: {
        operationId: 'listAuditEvents',
        tags,
        summary: 'The audit log, oldest first (every event committed before the request is in it)',
        querystring: Type.Object(
          {
            entityType: Type.Optional(Type.String({ maxLength: 100 })),
            entityId: Type.Optional(Type.String({ maxLength: 100 })),
            since: Type.Optional(Timestamp),
            ...ListQuery,
          },
          { additionalProperties: false },
        ),
        response: { 200: Page(AuditEventSchema), ...problems(400, 401, 403) },
      },
    },
    async (req) => {
      await app.auditLog.flush()
      return listPage(
        req.query,
        bySeq,
        (filter, after, limit) => repo.list({ ...filter, afterSeq: after?.seq, limit }),
        (rows) => rows.map(servedEventOf),
      )
    },
  )

  app.get(
    '/v1/audit-events/verify',
    {
      config: { access },
      schema: {
        operationId: 'verifyAuditChain',
        tags,
        summary: 'Recompute the chain, the Merkle tree and every checkpoint; name the first broken link',
        response: {
          200: Type.Object(
            {
              valid: Type.Boolean(),
              checked: Type.Integer({ description: 'Events verified before the first break (all when valid)' }),
              lastSeq: Type.Integer(),
              lastHash: Hash,
              treeSize: Type.Integer({ description: 'Leaves recomputed' }),
              rootHash: Base64Hash,
              checkpointsChecked: Type.Integer({ description: 'Checkpoints whose root and signature were checked' }),
              firstBroken: Nullable(
                Type.Object(
                  {
                    seq: Type.Integer(),
                    reason: StringEnum(BREAK_REASONS),
                    expected: Type.String(),
                    found: Type.String(),
                    node: Nullable(Type.Object({ level: Type.Integer(), index: Type.Integer() }, { additionalProperties: false })),
                    checkpoint: Nullable(Type.Integer({ description: 'The tree size of the checkpoint concerned' })),
                  },
                  { additionalProperties: false },
                ),
              ),
            },
            { additionalProperties: false },
          ),
          ...problems(401, 403),
        },
      },
    },
    async () => {
      await app.auditLog.flush()
      const result = await inSnapshot((tx) => verifyLog(tx))
      return { valid: result.firstBroken === null, ...result }
    },
  )

  app.get(
    '/v1/audit-events/:seq/inclusion-proof',
    {
      config: { access },
      schema: {
        operationId: 'getAuditInclusionProof',
        tags,
        summary: 'RFC 9162 inclusion proof of one event in the log of a given size',
        description:
          'The leaf is event seq at index seq − 1. Its hash is SHA-256(0x00 ‖ the RFC 8785 canonical JSON, UTF-8, of `event` exactly as served); ' +
          'recompute it, then the root from `auditPath` with RFC 9162 §2.1.3.2, and compare with the signed checkpoint of `treeSize` (`npx ctd-verify inclusion`).',
        params: Type.Object({ seq: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) }),
        querystring: Type.Object(
          { treeSize: Type.Optional(TreeSize('The tree to prove inclusion in; by default the latest checkpoint')) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object(
            {
              seq: Type.Integer(),
              leafIndex: Type.Integer({ description: 'seq − 1' }),
              treeSize: Type.Integer(),
              leafHash: Base64Hash,
              auditPath: Type.Array(Base64Hash, { description: 'RFC 9162 PATH(leafIndex, D[treeSize]), from the leaf up' }),
              rootHash: Base64Hash,
              event: AuditEventSchema,
              checkpoint: Nullable(CheckpointSchema),
            },
            { additionalProperties: false },
          ),
          ...problems(401, 403, { 400: ['SEQ_NOT_IN_TREE'], 404: ['AUDIT_EVENT_NOT_FOUND'], 409: ['NOT_YET_CHECKPOINTED', 'TREE_SIZE_UNKNOWN'] }),
        },
      },
    },
    // No snapshot: what a proof reads is immutable once the head counts it (see inclusionProof).
    async (req) => provenAfterFlush(() => inclusionProof(app.db, req.params.seq, req.query.treeSize, latest)),
  )

  app.get(
    '/v1/audit-log/consistency-proof',
    {
      config: { access },
      schema: {
        operationId: 'getAuditConsistencyProof',
        tags,
        summary: 'RFC 9162 consistency proof: the log of size `from` is a prefix of the log of size `to`',
        querystring: Type.Object(
          {
            from: TreeSize('The older tree size'),
            to: Type.Optional(TreeSize('The newer tree size; by default the latest checkpoint')),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object(
            {
              from: Type.Integer(),
              to: Type.Integer(),
              proof: Type.Array(Base64Hash, { description: 'RFC 9162 PROOF(from, D[to])' }),
              fromRoot: Base64Hash,
              toRoot: Base64Hash,
              fromCheckpoint: Nullable(CheckpointSchema),
              toCheckpoint: Nullable(CheckpointSchema),
            },
            { additionalProperties: false },
          ),
          ...problems(401, 403, { 400: ['INVALID_TREE_SIZES'], 404: ['NO_CHECKPOINT'], 409: ['TREE_SIZE_UNKNOWN'] }),
        },
      },
    },
    async (req) => provenAfterFlush(() => consistencyProof(app.db, req.query.from, req.query.to, latest)),
  )

  app.get(
    '/v1/audit-log/checkpoint',
    {
      config: { access: everyone },
      schema: {
        operationId: 'getLatestAuditCheckpoint',
        tags,
        summary: 'The latest signed checkpoint: a C2SP tlog-checkpoint note (Accept: text/plain) or JSON',
        response: {
          200: {
            description: 'The latest checkpoint',
            content: {
              'application/json': { schema: LatestCheckpointSchema },
              'text/plain': { schema: Type.String({ description: 'The signed note, as Go sumdb and other note verifiers read it' }) },
            },
          },
          304: { description: 'Not modified: If-None-Match holds the current ETag (no body)', type: 'null' },
          ...problems(401, 403, { 404: ['NO_CHECKPOINT'] }),
        },
      },
    },
    async (req, reply) => {
      // One snapshot, so that the log's size is never behind its own latest checkpoint's.
      const { latest, probe, unsequenced } = await inSnapshot(async (tx) => {
        const at = logRepository(tx)
        return { latest: await at.latestCheckpoint(), probe: await at.probe(), unsequenced: await at.pendingCount() }
      })
      if (!latest) {
        throw new DomainError('not_found', 'NO_CHECKPOINT', 'No checkpoint has been cut yet: the log is empty, or no signing key is configured')
      }
      // One tag per representation: the note changes with the checkpoint; the JSON also carries
      // the log's size and backlog.
      const note = wantsNote(req.headers.accept)
      const etag = note ? `"checkpoint-${latest.treeSize}-note"` : `"checkpoint-${latest.treeSize}-${probe.treeSize}-${unsequenced}"`
      reply.header('etag', etag)
      reply.header('vary', 'Accept')
      if (notModified(req.headers['if-none-match'], etag)) return reply.code(304).send(undefined as never)
      if (note) return reply.type(NOTE_MEDIA).send(latest.note)
      return { ...checkpointView(latest), log: { treeSize: probe.treeSize, unsequenced } }
    },
  )

  app.get(
    '/v1/audit-log/checkpoints',
    {
      config: { access },
      schema: {
        operationId: 'listAuditCheckpoints',
        tags,
        summary: 'Every checkpoint the log has signed, newest first',
        querystring: Type.Object({ ...ListQuery }, { additionalProperties: false }),
        response: { 200: Page(CheckpointSchema), ...problems(400, 401, 403) },
      },
    },
    async (req) =>
      listPage(
        req.query,
        bySizeDesc,
        (_filter, after, limit) => log.checkpoints(limit + 1, after?.treeSize),
        (rows) => rows.map(checkpointView),
      ),
  )

  app.post(
    '/v1/audit-log/checkpoints',
    {
      config: { access: [grant('admin')] },
      schema: {
        operationId: 'cutAuditCheckpoint',
        tags,
        summary: 'Sequence every committed event and sign a checkpoint of the whole log now',
        response: {
          201: CheckpointSchema,
          200: CheckpointSchema,
          ...problems(401, 403, { 409: ['SIGNING_KEY_MISSING', 'SIGNING_KEY_RETIRED', 'SIGNING_KEY_CONFLICT', 'LOG_EMPTY'] }),
        },
      },
    },
    async (_req, reply) => {
      const { checkpoint, created } = await app.auditLog.checkpointNow(app.db)
      return reply.code(created ? 201 : 200).send(checkpointView(checkpoint))
    },
  )

  app.get(
    '/v1/audit-log/keys',
    {
      config: { access: everyone },
      schema: {
        operationId: 'listAuditSigningKeys',
        tags,
        summary: 'The public keys that sign checkpoints, with their validity',
        response: {
          200: Type.Object(
            {
              items: Type.Array(
                Type.Object(
                  {
                    keyId: Type.String({ pattern: '^[0-9a-f]{8}$' }),
                    name: Type.String(),
                    algorithm: StringEnum(['Ed25519'] as const),
                    publicKey: Type.String({ description: 'The raw 32-byte Ed25519 public key, base64' }),
                    verifierKey: Type.String({ description: 'C2SP signed-note verifier key: <name>+<key hash>+<base64(0x01 ‖ key)>' }),
                    validFrom: Timestamp,
                    validUntil: Nullable(Timestamp),
                  },
                  { additionalProperties: false },
                ),
              ),
            },
            { additionalProperties: false },
          ),
          ...problems(401, 403),
        },
      },
    },
    async () => ({
      items: (await log.keys()).map((k) => ({
        keyId: k.keyId,
        name: k.name,
        algorithm: 'Ed25519' as const,
        publicKey: k.publicKey.toString('base64'),
        verifierKey: formatVerifierKey(verifierKeyOf(k.name, k.publicKey)),
        validFrom: k.validFrom.toISOString(),
        validUntil: k.validUntil?.toISOString() ?? null,
      })),
    }),
  )
}

export default routes
