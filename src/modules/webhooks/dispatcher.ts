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
import { signWebhook } from './signature.ts'

export interface DispatcherOptions {
  allowPrivate: boolean
  timeoutMs: number
  retryForMs: number
  backoffMs: number
  pollMs: number
  concurrency: number
  logDays: number
  log: FastifyBaseLogger
}

/** Events one run delivers before it gives its lease back (another run, here or elsewhere, goes on). */
const RUN_EVENTS = 100
/** Delivered attempts recorded in one statement. */
const RECORD_EVERY = 25
/** The longest wait between two attempts at one event. */
const MAX_BACKOFF_MS = 3_600_000
const PRUNE_EVERY_MS = 3_600_000
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
 * the log it is, and the events after it (of its kinds) are POSTed in order, one at a time,
 * signed. Every replica runs one; they share the work through the database (a lease per
 * subscription, claimed with SKIP LOCKED), so two never send to one subscription at once, and a
 * replica that dies mid-run loses nothing: its lease runs out and another resends what was not
 * recorded as delivered (at least once). Deliveries run beside the requests, never inside one:
 * a slow or dead receiver holds only its own subscription's run.
 */
export class WebhookDispatcher {
  private readonly replica = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`
  /** Claims made so far: each claim's lease is held under a name of its own (see tick). */
  private claims = 0
  private readonly leaseMs: number
  private readonly agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 4 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 4 }) }
  private readonly running = new Set<Promise<void>>()
  /** Stops each request in flight (when the replica stops). */
  private readonly inFlight = new Set<() => void>()
  private timer: NodeJS.Timeout | null = null
  /** The look for work under way, if any (stop waits for it: it may start runs). */
  private ticking: Promise<void> | null = null
  private again = false
  private stopped = false
  private failing = false
  private lastPrune = 0

  constructor(
    private readonly db: Db,
    private readonly views: PublicViews,
    private readonly opts: DispatcherOptions,
  ) {
    // Long enough for a run's attempt in flight; a dead replica's subscriptions wait this long at most.
    this.leaseMs = 3 * opts.timeoutMs + 2000
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
    const free = this.opts.concurrency - this.running.size
    if (free <= 0) return
    const head = await changesHead(this.db)
    // The lease's holder names this claim, not only this replica: a subscription resumed while
    // one of this replica's runs still holds it is claimed again by a new run, and the old run's
    // late steps (its record, its release) must find the lease lost, not take the new run's.
    const owner = `${this.replica}:${++this.claims}`
    const claimed = await repo.claim(owner, head, this.leaseMs, free)
    for (const sub of claimed) {
      if (this.stopped) {
        await repo.release(sub.id, owner).catch(() => {})
        continue
      }
      const run: Promise<void> = this.run(sub, owner, head)
        .catch((err: Error) => this.opts.log.warn({ err: err.message, subscription: sub.id }, 'a webhook run stopped (its events are sent again)'))
        .finally(() => {
          this.running.delete(run)
          this.kick()
        })
      this.running.add(run)
    }
  }

  /** One run over one subscription, under its lease: the events after its position, in order, until one fails. */
  private async run(sub: SubscriptionRow, owner: string, head: number): Promise<void> {
    const repo = webhookRepository(this.db)
    try {
      const rows = await changesAfter(this.db, sub.position, sub.types ?? PUBLIC_TYPES, RUN_EVENTS)
      // Nothing of its kinds between its position and the end read before: move there.
      if (rows.length === 0) {
        await repo.skipTo(sub.id, owner, sub.position, head)
        return
      }
      const until = Date.now() + this.leaseMs - this.opts.timeoutMs - 1000
      // The entities as they are now, read once for the run (one query per kind).
      const items = await changeItems(this.views, rows)
      const url = new URL(sub.url)
      let position = sub.position
      let failures = sub.attempts
      // Delivered attempts are recorded together, every RECORD_EVERY and when the run ends: a
      // receiver is not kept waiting on a round trip per change. Should this replica die first,
      // those changes are sent again (at least once).
      let unrecorded: Attempt[] = []
      const flush = async () => {
        const from = position
        const batch = unrecorded
        unrecorded = []
        const kept = await repo.record(sub.id, owner, from, batch, {
          delayMs: backoffMs(this.opts.backoffMs, failures),
          retryForMs: this.opts.retryForMs,
        })
        const done = batch.filter((a) => a.delivered).at(-1)
        if (kept && done) position = done.position
        return kept
      }
      try {
        for (const [i, row] of rows.entries()) {
          if (this.stopped || Date.now() > until) return
          const attempt = await this.attempt(sub, url, row, items[i]!, failures + 1)
          if (!attempt) return
          unrecorded.push(attempt)
          if (!attempt.delivered) {
            failures++
            if (await flush()) {
              this.opts.log.info(
                { subscription: sub.id, position: row.seq, error: attempt.error, statusCode: attempt.statusCode },
                'a webhook delivery failed; it is retried',
              )
            }
            return
          }
          failures = 0
          if (unrecorded.length >= RECORD_EVERY && !(await flush())) return
        }
      } finally {
        // What was delivered before the run stopped (the lease's end, the replica stopping).
        if (unrecorded.length > 0) await flush().catch(() => {})
      }
      if (rows.length < RUN_EVENTS && head > position) await repo.skipTo(sub.id, owner, position, head)
    } finally {
      // Given back (here or at the next claim, should this fail: the lease runs out).
      await repo.release(sub.id, owner).catch(() => {})
    }
  }

  /** One POST of one event; null when it was abandoned (the replica stops). */
  private async attempt(sub: SubscriptionRow, url: URL, row: ChangeRow, item: ChangeItem, number: number): Promise<Attempt | null> {
    const body = webhookPayload(item)
    const messageId = messageIdOf(row.seq)
    const timestamp = Math.floor(Date.now() / 1000)
    const attemptedAt = new Date()
    const started = performance.now()
    const outcome = await this.post(
      url,
      {
        'content-type': 'application/json',
        'user-agent': 'cum-thi-dua-webhooks/1',
        'webhook-id': messageId,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhook(sub.secret, messageId, timestamp, body),
        'content-length': String(Buffer.byteLength(body)),
      },
      body,
    )
    if (outcome === null) return null
    const delivered = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300
    return {
      id: uuidv7(),
      position: row.seq,
      messageId,
      eventType: row.action,
      number,
      attemptedAt,
      durationMs: Math.round(performance.now() - started),
      delivered,
      statusCode: outcome.statusCode,
      error: delivered ? null : (outcome.error ?? `the receiver answered ${outcome.statusCode}`),
    }
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
