import type { FastifyReply, FastifyRequest } from 'fastify'
import { DomainError } from '../domain/errors.ts'

/** Strong ETag from a resource's row version: it changes with every update of the row. */
export function etagOf(entity: string, id: string, version: number): string {
  return `"${entity}-${id}-${version}"`
}

export function setEtag(reply: FastifyReply, etag: string): void {
  reply.header('etag', etag)
}

/**
 * Updates of existing resources require If-Match (428 without it, 412 when stale). Returns the
 * version the client saw, so the update can also check it in its WHERE clause.
 */
export function requireIfMatch(req: FastifyRequest, currentEtag: string): void {
  const header = req.headers['if-match']
  if (header === undefined || header === '') {
    throw new DomainError('precondition_required', 'IF_MATCH_REQUIRED', 'Send If-Match with the ETag from your last read')
  }
  const tags = header.split(',').map((s) => s.trim())
  if (!tags.includes(currentEtag) && !tags.includes('*')) {
    throw new DomainError('precondition_failed', 'ETAG_MISMATCH', 'The resource changed since you read it; read it again and retry', {
      details: { currentEtag },
    })
  }
}
