import { and, asc, desc, eq, gt, lt, sql, type SQL } from 'drizzle-orm'
import { rows, type DbOrTx } from '../../db/client.ts'
import { webhookDeliveries, webhookSubscriptions } from '../../db/schema.ts'

export type SubscriptionRow = typeof webhookSubscriptions.$inferSelect
export type DeliveryRow = typeof webhookDeliveries.$inferSelect

/** What one attempt at one event came to. */
export interface Attempt {
  id: string
  position: number
  messageId: string
  eventType: string
  /** 1 for the first attempt at this event, 2 for its first retry, … */
  number: number
  attemptedAt: Date
  durationMs: number
  delivered: boolean
  statusCode: number | null
  error: string | null
}

/** How a failed attempt is followed: when to try again, and when to stop (the subscription fails). */
export interface RetryPolicy {
  /** The delay before the next attempt (with its jitter). */
  delayMs: number
  /** A run of failures this long marks the subscription failing. */
  retryForMs: number
}

export function webhookRepository(db: DbOrTx) {
  return {
    async insert(row: typeof webhookSubscriptions.$inferInsert): Promise<SubscriptionRow> {
      const [created] = await db.insert(webhookSubscriptions).values(row).returning()
      return created!
    },

    async find(id: string): Promise<SubscriptionRow | undefined> {
      const [row] = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id))
      return row
    },

    async list(f: { committeeId?: string | undefined; afterId?: string | undefined; limit: number }) {
      const where: SQL[] = []
      if (f.committeeId) where.push(eq(webhookSubscriptions.committeeId, f.committeeId))
      if (f.afterId) where.push(gt(webhookSubscriptions.id, f.afterId))
      return db
        .select()
        .from(webhookSubscriptions)
        .where(and(...where))
        .orderBy(asc(webhookSubscriptions.id))
        .limit(f.limit + 1)
    },

    async remove(id: string): Promise<SubscriptionRow | undefined> {
      const [row] = await db.delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, id)).returning()
      return row
    },

    /**
     * Delivery resumes after `position` (or where it stopped), at once: the subscription is
     * active again, its run of failures forgotten, and a lease held is ended (the replica
     * holding it finds it lost at its next step and stops).
     */
    async resume(id: string, position: number | null): Promise<SubscriptionRow | undefined> {
      const [row] = await db
        .update(webhookSubscriptions)
        .set({
          status: 'active',
          ...(position === null ? {} : { position }),
          attempts: 0,
          failingSince: null,
          lastError: null,
          nextAttemptAt: sql`clock_timestamp()`,
          leaseOwner: null,
          leaseUntil: null,
          version: sql`${webhookSubscriptions.version} + 1`,
        })
        .where(eq(webhookSubscriptions.id, id))
        .returning()
      return row
    },

    async deliveries(subscriptionId: string, f: { beforeId?: string | undefined; limit: number }): Promise<DeliveryRow[]> {
      const where: SQL[] = [eq(webhookDeliveries.subscriptionId, subscriptionId)]
      if (f.beforeId) where.push(lt(webhookDeliveries.id, f.beforeId))
      return db
        .select()
        .from(webhookDeliveries)
        .where(and(...where))
        .orderBy(desc(webhookDeliveries.id))
        .limit(f.limit + 1)
    },

    /**
     * Claims up to `n` subscriptions with deliveries due for `owner` until the lease ends: active,
     * due, behind the log's end, and not leased by another replica (or its lease has run out, as
     * when that replica died). SKIP LOCKED: replicas claiming at once never wait on each other
     * nor take the same one. At most `retrying` of them are retrying a failed delivery; only
     * those whose secret is unsealed or sealed under one of `heldKeys` (key ids).
     */
    async claim(owner: string, head: number, leaseMs: number, n: number, retrying: number = n, heldKeys: readonly string[] = []): Promise<SubscriptionRow[]> {
      const s = webhookSubscriptions
      // Those due, the longest waiting first: up to `retrying` retrying a failed delivery
      // (attempts > 0), then the others. Retries have their share however many others are due,
      // and receivers that are down never take every run from those that are up.
      // Only those whose secret this replica can open: stored unsealed, or sealed under a key it holds.
      const due = sql`status = 'active' and next_attempt_at <= clock_timestamp() and position < ${head}
              and (lease_until is null or lease_until < clock_timestamp())
              and (secret not like 'whenc:v1:%' or split_part(secret, ':', 3) = any(${sql.param([...heldKeys])}::text[]))`
      return db
        .update(s)
        .set({ leaseOwner: owner, leaseUntil: sql`clock_timestamp() + make_interval(secs => ${leaseMs / 1000})` })
        .where(
          sql`${s.id} in (
            with retry as (select id from webhook_subscriptions where ${due} and attempts > 0
                order by next_attempt_at limit ${Math.min(retrying, n)} for update skip locked),
              live as (select id from webhook_subscriptions where ${due} and attempts = 0
                order by next_attempt_at limit ${n} for update skip locked)
            select id from retry
            union all
            select id from (select id from live limit greatest(0, ${n} - (select count(*) from retry))) as rest)`,
        )
        .returning()
    },

    /** Every subscription's stored secret (to seal them under the current key). */
    async storedSecrets(): Promise<{ id: string; secret: string }[]> {
      return db.select({ id: webhookSubscriptions.id, secret: webhookSubscriptions.secret }).from(webhookSubscriptions)
    },

    /** Replaces a stored secret by the same secret sealed anew, unless it changed meanwhile (another replica did it). */
    async resealSecret(id: string, from: string, to: string): Promise<boolean> {
      const rows = await db
        .update(webhookSubscriptions)
        .set({ secret: to })
        .where(and(eq(webhookSubscriptions.id, id), eq(webhookSubscriptions.secret, from)))
        .returning({ id: webhookSubscriptions.id })
      return rows.length === 1
    },

    /** Ends `owner`'s lease (its run is over, or it stops). */
    async release(id: string, owner: string): Promise<void> {
      await db
        .update(webhookSubscriptions)
        .set({ leaseOwner: null, leaseUntil: null })
        .where(and(eq(webhookSubscriptions.id, id), eq(webhookSubscriptions.leaseOwner, owner)))
    },

    /** Nothing after `position` up to `head` is for this subscription: move past it. False when the lease was lost. */
    async skipTo(id: string, owner: string, from: number, head: number): Promise<boolean> {
      const rows = await db
        .update(webhookSubscriptions)
        .set({ position: head })
        .where(and(eq(webhookSubscriptions.id, id), eq(webhookSubscriptions.leaseOwner, owner), eq(webhookSubscriptions.position, from)))
        .returning({ id: webhookSubscriptions.id })
      return rows.length === 1
    },

    /**
     * `owner` still holds the lease: it is extended by `leaseMs` from now (a run that goes on to
     * its next page of changes). False when it was lost (deleted, resumed, or taken over).
     */
    async renew(id: string, owner: string, leaseMs: number): Promise<boolean> {
      const rows = await db
        .update(webhookSubscriptions)
        .set({ leaseUntil: sql`clock_timestamp() + make_interval(secs => ${leaseMs / 1000})` })
        .where(and(eq(webhookSubscriptions.id, id), eq(webhookSubscriptions.leaseOwner, owner)))
        .returning({ id: webhookSubscriptions.id })
      return rows.length === 1
    },

    /**
     * Records a run's attempts since the last record, in the delivery log and on the subscription,
     * if `owner` still holds the lease at `from` (else nothing is written and false comes back:
     * the subscription was deleted, resumed elsewhere, or its lease ran out and another replica
     * took it over). The attempts may be of any changes of the run, in any order (several are in
     * flight at once): `outcome.position` is where the subscription now is (the last change of the
     * run's delivered prefix), when it moved; `outcome.failed`, the failed attempt that prefix
     * stops at, makes the next attempt wait, and a run of failures as long as the policy allows
     * marks the subscription failing. One statement: one round trip, atomic.
     */
    async record(
      id: string,
      owner: string,
      from: number,
      attempts: readonly Attempt[],
      outcome: { position: Attempt | null; failed: Attempt | null },
      retry: RetryPolicy,
    ): Promise<boolean> {
      if (attempts.length === 0 && !outcome.position && !outcome.failed) return true
      const stamp = (d: Date) => sql`${d.toISOString()}::timestamptz`
      const { position: done, failed } = outcome
      const sets: SQL[] = []
      if (done) sets.push(sql`position = ${done.position}::bigint, last_delivered_at = ${stamp(done.attemptedAt)}`)
      if (failed) {
        const at = stamp(failed.attemptedAt)
        // A delivery in this batch ended the earlier run of failures: this one starts a new run.
        const since = done ? at : sql`coalesce(failing_since, ${at})`
        sets.push(sql`attempts = ${done ? sql`0` : sql`attempts`} + 1,
              failing_since = ${since},
              last_error = ${failed.error}::text,
              next_attempt_at = clock_timestamp() + make_interval(secs => ${retry.delayMs / 1000}),
              status = case when ${at} - ${since} >= make_interval(secs => ${retry.retryForMs / 1000}) then 'failing' else 'active' end`)
      } else if (done) {
        sets.push(sql`attempts = 0, failing_since = null, last_error = null`)
      } else {
        // Only attempts to log (the prefix has not moved): the lease is checked all the same.
        sets.push(sql`position = position`)
      }
      const moved = sql`
          update webhook_subscriptions set ${sql.join(sets, sql`, `)}
          where id = ${id} and lease_owner = ${owner} and position = ${from}
          returning id`
      if (attempts.length === 0) return rows(await db.execute(moved)).length === 1
      const values = attempts.map(
        (a) => sql`(${a.id}::uuid, ${a.position}::bigint, ${a.messageId}::text, ${a.eventType}::text, ${a.number}::int, ${stamp(a.attemptedAt)},
               ${a.durationMs}::int, ${a.delivered ? 'delivered' : 'failed'}::text, ${a.statusCode}::int, ${a.error}::text)`,
      )
      const result = await db.execute(sql`
        with moved as (${moved})
        insert into webhook_deliveries
          (id, subscription_id, position, message_id, event_type, attempt, attempted_at, duration_ms, outcome, status_code, error)
        select v.id, moved.id, v.position, v.message_id, v.event_type, v.attempt, v.attempted_at, v.duration_ms, v.outcome, v.status_code, v.error
        from moved, (values ${sql.join(values, sql`, `)})
          as v (id, position, message_id, event_type, attempt, attempted_at, duration_ms, outcome, status_code, error)
        returning id`)
      return rows(result).length === attempts.length
    },

    /** The delivery log keeps `days` days. */
    async prune(days: number): Promise<number> {
      const rows = await db
        .delete(webhookDeliveries)
        .where(lt(webhookDeliveries.attemptedAt, sql`clock_timestamp() - make_interval(days => ${days})`))
        .returning({ id: webhookDeliveries.id })
      return rows.length
    },
  }
}
