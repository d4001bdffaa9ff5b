import { randomBytes } from 'node:crypto'
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import { hostname } from 'node:os'
import type { FastifyBaseLogger } from 'fastify'
import type { Db } from '../../db/client.ts'
import { dbScopes } from '../../db/scope.ts'
import { uuidv7 } from '../../lib/ids.ts'
import { changeItems, changesAfter, changesHead, type ChangeItem, type ChangeRow } from '../changes/service.ts'
import { PUBLIC_TYPES, type PublicViews } from '../publication/service.ts'
import { literalRefusal, publicOnlyLookup } from './destination.ts'
import { webhookRepository, type Attempt, type SubscriptionRow } from './repository.ts'
import { secretContext, signWebhook } from './signature.ts'
import { open as openSecret, seal, sealedUnder, type SecretKeys } from '../../lib/secret-box.ts'

export interface DispatcherOptions {
  allowPrivate: boolean
  timeoutMs: number
  retryForMs: number
  backoffMs: number
  pollMs: number
  concurrency: number
  /** Deliveries to one subscription in flight at once (1: one after the other, in the log's order). */
  inFlight: number
  logDays: number
  log: FastifyBaseLogger
  /** The keys that seal the subscriptions' secrets at rest (null: stored unsealed). */
  secretKeys: SecretKeys | null
}

/** Events read at once (a page of the outbox). */
const RUN_EVENTS = 100
/** Events one run reads before it gives its lease back (another run, here or elsewhere, goes on). */
const RUN_SHARE = 2000
/** Delivered attempts recorded in one statement. */
const RECORD_EVERY = 25
/** The longest wait between two attempts at one event. */
const MAX_BACKOFF_MS = 3_600_000
const PRUNE_EVERY_MS = 3_600_000
/** How often every stored secret is sealed under the current key, after the first look for work. */
const SEAL_EVERY_MS = 3_600_000
/** What is read of a receiver's answer (it is not kept): the rest is dropped. */
const MAX_ANSWER_BYTES = 64 * 1024

/** The delay before attempt `failures` + 1: doubling from `baseMs`, capped at an hour, with jitter (half to all of it). */
export const backoffMs = (baseMs: number, failures: number, random = Math.random): number =>
  Math.round(Math.min(baseMs * 2 ** Math.min(failures - 1, 30), MAX_BACKOFF_MS) * (0.5 + random() * 0.5))

/** The webhook's body: Standard Webhooks' `type`, `timestamp` and `data` (the change as the feed shows it). */
export const webhookPayload = (item: ChangeItem) => JSON.stringify({ type: item.action, timestamp: item.occurredAt, data: item })

/** webhook-id: one per event, the same for every attempt and every subscription (a receiver deduplicates on it). */
export const messageIdOf = (position: number) => `msg_${position}`

interface Outcome {
  statusCode: number | null
  error: string | null
}

/**
 * Delivers webhooks from the audit log, the outbox: each subscription's position is how far along
 * the log it is, and the events after it (of its kinds) are POSTed in order, signed, up to
 * `inFlight` at once (not one at a time: under a write load each answer waits behind the
 * requests' turns of the event loop, and one at a time fell behind the writes). Every replica
 * runs one; they share the work through the database (a lease per subscription, claimed with
 * SKIP LOCKED), so two replicas never send to one subscription at once, and a replica that dies
 * mid-run loses nothing: its lease runs out and another resends what was not recorded as
 * delivered (at least once). Deliveries run beside the requests, never inside one: a slow or
 * dead receiver holds only its own subscription's run.
 */
