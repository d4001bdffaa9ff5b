import { Transform } from 'node:stream'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyRequest, preParsingAsyncHookHandler } from 'fastify'
import { Type, type Static } from 'typebox'
import { ACCEPTED_TEXT, ATTACHMENT_KINDS, DOCUMENT_MEDIA_TYPES, type AttachmentKind } from '../../domain/documents.ts'
import { DomainError } from '../../domain/errors.ts'
import { etagOf, notModified } from '../../lib/etag.ts'
import { IdempotencyHeaders, IdParams, ListQuery, Nullable, Page, problems, StringEnum, Timestamp, Uuid } from '../../lib/http-schemas.ts'
import { byId, listPage } from '../../lib/pagination.ts'
import { resource } from '../../lib/resource.ts'
import { grant, scopeOf, type Grant, type ScopeReads } from '../../plugins/auth.ts'
import { actorOf } from '../audit-events/service.ts'
import { findClusterYearById, memberIdsOf } from '../cluster-years/service.ts'
import { attachmentRepository } from './repository.ts'
import { attachmentNotFound, attachmentService, requireOwner, WRITERS, type AttachmentMeta } from './service.ts'

const Kind = StringEnum(
  ATTACHMENT_KINDS,
  'What the document is attached to: pact (ownerId: the cluster-year), submission (evidence; the submission), ranking (the scoring ' +
    "conference's minutes; the cluster-year, once finalised), handover (its minutes; the handover), award_proposal (the cluster's " +
    'proposal letter, tờ trình; the award proposal), award_decision (the decision, quyết định; the award proposal, once decided), ' +
    'objection (evidence for an objection or its answer; the objection)',
)
const FileName = Type.String({
  minLength: 1,
  maxLength: 255,
  pattern: '^[^\\u0000-\\u001f\\u007f/\\\\]+$',
  description: "The document's file name as people know it (no path, no control characters); it says nothing of its type",
})
const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'sha256 of the content, lowercase hex, computed by the service' })

const AttachmentSchema = Type.Object(
  {
    id: Uuid,
    kind: Kind,
    ownerId: Uuid,
    clusterYearId: Type.String({ format: 'uuid', description: 'The cluster-year the owner belongs to (its export lists the attachment)' }),
    fileName: Type.String(),
    contentType: StringEnum(DOCUMENT_MEDIA_TYPES, 'The type read from the content itself (never the one sent)'),
    size: Type.Integer({ minimum: 1, description: 'Bytes' }),
    sha256: Sha256,
    uploadedBy: Nullable(Type.String({ format: 'uuid', description: 'The API key that uploaded it' })),
    uploadedAt: Timestamp,
    supersedes: Nullable(Type.String({ format: 'uuid', description: 'The attachment this one replaces' })),
    supersededBy: Nullable(Type.String({ format: 'uuid', description: 'The attachment that replaced this one; it stays readable' })),
    contentUrl: Type.String({ description: 'Where its bytes are read: GET /v1/attachments/{id}/content' }),
  },
  { additionalProperties: false, title: 'Attachment' },
)

const UploadQuery = Type.Object(
  {
    kind: Kind,
    ownerId: Uuid,
    fileName: FileName,
    supersedes: Type.Optional(Type.String({ format: 'uuid', description: 'The attachment (same kind and owner, not yet superseded) this one replaces' })),
  },
  { additionalProperties: false },
)
const SupersedeQuery = Type.Object({ fileName: FileName }, { additionalProperties: false })

/** Content-Types taken at the HTTP level; what is kept is decided by the content (src/domain/documents.ts). */
const UPLOAD_MEDIA_TYPES = [
  'application/pdf',
  'image/*',
  ...DOCUMENT_MEDIA_TYPES.filter((t) => t.startsWith('application/vnd.') || t === 'application/msword'),
  'application/octet-stream',
]
const UploadBody = {
  content: Object.fromEntries(
    UPLOAD_MEDIA_TYPES.map((t) => [t, { schema: { description: `The file's bytes. Kept only if the content is one of: ${ACCEPTED_TEXT}` } }]),
  ),
}

const viewOf = (a: AttachmentMeta) => ({
  id: a.id,
  kind: a.kind as AttachmentKind,
  ownerId: a.ownerId,
  clusterYearId: a.clusterYearId,
  fileName: a.fileName,
  contentType: a.contentType as (typeof DOCUMENT_MEDIA_TYPES)[number],
  size: a.size,
  sha256: a.sha256,
  uploadedBy: a.uploadedBy,
  uploadedAt: a.uploadedAt.toISOString(),
  supersedes: a.supersedes,
  supersededBy: a.supersededBy,
  contentUrl: `/v1/attachments/${a.id}/content`,
})

