import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { Nullable, problems, Timestamp } from '../../lib/http-schemas.ts'
import { requestLoad } from '../../lib/turns.ts'
import { EVERY_ROLE, grant } from '../../plugins/auth.ts'
import { PUBLIC_TYPES } from '../publication/service.ts'
import { changeRepository } from './repository.ts'
import { changeItems, cursorBeyondLog, decodeChangesCursor, encodeChangesCursor } from './service.ts'

/** The longest long poll (seconds). */
const MAX_WAIT_S = 30
const TYPE_LIST = `^(${PUBLIC_TYPES.join('|')})(,(${PUBLIC_TYPES.join('|')}))*$`

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const repo = changeRepository(app.db)
  const views = app.publicViews
  const tags = ['changes']

  // Long polls in progress: woken by this replica's sequencer, and let go when the service stops.
  const waiting = new Set<() => void>()
  let closing = false
  const wakeAll = () => {
    for (const wake of [...waiting]) wake()
  }
  const stopListening = app.auditLog.onProgress(wakeAll)
  app.addHook('preClose', async () => {
    closing = true
    stopListening()
    wakeAll()
  })

  // One of the public kinds' own GET schemas (typed loosely here: the feed only passes them on).
  const entity = Type.Unsafe<Record<string, unknown>>(
    Type.Union(
      views.all().map(({ schema }) => schema),
      { description: 'The entity now, exactly as its own GET shows it (which GET: the table of what is public in docs/portals.md); null in a tombstone' },
    ),
  )
  const ChangeSchema = Type.Object(
    {
      position: Type.Integer({ description: "The event's position in the audit log (its seq): increasing; a filtered feed skips the others" }),
      cursor: Type.String({ description: 'Resume right after this change' }),
      occurredAt: Timestamp,
      entityType: Type.String({ enum: [...PUBLIC_TYPES] }),
      entityId: Type.String(),
      action: Type.String({ description: 'What happened, as the audit log names it (committee.updated, pact.signed, …)' }),
      tombstone: Type.Boolean({ description: 'The entity no longer exists: delete it from the mirror' }),
      entity: Nullable(entity),
    },
    { additionalProperties: false },
  )

  /**
   * Waits `ms`, or until woken (progress, shutdown, or `client.wake` when the client goes away).
   * Which replica's sequencer places the next events is unknown: besides this one's, look every poll interval.
   */
  const pause = (ms: number, client: { gone: boolean; wake: (() => void) | null }) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer)
        waiting.delete(done)
        client.wake = null
        resolve()
      }
      const timer = setTimeout(done, ms)
      waiting.add(done)
      client.wake = done
      if (closing || client.gone) done()
    })

  app.get(
    '/v1/changes',
    {
      // A long poll may wait MAX_WAIT_S before its last read: it gets the long routes' deadline.
      config: { access: [grant(EVERY_ROLE)], bulk: true },
      // Written as it is: each entity is already its GET's exact shape (its module's view), while
      // the schema's serializer would try every public kind's schema on every item to pick one.
      serializerCompiler: () => (data) => JSON.stringify(data),
      schema: {
        operationId: 'listChanges',
        tags,
        summary: 'The change feed: every change to a public entity, in the audit log’s order, with the entity as it is now',
        description:
          'Follow it from the `changesCursor` of a snapshot (the lists a portal mirrors answer one) or from the start (no cursor). ' +
          'The order is the audit log’s: gap-free and in commit order, so a change is never seen before one placed earlier. ' +
          'Each item carries the entity as its own GET shows it now, or a tombstone; apply items in order and a mirror converges ' +
          '(an item may repeat a state already read: applying it again changes nothing). `nextCursor` is always given: pass it back. ' +
          'With `wait`, an answer that would be empty waits up to that many seconds for the next change. Only public kinds of entity appear, ' +
          'for every role: API keys, submissions, assessments and adjustments never do.',
        querystring: Type.Object(
          {
            cursor: Type.Optional(
              Type.String({ maxLength: 64, description: 'Opaque: a nextCursor, an item’s cursor or a changesCursor; none: from the start' }),
            ),
            types: Type.Optional(
              Type.String({ maxLength: 500, pattern: TYPE_LIST, description: `Comma-separated entity types (default all): ${PUBLIC_TYPES.join(', ')}` }),
            ),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100, description: 'Most changes in one answer (max 500)' })),
            wait: Type.Optional(
              Type.Integer({
                minimum: 0,
                maximum: MAX_WAIT_S,
                default: 0,
                description: `Seconds to wait for a change when there is none yet (long poll, ≤ ${MAX_WAIT_S})`,
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object(
            {
              items: Type.Array(ChangeSchema),
              nextCursor: Type.String({ description: 'Where to continue: after the last item, or where this answer looked up to' }),
              hasMore: Type.Boolean({ description: 'More changes are already there: ask again at once' }),
            },
            { additionalProperties: false },
          ),
          ...problems(400, 401, 403),
        },
      },
    },
    async (req, reply) => {
      const { limit = 100, wait = 0 } = req.query
      const after = decodeChangesCursor(req.query.cursor)
      const types = req.query.types ? [...new Set(req.query.types.split(','))] : PUBLIC_TYPES
      // The client went away: stop waiting (its own wait only).
      const client: { gone: boolean; wake: (() => void) | null } = { gone: false, wake: null }
      reply.raw.once('close', () => {
        client.gone = true
        client.wake?.()
      })
      const until = Date.now() + wait * 1000
      // Nothing of these types lies between `after` and `from` (it moves up as empty reads show it).
      let from = after
      let looked = -1
      for (;;) {
        // The end first: an empty read then means "nothing after `from` up to `end`", so the
        // cursor may move to the end and a filtered feed never reads the same events again.
        const end = await repo.head()
        if (after > end) throw cursorBeyondLog()
        // Waiting, the log's end is looked at every poll; the events only when it has moved.
        if (end !== looked) {
          looked = end
          const rows = await repo.after(from, types, limit + 1)
          const page = rows.slice(0, limit)
          if (page.length > 0) {
            const last = page[page.length - 1]!.seq
            const hasMore = rows.length > limit
            return { items: await changeItems(views, page), nextCursor: encodeChangesCursor(hasMore ? last : Math.max(last, end)), hasMore }
          }
          from = Math.max(from, end)
        }
        const left = until - Date.now()
        if (left <= 0 || closing || client.gone) return { items: [], nextCursor: encodeChangesCursor(from), hasMore: false }
        // Waiting, the poll costs this process nothing: it does not count as a request in flight.
        requestLoad.idle(req.loadTicket)
        try {
          await pause(Math.min(left, app.config.AUDIT_SEQUENCER_POLL_MS), client)
        } finally {
          requestLoad.busy(req.loadTicket)
        }
      }
    },
  )
}

export default routes
