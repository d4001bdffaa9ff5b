import type { Db } from '../../db/client.ts'
import { invalid, notFound } from '../../domain/errors.ts'
import type { Clock } from '../../lib/clock.ts'
import { uuidv7 } from '../../lib/ids.ts'
import { recordAudit, type Actor } from '../audit-events/service.ts'
import { changesHead } from '../changes/service.ts'
import { findCommittee } from '../committees/service.ts'
import { isPublicType, type PublicType } from '../publication/service.ts'
import { checkWebhookUrl, MAX_URL_LENGTH } from './destination.ts'
import { webhookRepository, type SubscriptionRow } from './repository.ts'
import { newWebhookSecret, secretContext } from './signature.ts'
import { seal, type SecretKeys } from '../../lib/secret-box.ts'

export interface NewSubscription {
  url: string
  types?: readonly string[] | null | undefined
  description?: string | null | undefined
  committeeId?: string | null | undefined
  /** Deliver from here (a feed position); default: the log's end, so only changes from now on. */
  fromPosition?: number | undefined
}

/** What the audit log keeps of a subscription: never its secret. */
export const subscriptionAuditView = (s: SubscriptionRow) => ({
  id: s.id,
  url: s.url,
  types: s.types,
  description: s.description,
  committeeId: s.committeeId,
  status: s.status,
  position: s.position,
})

const beyondLog = (head: number) =>
  invalid('POSITION_BEYOND_LOG', `The log ends at position ${head}`, {
    errors: [{ pointer: '/fromPosition', code: 'POSITION_BEYOND_LOG', message: `must be at most ${head + 1}` }],
  })

/** Delivering from a position: the subscription's position is the one just before it. */
const positionBefore = (position: number) => Math.max(0, position - 1)

const NOT_FOUND = (id: string) => notFound('WEBHOOK_SUBSCRIPTION_NOT_FOUND', `No webhook subscription ${id}`)

export function webhookService(db: Db, clock: Clock, opts: { allowPrivate: boolean; secretKeys?: SecretKeys | null }) {
  return {
    /** A new subscription and its secret, shown once. */
    async create(actor: Actor, input: NewSubscription): Promise<{ subscription: SubscriptionRow; secret: string }> {
      if (input.url.length > MAX_URL_LENGTH) throw invalid('WEBHOOK_URL_INVALID', `The URL is longer than ${MAX_URL_LENGTH} characters`)
      const url = await checkWebhookUrl(input.url, opts.allowPrivate)
      const types = input.types ? [...new Set(input.types)] : null
      const unknown = types?.find((t) => !isPublicType(t))
      if (unknown !== undefined) {
        throw invalid('WEBHOOK_TYPE_NOT_PUBLIC', `${unknown} is not a public kind of entity: webhooks carry what the change feed carries`, {
          errors: [{ pointer: `/types/${types!.indexOf(unknown)}`, code: 'WEBHOOK_TYPE_NOT_PUBLIC', message: 'is not a public kind of entity' }],
        })
      }
      return db.transaction(async (tx) => {
        if (input.committeeId) {
          const committee = await findCommittee(tx, input.committeeId)
          if (!committee || committee.status !== 'active') {
            throw invalid('COMMITTEE_NOT_ACTIVE', 'A subscription can only belong to an active committee', {
              errors: [{ pointer: '/committeeId', code: committee ? 'COMMITTEE_NOT_ACTIVE' : 'COMMITTEE_NOT_FOUND', message: 'must name an active committee' }],
            })
          }
        }
        const head = await changesHead(tx)
        if (input.fromPosition !== undefined && input.fromPosition > head + 1) throw beyondLog(head)
        const secret = newWebhookSecret()
        const now = clock()
        const id = uuidv7()
        const subscription = await webhookRepository(tx).insert({
          id,
          url: url.href,
          types: types as PublicType[] | null,
          description: input.description ?? null,
          committeeId: input.committeeId ?? null,
          // Sealed under the service's key when it has one: a copy of the database cannot sign.
          secret: opts.secretKeys ? seal(opts.secretKeys, secret, secretContext(id)) : secret,
          position: input.fromPosition === undefined ? head : positionBefore(input.fromPosition),
          nextAttemptAt: now,
          createdAt: now,
          createdBy: actor.keyId,
        })
        await recordAudit(tx, actor, {
          action: 'webhook_subscription.created',
          entityType: 'webhook_subscription',
          entityId: subscription.id,
          after: subscriptionAuditView(subscription),
        })
        return { subscription, secret }
      })
    },

    async remove(actor: Actor, id: string): Promise<void> {
      await db.transaction(async (tx) => {
        const gone = await webhookRepository(tx).remove(id)
        if (!gone) throw NOT_FOUND(id)
        await recordAudit(tx, actor, {
          action: 'webhook_subscription.deleted',
          entityType: 'webhook_subscription',
          entityId: id,
          before: subscriptionAuditView(gone),
        })
      })
    },

    /**
     * Delivery resumes at once: from `fromPosition` (every event from it on is sent again, even
     * those delivered already) or, without one, from where it stopped. A failing subscription
     * is active again.
     */
    async redeliver(actor: Actor, id: string, fromPosition: number | undefined): Promise<SubscriptionRow> {
      return db.transaction(async (tx) => {
        const repo = webhookRepository(tx)
        const before = await repo.find(id)
        if (!before) throw NOT_FOUND(id)
        if (fromPosition !== undefined) {
          const head = await changesHead(tx)
          if (fromPosition > head + 1) throw beyondLog(head)
        }
        const after = (await repo.resume(id, fromPosition === undefined ? null : positionBefore(fromPosition)))!
        await recordAudit(tx, actor, {
          action: 'webhook_subscription.redelivered',
          entityType: 'webhook_subscription',
          entityId: id,
          before: subscriptionAuditView(before),
          after: subscriptionAuditView(after),
        })
        return after
      })
    },
  }
}

export const webhookSubscriptionNotFound = NOT_FOUND