/**
 * `Content-Disposition: attachment` (RFC 6266) with an ASCII fallback and the UTF-8 name (RFC
 * 8187 ext-value: every byte outside attr-char percent-encoded, `'()*` included).
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._ -]/g, '_')
  const extended = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${ascii}"; filename*=UTF-8''${extended}`
}

/** The content's strong ETag: its digest. */
const contentEtag = (sha256: string) => `"sha256-${sha256}"`
/** RFC 9530 Repr-Digest of the content. */
const reprDigest = (sha256: string) => `sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`

const tooLarge = (max: number) =>
  new DomainError('too_large', 'ATTACHMENT_TOO_LARGE', `The document is larger than ${max} bytes (ATTACHMENT_MAX_BYTES)`, { details: { maxBytes: max } })

const ListFilter = Type.Object(
  { kind: Type.Optional(Kind), ownerId: Type.Optional(Uuid), clusterYearId: Type.Optional(Uuid), ...ListQuery },
  { additionalProperties: false },
)

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = attachmentRepository(app.db)
  const service = attachmentService(app.db, app.clock)
  const max = app.config.ATTACHMENT_MAX_BYTES
  const tags = ['attachments']

  // The file is the body, as its bytes (these routes only: the parsers are this plugin's own).
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser(
    UPLOAD_MEDIA_TYPES.filter((t) => t !== 'image/*'),
    { parseAs: 'buffer', bodyLimit: max },
    (_req, body, done) => done(null, body),
  )
  app.addContentTypeParser(/^image\/[a-z0-9.+-]+$/i, { parseAs: 'buffer', bodyLimit: max }, (_req, body, done) => done(null, body))

  /** Refuses a body past the limit with its own code: by its Content-Length at once, else as it arrives. */
  const limitBody: preParsingAsyncHookHandler = async (req, _reply, payload) => {
    if (Number(req.headers['content-length']) > max) throw tooLarge(max)
    let seen = 0
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        seen += chunk.length
        if (seen > max) callback(tooLarge(max))
        else callback(null, chunk)
      },
    })
    payload.on('error', (err: Error) => counted.destroy(err))
    return payload.pipe(counted) as unknown as typeof payload
  }

  const bytesOf = (body: unknown): Buffer => {
    if (!Buffer.isBuffer(body)) {
      throw new DomainError(
        'unsupported_media_type',
        'UNSUPPORTED_MEDIA_TYPE',
        'Send the file itself as the body, with Content-Type application/pdf, image/*, an office document type or application/octet-stream',
      )
    }
    return body
  }

  /** Who may attach to an owner: its writers (service.ts WRITERS); ROLE_NOT_ALLOWED for a role that does not write that kind. */
  const targetFor = async (role: 'organizer' | 'secretariat' | 'submitter', kind: AttachmentKind, ownerId: string) => {
    const rule = WRITERS[kind][role]
    if (!rule) throw new DomainError('forbidden', 'ROLE_NOT_ALLOWED', `The ${role} role may not attach ${kind} documents`)
    return rule(await requireOwner(app.db, kind, ownerId))
  }
  const writersOf = (target: (role: 'organizer' | 'secretariat' | 'submitter') => Grant['scope']): Grant[] => [
    grant('admin'),
    grant('organizer', target('organizer')),
    grant('secretariat', target('secretariat'), { exact: true }),
    grant('submitter', target('submitter')),
  ]
  const uploadWriters = writersOf((role) => scopeOf({ query: UploadQuery }, async ({ query }) => targetFor(role, query.kind, query.ownerId)))
  const supersedeWriters = writersOf((role) =>
    scopeOf({ params: IdParams }, async ({ params }) => {
      const a = await repo.meta(params.id)
      if (!a) throw attachmentNotFound(params.id)
      return targetFor(role, a.kind as AttachmentKind, a.ownerId)
    }),
  )

  /**
   * Who may read a year's documents: admins and auditors; the organiser's staff and the head's
   * secretariat of that year; its members' own keys. Never reader keys (portals): documents are
   * not public. `yearOf` names the cluster-year the read concerns (null: none this key may see).
   */
  const yearReaders = <R extends ScopeReads>(reads: R, yearOf: (req: FastifyRequest) => Promise<string | null>): Grant[] => {
    const facts = async (req: FastifyRequest) => {
      const id = await yearOf(req)
      const found = id ? await findClusterYearById(app.db, id) : undefined
      return found ? { id: found.row.id, organizerId: found.cluster.organizerCommitteeId, headId: found.row.headId } : null
    }
    const resolver = (pick: (req: FastifyRequest, f: NonNullable<Awaited<ReturnType<typeof facts>>>) => Promise<string | null> | string | null) =>
      Object.assign(
        async (req: FastifyRequest) => {
          const f = await facts(req)
          return f ? pick(req, f) : null
        },
        { reads },
      )
    return [
      grant(['admin', 'auditor']),
      grant(
        'organizer',
        resolver((_req, f) => f.organizerId),
      ),
      grant(
        'secretariat',
        resolver((_req, f) => f.headId),
        { exact: true },
      ),
      grant(
        'submitter',
        resolver(async (req, f) => {
          const mine = req.principal?.committeeId
          return mine && (await memberIdsOf(app.db, f.id)).includes(mine) ? mine : null
        }),
        { exact: true },
      ),
    ]
  }
  const readersById = yearReaders({ params: IdParams }, async (req) => {
    const { id } = req.params as { id: string }
    const a = await repo.meta(id)
    if (!a) throw attachmentNotFound(id)
    return a.clusterYearId
  })
  const readersOfList = yearReaders({ query: ListFilter }, async (req) => {
    const q = req.query as Static<typeof ListFilter>
    if (q.clusterYearId) return q.clusterYearId
    return q.kind && q.ownerId ? ((await attachmentRepository(app.db).owner(q.kind, q.ownerId))?.clusterYearId ?? null) : null
  })

  const attachment = resource({
    find: (id: string) => repo.meta(id),
    notFound: attachmentNotFound,
    // The metadata changes once: when it is superseded.
    etag: (a: AttachmentMeta) => etagOf('attachment', a.id, a.supersededBy ? 2 : 1),
    view: viewOf,
  })

  const writeResponses = (notFound: string[]) => ({
    201: AttachmentSchema,
    ...problems(400, 401, 403, {
      404: notFound,
      409: ['ATTACHMENT_OWNER_NOT_READY', 'ATTACHMENT_ALREADY_SUPERSEDED'],
      413: ['ATTACHMENT_TOO_LARGE'],
      415: ['ATTACHMENT_TYPE_REFUSED'],
      422: ['ATTACHMENT_SUPERSEDES_MISMATCH'],
    }),
  })

  app.post(
    '/v1/attachments',
    {
      config: { access: uploadWriters },
      bodyLimit: max,
      preParsing: limitBody,
      schema: {
        operationId: 'uploadAttachment',
        tags,
        summary: 'Attach a document (hồ sơ) to a pact, submission, finalised ranking, handover or award proposal',
        description:
          'The body is the file itself. Its type is read from its content, never from its name or Content-Type: ' +
          `${ACCEPTED_TEXT}; anything else is 415 ATTACHMENT_TYPE_REFUSED (details.reason). At most ATTACHMENT_MAX_BYTES ` +
          '(413 ATTACHMENT_TOO_LARGE). The owner must exist (404 ATTACHMENT_OWNER_NOT_FOUND) and, for a pact, a ranking or an award decision, ' +
          "be signed, finalised or decided (409 ATTACHMENT_OWNER_NOT_READY). Who may attach: whoever writes the owner (the organiser's staff, " +
          "the head's secretariat, the member for its submission; see docs/api.md). The sha256 is computed here and recorded in the audit event. " +
          'An attachment is never edited: `supersedes` replaces one (same kind and owner), which stays readable and names its successor.',
        headers: IdempotencyHeaders,
        querystring: UploadQuery,
        body: UploadBody,
        response: writeResponses(['ATTACHMENT_OWNER_NOT_FOUND']),
      },
    },
    async (req, reply) => {
      const row = await service.upload(actorOf(req), { ...req.query, bytes: bytesOf(req.body) })
      reply.header('location', `/v1/attachments/${row.id}`)
      return reply.code(201).send(await attachment.answer(reply, row))
    },
  )

  app.post(
    '/v1/attachments/:id/supersede',
    {
      config: { access: supersedeWriters },
      bodyLimit: max,
      preParsing: limitBody,
      schema: {
        operationId: 'supersedeAttachment',
        tags,
        summary: 'Replace an attachment with a newer document (the old one stays, superseded)',
        description:
          'The body is the new file, checked as an upload is. The new attachment has the same kind and owner and names the old one in ' +
          '`supersedes`; the old one names it in `supersededBy`, set once (409 ATTACHMENT_ALREADY_SUPERSEDED: supersede the newest one).',
        params: IdParams,
        headers: IdempotencyHeaders,
        querystring: SupersedeQuery,
        body: UploadBody,
        response: writeResponses(['ATTACHMENT_NOT_FOUND', 'ATTACHMENT_OWNER_NOT_FOUND']),
      },
    },
    async (req, reply) => {
      const bytes = bytesOf(req.body)
      const old = await attachment.load(req.params.id)
      const row = await service.upload(actorOf(req), {
        kind: old.kind as AttachmentKind,
        ownerId: old.ownerId,
        fileName: req.query.fileName,
        bytes,
        supersedes: old.id,
      })
      reply.header('location', `/v1/attachments/${row.id}`)
      return reply.code(201).send(await attachment.answer(reply, row))
    },
  )

  app.get(
    '/v1/attachments',
    {
      config: { access: readersOfList },
      schema: {
        operationId: 'listAttachments',
        tags,
        summary: 'Attachments (metadata), oldest first',
        description:
          'Filter by kind and owner, or by cluster-year. Superseded ones are listed too, each naming its successor. Admins and auditors ' +
          "read every year's; the organiser's staff, the head's secretariat and the members read their year's, and name it (by clusterYearId, " +
          'or by kind and ownerId): 403 OUT_OF_SCOPE otherwise. Not for reader keys.',
        querystring: ListFilter,
        response: { 200: Page(AttachmentSchema), ...problems(400, 401, 403) },
      },
    },
    async (req) =>
      listPage(
        req.query,
        byId,
        (filter, after, limit) => repo.list({ ...filter, afterId: after?.id, limit }),
        (rows) => rows.map(viewOf),
      ),
  )

  app.get(
    '/v1/attachments/:id',
    {
      config: { access: readersById },
      schema: {
        operationId: 'getAttachment',
        tags,
        summary: "Read an attachment's metadata: kind, owner, file name, sniffed type, size, sha256, supersession",
        params: IdParams,
        response: { 200: AttachmentSchema, ...problems(400, 401, 403, { 404: ['ATTACHMENT_NOT_FOUND'] }) },
      },
    },
    async (req, reply) => attachment.read(reply, req.params.id),
  )

  app.get(
    '/v1/attachments/:id/content',
    {
      config: { access: readersById },
      schema: {
        operationId: 'getAttachmentContent',
        tags,
        summary: "Read an attachment's bytes",
        description:
          'Served with the sniffed Content-Type, `Content-Disposition: attachment` with the file name (RFC 6266, UTF-8 per RFC 8187), ' +
          '`Repr-Digest: sha-256=:…:` (RFC 9530) and a strong ETag from the sha256: If-None-Match with it answers 304. ' +
          'The content never changes.',
        params: IdParams,
        headers: Type.Object({ 'if-none-match': Type.Optional(Type.String({ description: 'The ETag already held: 304 when it matches' })) }),
        response: {
          200: {
            description: 'The document as it was uploaded',
            headers: {
              'Content-Disposition': { type: 'string', description: 'attachment; filename="…"; filename*=UTF-8\'\'… (RFC 6266, RFC 8187)' },
              'Repr-Digest': { type: 'string', description: 'sha-256=:<base64 sha256>: (RFC 9530)' },
            },
            content: Object.fromEntries(DOCUMENT_MEDIA_TYPES.map((t) => [t, { schema: { type: 'string', contentMediaType: t } }])),
          },
          304: { description: 'Not modified: the ETag still matches (no body)', type: 'null' },
          ...problems(400, 401, 403, { 404: ['ATTACHMENT_NOT_FOUND'] }),
        },
      },
    },
    async (req, reply) => {
      const found = await repo.content(req.params.id)
      if (!found) throw attachmentNotFound(req.params.id)
      const etag = contentEtag(found.sha256)
      reply.header('etag', etag).header('repr-digest', reprDigest(found.sha256)).header('cache-control', 'private, max-age=31536000, immutable')
      if (notModified(req.headers['if-none-match'], etag)) return reply.code(304).send(undefined as never)
      return reply
        .header('content-disposition', contentDisposition(found.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .type(found.contentType)
        .send(found.content as never)
    },
  )
}

export default routes
