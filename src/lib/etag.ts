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

/**
 * PUT that creates or replaces: If-Match is required when the resource exists, and must be
 * absent when it does not (RFC 9110: If-Match on a missing resource fails).
 */
export function requireIfMatchIfExists(req: FastifyRequest, currentEtag: string | null): void {
  if (currentEtag !== null) return requireIfMatch(req, currentEtag)
  const header = req.headers['if-match']
  if (header !== undefined && header !== '') {
    throw new DomainError('precondition_failed', 'ETAG_MISMATCH', 'If-Match was sent but the resource does not exist yet')
  }
}

/**
 * The same check inside the writing transaction, against the row as locked there: a resource
 * created meanwhile by someone else needs If-Match too, so no write is lost.
 */
export function assertVersion(current: { version: number } | undefined, expected: number | null, what: string): void {
  if (!current) return
  if (expected === null) {
    throw new DomainError('precondition_required', 'IF_MATCH_REQUIRED', `The ${what} was created meanwhile; read it and send If-Match`)
  }
  if (current.version !== expected) {
    throw new DomainError('precondition_failed', 'ETAG_MISMATCH', `The ${what} changed since you read it; read it again and retry`)
  }
}

/**
 * If-None-Match (RFC 9110 §13.1.2): true when the client's copy is current, so a GET answers
 * 304. The header's value: a list of tags or `*`, compared weakly (a `W/` prefix on either side
 * is ignored).
 */
export function notModified(ifNoneMatch: string | undefined, currentEtag: string): boolean {
  if (ifNoneMatch === undefined || ifNoneMatch === '') return false
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  const current = opaque(currentEtag)
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === current)
}