export class WebhookDispatcher {
  private readonly replica = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`
  /** Claims made so far: each claim's lease is held under a name of its own (see tick). */
  private claims = 0
  private readonly leaseMs: number
  private readonly agents: { http: HttpAgent; https: HttpsAgent }
  private readonly running = new Set<Promise<void>>()
  /** The runs among them retrying a failed delivery (a receiver that is down, most likely). */
  private retrying = 0
  /** Stops each request in flight (when the replica stops). */
  private readonly inFlight = new Set<() => void>()
  private timer: NodeJS.Timeout | null = null
  /** The look for work under way, if any (stop waits for it: it may start runs). */
  private ticking: Promise<void> | null = null
  private again = false
  private stopped = false
  private failing = false
  private lastPrune = 0
  /** When secrets were last sealed under the current key (see sealSecrets), and whether they ever were here. */
  private lastSeal = 0
  private sealedOnce = false

  constructor(
    private readonly db: Db,
    private readonly views: PublicViews,
    private readonly opts: DispatcherOptions,
  ) {
    // Long enough for a run's attempt in flight; a dead replica's subscriptions wait this long at most.
    this.leaseMs = 3 * opts.timeoutMs + 2000
    // Connections to a receiver are kept open. Their number is bounded by the runs (inFlight each),
    // not per host: subscriptions to one host must not wait on each other's (a slow one's) sockets.
    const sockets = { keepAlive: true, maxSockets: opts.concurrency * opts.inFlight }
    this.agents = { http: new HttpAgent(sockets), https: new HttpsAgent(sockets) }
  }

  start(): void {
    if (this.stopped || this.timer) return
    this.timer = setInterval(() => this.kick(), this.opts.pollMs)
    this.timer.unref()
    this.kick()
  }

  /** Look for work now (the log moved on here, a run ended, a subscription was resumed). */
  kick(): void {
    if (this.stopped || !this.timer) return
    if (this.ticking) {
      this.again = true
      return
    }
    // Outside the context of whatever woke it (a request's, whose transaction and deadline its
    // queries would otherwise join): the runs it starts outlive that request.
    this.ticking = dbScopes
      .exit(() => this.tick())
      .then(
        () => {
          if (this.failing) this.opts.log.info('webhook delivery can reach the database again')
          this.failing = false
        },
        (err: Error) => {
          if (!this.failing) this.opts.log.warn({ err: err.message }, 'webhook delivery cannot look for work (the database failed); it tries again')
          this.failing = true
        },
      )
      .finally(() => {
        this.ticking = null
        if (this.again) {
          this.again = false
          this.kick()
        }
      })
  }

  /** Stops: attempts in flight are abandoned (not recorded: they are sent again) and leases given back. */
  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer) clearInterval(this.timer)
    for (const stop of [...this.inFlight]) stop()
    await this.ticking
    // A run the last look started is in `running` by now; one in flight stops at its next step.
    for (const stop of [...this.inFlight]) stop()
    await Promise.allSettled([...this.running])
    this.agents.http.destroy()
    this.agents.https.destroy()
  }

  private async tick(): Promise<void> {
    const repo = webhookRepository(this.db)
    if (Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = Date.now()
      const pruned = await repo.prune(this.opts.logDays)
      if (pruned > 0) this.opts.log.info({ pruned }, 'webhook delivery log pruned')
    }
    if (this.opts.secretKeys && Date.now() - this.lastSeal > SEAL_EVERY_MS) {
      this.lastSeal = Date.now()
      await this.sealSecrets(this.opts.secretKeys)
    }
    const free = this.opts.concurrency - this.running.size
    if (free <= 0) return
    const head = await changesHead(this.db)
    // The lease's holder names this claim, not only this replica: a subscription resumed while
    // one of this replica's runs still holds it is claimed again by a new run, and the old run's
    // late steps (its record, its release) must find the lease lost, not take the new run's.
    const owner = `${this.replica}:${++this.claims}`
    // Half the runs at most (one at least) retry: a retry to a receiver that is down waits out its
    // timeout, and those coming due together would otherwise hold every run from the live ones.
    const retrySlots = Math.max(0, Math.ceil(this.opts.concurrency / 2) - this.retrying)
    const held = this.opts.secretKeys?.keys.map((k) => k.kid) ?? []
    const claimed = await repo.claim(owner, head, this.leaseMs, free, Math.min(free, retrySlots), held)
    for (const sub of claimed) {
      if (this.stopped) {
        await repo.release(sub.id, owner).catch(() => {})
        continue
      }
      const retry = sub.attempts > 0
      if (retry) this.retrying++
      const run: Promise<void> = this.run(sub, owner, head)
        .catch((err: Error) => this.opts.log.warn({ err: err.message, subscription: sub.id }, 'a webhook run stopped (its events are sent again)'))
        .finally(() => {
          if (retry) this.retrying--
          this.running.delete(run)
          this.kick()
        })
      this.running.add(run)
    }
  }

  /**
   * One run over one subscription, under its lease: the events after its position, sent in the
   * log's order with up to `inFlight` POSTs in flight at once, page after page (the next page read
   * while this one is sent) until a read finds nothing new, the run has read RUN_SHARE events, or
   * one fails. A subscription retrying a failed event sends that one alone first. Attempts are
   * recorded as they end, several in one statement, without holding the sending up; the position
   * moves to the end of the run's delivered prefix only, so an event after a failure or not yet
   * answered is sent again by the next run (at least once).
   */
  private async run(sub: SubscriptionRow, owner: string, head: number): Promise<void> {
    const repo = webhookRepository(this.db)
    // A claimed subscription's secret written by a replica with an older key file, or none: sealed
    // now (should that fail, at the next pass).
    if (this.opts.secretKeys) await this.sealAnew(this.opts.secretKeys, sub.id, sub.secret).catch(() => {})
    const types = sub.types ?? PUBLIC_TYPES
    const url = new URL(sub.url)
    let until = Date.now() + this.leaseMs - this.opts.timeoutMs - 1000
    /** The events read and not sent yet, and where the last read ended. */
    const queue: { row: ChangeRow; item: ChangeItem }[] = []
    let readTo = sub.position
    let taken = 0
    /** No more is read: the last read found nothing, or failed, or this run read its share. */
    let exhausted = false
    /** The last read reached the log's end (it came back short). */
    let short = false
    let reading: Promise<void> | null = null
    const read = async (first: boolean) => {
      // After the first page, the lease is extended (and checked: a run that lost it stops), beside the read.
      const [kept, rows] = await Promise.all([first || repo.renew(sub.id, owner, this.leaseMs), changesAfter(this.db, readTo, types, RUN_EVENTS)])
      if (!kept) return void (lost = true)
      if (!first) until = Date.now() + this.leaseMs - this.opts.timeoutMs - 1000
      // The entities as they are now, read once per page (one query per kind).
      const items = await changeItems(this.views, rows)
      for (const [i, row] of rows.entries()) queue.push({ row, item: items[i]! })
      if (rows.length > 0) readTo = rows.at(-1)!.seq
      taken += rows.length
      short = rows.length < RUN_EVENTS
      // Reading goes on while it finds events (the log is being written to), up to the run's share.
      if (rows.length === 0 || taken >= RUN_SHARE) exhausted = true
    }

    /** Every event sent, in the log's order, and what its attempt came to (undefined: in flight). */
    const sent: { seq: number; attempt: Attempt | null | undefined }[] = []
    /** sent[0 .. settled) are answered and delivered: the position is sent[settled - 1]'s. */
    let settled = 0
    let inFlight = 0
    let failed: Attempt | null = null
    let abandoned = false
    let lost = false
    // A subscription whose last attempt failed sends that event alone until it is delivered.
    let probing = sub.attempts > 0
    let wake: (() => void) | null = null
    const woken = () => new Promise<void>((resolve) => (wake = resolve))
    const poke = () => {
      const w = wake
      wake = null
      w?.()
    }

    // What is recorded: by one statement at a time, each taking every attempt ended since the last.
    let recordedAt = sub.position
    let unrecorded: Attempt[] = []
    /** The last attempt of the delivered prefix not recorded yet. */
    let prefixEnd: Attempt | null = null
    let recording: Promise<void> | null = null
    const record = (final: boolean): Promise<void> | null => {
      if (recording || lost) return recording
      if (!final && unrecorded.length < RECORD_EVERY && inFlight > 0) return null
      const batch = unrecorded
      const done = prefixEnd
      const failure = final ? failed : null
      if (batch.length === 0 && !done && !failure) return null
      unrecorded = []
      prefixEnd = null
      recording = repo
        .record(
          sub.id,
          owner,
          recordedAt,
          batch,
          { position: done, failed: failure },
          {
            delayMs: backoffMs(this.opts.backoffMs, failure?.number ?? 1),
            retryForMs: this.opts.retryForMs,
          },
        )
        .then(
          (kept) => {
            if (!kept) lost = true
            else if (done) recordedAt = done.position
          },
          (err: Error) => {
            // Not recorded: those events are sent again by a later run.
            lost = true
            this.opts.log.warn({ err: err.message, subscription: sub.id }, 'a webhook run could not record its deliveries (they are sent again)')
          },
        )
        .finally(() => {
          recording = null
          poke()
        })
      return recording
    }

    /** The record in flight, if any (read through a function: it changes in callbacks). */
    const pendingRecord = (): Promise<void> | null => recording

    const settle = () => {
      while (settled < sent.length) {
        const a = sent[settled]!.attempt
        if (!a || !a.delivered) break
        prefixEnd = a
        settled++
      }
    }

    const launch = (row: ChangeRow, item: ChangeItem) => {
      const slot: (typeof sent)[number] = { seq: row.seq, attempt: undefined }
      sent.push(slot)
      inFlight++
      const number = probing ? sub.attempts + 1 : 1
      void this.attempt(sub, url, row, item, number)
        .then(
          (attempt) => {
            slot.attempt = attempt
            if (attempt === null) abandoned = true
            else {
              unrecorded.push(attempt)
              if (!attempt.delivered) {
                if (!failed || attempt.position < failed.position) failed = attempt
              } else if (probing) probing = false
            }
          },
          (err: Error) => {
            slot.attempt = null
            abandoned = true
            this.opts.log.warn({ err: err.message, subscription: sub.id }, 'a webhook attempt stopped (it is sent again)')
          },
        )
        .finally(() => {
          inFlight--
          settle()
          void record(false)
          poke()
        })
    }

    try {
      await read(true)
      // Nothing of its kinds between its position and the end read before: move there.
      if (queue.length === 0) {
        await repo.skipTo(sub.id, owner, sub.position, head)
        return
      }
      for (;;) {
        const stopping = this.stopped || lost || abandoned || failed !== null || Date.now() > until
        if (stopping && inFlight === 0) break
        if (!stopping) {
          // The next page is read while this one is sent, once half of it is on its way.
          if (!reading && !exhausted && queue.length < RUN_EVENTS / 2) {
            reading = read(false)
              .catch((err: Error) => {
                exhausted = true
                this.opts.log.warn({ err: err.message, subscription: sub.id }, 'a webhook run could not read its next events')
              })
              .finally(() => {
                reading = null
                poke()
              })
          }
          const window = probing ? 1 : this.opts.inFlight
          for (let n = Math.min(queue.length, window - inFlight); n > 0; n--) {
            const { row, item } = queue.shift()!
            launch(row, item)
          }
          if (queue.length === 0 && inFlight === 0 && !reading && exhausted) break
        }
        await woken()
      }
      await reading
      // What the run came to: recorded once the last record in flight is done.
      for (let r = pendingRecord(); r; r = pendingRecord()) await r
      await record(true)
      // Every event read was delivered and the last read reached the log's end: nothing of its
      // kinds lies between there and `head` (read before the first read), so the position moves there.
      const complete = !lost && !abandoned && failed === null && settled === sent.length && queue.length === 0 && short && reading === null
      if (failed !== null && !lost) {
        const f = failed as Attempt
        this.opts.log.info({ subscription: sub.id, position: f.position, error: f.error, statusCode: f.statusCode }, 'a webhook delivery failed; it is retried')
      }
      if (complete && head > recordedAt) await repo.skipTo(sub.id, owner, recordedAt, head)
    } finally {
      // Given back (here or at the next claim, should this fail: the lease runs out).
      await repo.release(sub.id, owner).catch(() => {})
    }
  }

  /**
   * Seals every secret stored unsealed (kept before a key was configured, or by a replica without
   * one) or under an older key (the first key was rotated) under the current one, at the first
   * look for work and hourly after; each replaced only if unchanged meanwhile. One that does not
   * open is left as it is, and said: this replica does not deliver to it (see claim). The log line
   * tells when no secret is left under an older key, which may then go.
   */
  private async sealSecrets(keys: SecretKeys): Promise<void> {
    const repo = webhookRepository(this.db)
    let resealed = 0
    const notHeld: string[] = []
    const all = await repo.storedSecrets()
    for (const { id, secret } of all) {
      const done = await this.sealAnew(keys, id, secret)
      if (done === 'not held') notHeld.push(id)
      else if (done === 'resealed') resealed++
    }
    const current = all.length - notHeld.length
    if (notHeld.length > 0) {
      this.opts.log.error(
        { subscriptions: notHeld, current },
        'webhook signing secrets that no key of WEBHOOK_SECRET_KEYS_FILE opens: this replica does not deliver to them',
      )
    }
    if (notHeld.length === 0 && (resealed > 0 || !this.sealedOnce)) {
      this.opts.log.info({ resealed, secrets: current }, 'every webhook signing secret is sealed under the current key')
    }
    this.sealedOnce = true
  }

  /**
   * A stored secret sealed under the current key if it was not: 'resealed', or 'current' (it was,
   * or another replica did it meanwhile), or 'not held' (no key of this replica opens it).
   */
  private async sealAnew(keys: SecretKeys, id: string, stored: string): Promise<'current' | 'resealed' | 'not held'> {
    if (sealedUnder(keys, stored)) return 'current'
    let plain: string
    try {
      plain = openSecret(keys, stored, secretContext(id))
    } catch {
      return 'not held'
    }
    return (await webhookRepository(this.db).resealSecret(id, stored, seal(keys, plain, secretContext(id)))) ? 'resealed' : 'current'
  }

  /** One POST of one event; null when it was abandoned (the replica stops). */
  private async attempt(sub: SubscriptionRow, url: URL, row: ChangeRow, item: ChangeItem, number: number): Promise<Attempt | null> {
    const body = webhookPayload(item)
    const messageId = messageIdOf(row.seq)
    const timestamp = Math.floor(Date.now() / 1000)
    const attemptedAt = new Date()
    const started = performance.now()
    const ended = (o: Outcome): Attempt => {
      const delivered = o.statusCode !== null && o.statusCode >= 200 && o.statusCode < 300
      return {
        id: uuidv7(),
        position: row.seq,
        messageId,
        eventType: row.action,
        number,
        attemptedAt,
        durationMs: Math.round(performance.now() - started),
        delivered,
        statusCode: o.statusCode,
        error: delivered ? null : (o.error ?? `the receiver answered ${o.statusCode}`),
      }
    }
    let secret: string
    try {
      secret = openSecret(this.opts.secretKeys, sub.secret, secretContext(sub.id))
    } catch (err) {
      // Nothing is sent unsigned: the attempt fails, saying why, and is retried (a replica with the key may send it).
      return ended({ statusCode: null, error: `the signing secret cannot be opened: ${(err as Error).message} (WEBHOOK_SECRET_KEYS_FILE)` })
    }
    const outcome = await this.post(
      url,
      {
        'content-type': 'application/json',
        'user-agent': 'cum-thi-dua-webhooks/1',
        'webhook-id': messageId,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhook(secret, messageId, timestamp, body),
        'content-length': String(Buffer.byteLength(body)),
      },
      body,
    )
    return outcome === null ? null : ended(outcome)
  }

  /** POSTs, without following redirects; null when abandoned because the replica stops. */
  private post(url: URL, headers: IncomingHttpHeaders & Record<string, string>, body: string): Promise<Outcome | null> {
    const refused = literalRefusal(url, this.opts.allowPrivate)
    if (refused) return Promise.resolve({ statusCode: null, error: `refused: ${refused}` })
    const https = url.protocol === 'https:'
    return new Promise((resolve) => {
      let settled = false
      let timedOut = false
      // A timer and a stop hook of its own (not AbortSignal.any on a long-lived signal: Node 20
      // keeps every signal derived from it, and each new one costs more than the last).
      const stop = () => req.destroy()
      const timer = setTimeout(() => {
        timedOut = true
        req.destroy()
      }, this.opts.timeoutMs)
      const settle = (o: Outcome | null) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        this.inFlight.delete(stop)
        resolve(o)
      }
      const req = (https ? httpsRequest : httpRequest)(
        url,
        {
          method: 'POST',
          headers,
          agent: https ? this.agents.https : this.agents.http,
          ...(this.opts.allowPrivate ? {} : { lookup: publicOnlyLookup as never }),
        },
        (res) => {
          let read = 0
          res.on('data', (chunk: Buffer) => {
            read += chunk.length
            if (read > MAX_ANSWER_BYTES) res.destroy()
          })
          res.on('error', () => {})
          settle({ statusCode: res.statusCode ?? null, error: null })
        },
      )
      this.inFlight.add(stop)
      req.on('error', (err: NodeJS.ErrnoException) => {
        if (this.stopped && !timedOut) return settle(null)
        settle({ statusCode: null, error: timedOut ? `no answer within ${this.opts.timeoutMs} ms` : `${err.code ?? err.name}: ${err.message}` })
      })
      req.end(body)
    })
  }
}
