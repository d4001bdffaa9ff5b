import type { DbOrTx } from '../../db/client.ts'
import { DomainError } from '../../domain/errors.ts'
import type { PublicType, PublicViews } from '../publication/service.ts'
import { changeRepository, type ChangeRow } from './repository.ts'

/*
 * The change feed's cursor: a position in the audit log (its gap-free, commit-ordered seq),
 * written opaquely with a version so that its form can change. Positions are the database's,
 * not a replica's, so a cursor holds across restarts and replicas.
 */

const PREFIX = 'changes.v1.'
const TOKEN = /^[A-Za-z0-9_-]{1,64}$/
const POSITION = /^(0|[1-9][0-9]{0,15})$/

export const encodeChangesCursor = (seq: number): string => Buffer.from(`${PREFIX}${seq}`, 'utf8').toString('base64url')

const invalidCursor = (message: string) =>
  new DomainError('bad_request', 'INVALID_CURSOR', `The cursor is not one this API returned: it ${message}`, {
    errors: [{ pointer: '/cursor', code: 'INVALID_CURSOR', message }],
  })

/** The position a cursor names (0, the log's start, when there is none); 400 INVALID_CURSOR when it is not ours. */
export function decodeChangesCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0
  if (!TOKEN.test(cursor)) throw invalidCursor('is not a nextCursor or changesCursor of this API')
  const text = Buffer.from(cursor, 'base64url').toString('utf8')
  // base64url decoding skips what it does not understand: only the exact encoding is ours.
  if (!text.startsWith(PREFIX) || encodeChangesCursor(Number(text.slice(PREFIX.length))) !== cursor) {
    throw invalidCursor('is not a nextCursor or changesCursor of this API')
  }
  const position = text.slice(PREFIX.length)
  if (!POSITION.test(position) || !Number.isSafeInteger(Number(position))) throw invalidCursor('names no position of the log')
  return Number(position)
}

/** A cursor past the log's end was not handed out by this database (another one, or one restored from a backup). */
export const cursorBeyondLog = () => invalidCursor('is beyond the end of this log (another database, or one restored from an older backup): mirror again')

/** The feed's position now: what a snapshot's `changesCursor` names. */
export const changesHead = (db: DbOrTx) => changeRepository(db).head()

/** The placed events after `position` about entities of these kinds, in the log's order (the webhooks' outbox). */
export const changesAfter = (db: DbOrTx, position: number, types: readonly string[], limit: number) => changeRepository(db).after(position, types, limit)

export type { ChangeRow }

/** The member of a list's own cursor that carries the snapshot's feed position from page to page. */
const CARRIED = 'changes'

function carriedPosition(listCursor: string | undefined): number | null {
  if (listCursor === undefined) return null
  try {
    const value = JSON.parse(Buffer.from(listCursor, 'base64url').toString('utf8')) as Record<string, unknown>
    const n = value?.[CARRIED]
    return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : null
  } catch {
    return null // the list's own decoding answers 400 INVALID_CURSOR
  }
}

function carry(listCursor: string | null, position: number): string | null {
  if (listCursor === null) return null
  const value = JSON.parse(Buffer.from(listCursor, 'base64url').toString('utf8')) as Record<string, unknown>
  return Buffer.from(JSON.stringify({ ...value, [CARRIED]: position }), 'utf8').toString('base64url')
}

/**
 * Snapshot then follow: a list a portal mirrors answers, beside its page, the feed cursor to
 * continue from. The position is read before the list's first page, and carried by its
 * nextCursor to every later page, so each page is read after it: an event at or before it was
 * sequenced after its change committed, so the change is in every page read since; a change
 * after it (a page read later may show it already) is in the feed from it. Nothing is lost, and
 * what comes twice is the same current state.
 */
export async function snapshotPage<Q extends { cursor?: string | undefined }, V>(
  db: DbOrTx,
  query: Q,
  list: (query: Q) => Promise<{ items: V[]; nextCursor: string | null }>,
): Promise<{ items: V[]; nextCursor: string | null; changesCursor: string }> {
  const position = carriedPosition(query.cursor) ?? (await changesHead(db))
  const page = await list(query)
  return { ...page, nextCursor: carry(page.nextCursor, position), changesCursor: encodeChangesCursor(position) }
}

/** One change as the feed and the webhooks show it: the event, and the entity as it is now. */
export interface ChangeItem {
  position: number
  cursor: string
  occurredAt: string
  entityType: string
  entityId: string
  action: string
  tombstone: boolean
  entity: Record<string, unknown> | null
}

/**
 * The feed's items for these events (and a webhook's `data`): each with its entity's public
 * representation now, or a tombstone. The entities are read once each, one query per kind where
 * the kind's view reads several at once.
 */
export async function changeItems(views: PublicViews, rows: readonly ChangeRow[]): Promise<ChangeItem[]> {
  const idsByType = new Map<PublicType, Set<string>>()
  for (const r of rows) {
    const type = r.entityType as PublicType
    let ids = idsByType.get(type)
    if (!ids) idsByType.set(type, (ids = new Set()))
    ids.add(r.entityId)
  }
  const now = new Map<PublicType, Map<string, unknown>>()
  for (const [type, ids] of idsByType) now.set(type, await views.readMany(type, [...ids]))
  return rows.map((r) => {
    const current = now.get(r.entityType as PublicType)!.get(r.entityId)
    return {
      position: r.seq,
      cursor: encodeChangesCursor(r.seq),
      occurredAt: r.occurredAt.toISOString(),
      entityType: r.entityType,
      entityId: r.entityId,
      action: r.action,
      tombstone: current === undefined,
      entity: (current as Record<string, unknown> | undefined) ?? null,
    }
  })
}
