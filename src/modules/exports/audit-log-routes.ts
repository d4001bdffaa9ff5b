import { Readable } from 'node:stream'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { attachment } from '../../lib/csv.ts'
import { problems } from '../../lib/http-schemas.ts'
import { grant } from '../../plugins/auth.ts'
import { AUDIT_LOG_MEDIA_TYPE, auditLogLines, planAuditLogExport } from './audit-log.ts'
import { notModified } from '../../lib/etag.ts'

const Seq = (description: string) => Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description })

const routes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/v1/exports/audit-log',
    {
      config: { access: [grant(['auditor', 'admin'])] },
      schema: {
        operationId: 'exportAuditLog',
        tags: ['audit'],
        summary: 'The audit log as NDJSON, one event per line, ending with the signed checkpoint that covers it (streamed)',
        description:
          'Every line but the last is one audit event exactly as GET /v1/audit-events serves it, in seq order from fromSeq to toSeq. ' +
          'The last line is `{"checkpoint": {…}, "range": {fromSeq, toSeq, leftSubtrees, rootHash, consistencyProof}}`: the first signed ' +
          'checkpoint whose tree holds toSeq (as GET /v1/audit-log/checkpoints serves it), the RFC 9162 subtree hashes covering the events ' +
          'before fromSeq (left to right; none when fromSeq is 1), the Merkle root of the first toSeq events, and the RFC 9162 consistency ' +
          'proof from toSeq to the checkpoint (none when toSeq is its size). `npx ctd-verify audit-log <file> --key <key>` rebuilds the ' +
          "tree from the events and checks it, the hash chain and the checkpoint's signature offline (docs/verifying.md). " +
          'By default the range is the whole log up to the latest checkpoint; events sequenced after it are exported once a checkpoint covers ' +
          'them (every AUDIT_CHECKPOINT_INTERVAL_S seconds, or POST /v1/audit-log/checkpoints). A given range always exports to the same ' +
          'bytes (ETag). A stream that fails midway ends without its last line, so the file fails verification as truncated.',
        querystring: Type.Object(
          {
            fromSeq: Type.Optional(Seq('The first event (default 1)')),
            toSeq: Type.Optional(Seq('The last event (default: the size of the latest checkpoint)')),
          },
          { additionalProperties: false },
        ),
        headers: Type.Object({ 'if-none-match': Type.Optional(Type.String({ description: 'The ETag of an earlier export of the same range' })) }),
        response: {
          200: {
            description: 'The events as NDJSON, then the checkpoint line; sent as an attachment',
            content: {
              'application/x-ndjson': {
                schema: Type.String({
                  description: 'UTF-8, one JSON object per line, each line ending with \\n: the events (AuditEvent), then {"checkpoint", "range"}',
                }),
              },
            },
          },
          304: { description: 'Not modified: the ETag still matches (no body)', type: 'null' },
          ...problems(401, 403, { 400: ['INVALID_SEQ_RANGE'], 404: ['NO_CHECKPOINT'], 409: ['NOT_YET_CHECKPOINTED'] }),
        },
      },
    },
    async (req, reply) => {
      const plan = await planAuditLogExport(app.db, req.query, app.config.AUDIT_CHECKPOINT_INTERVAL_S)
      reply.header('etag', plan.etag)
      if (notModified(req.headers['if-none-match'], plan.etag)) return reply.code(304).send(undefined as never)
      // The first chunk is read before answering: a database that fails on the first page gets
      // its 503 problem; later failures can only cut the stream (before its last line).
      const lines = auditLogLines(app.db, plan)
      const head = await lines.next()
      async function* all() {
        if (!head.done) yield head.value
        yield* lines
      }
      reply.type(AUDIT_LOG_MEDIA_TYPE).header('content-disposition', attachment(plan.filename))
      // Two chunks of about 64 KB ahead of the socket at most: a slow reader slows the reads.
      return reply.send(Readable.from(all(), { highWaterMark: 2 }) as never)
    },
  )
}

export default routes
