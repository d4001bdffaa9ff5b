/**
 * A reference consumer of the change feed: mirrors the service's public data into a directory,
 * one JSON file per entity (`<dir>/<entityType>/<id>.json`), by snapshot then follow
 * (docs/portals.md). It needs Node ≥ 20 and nothing else: copy it.
 *
 *   node --import tsx scripts/mirror.ts --api http://localhost:3000 --dir ./mirror [--once]
 *   (the reader key in CTD_TOKEN)
 *   node --import tsx scripts/mirror.ts --api … --dir … --webhooks 8080
 *   (also CTD_WEBHOOK_SECRET: the subscription's secret)
 *
 * The first run reads the lists and everything below them and stores the feed cursor of that
 * snapshot in `<dir>/.cursor`; every run then follows the feed from the stored cursor, for ever
 * (long polls), or with --once until it has caught up. Each page of changes is applied, then its
 * cursor stored: killed at any point, the next run repeats at most one page, which changes nothing.
 *
 * With --webhooks <port> it does not long-poll: it listens for the service's webhooks, checks
 * each one's Standard Webhooks signature (`verifyWebhook`), and catches up with the feed when one
 * comes. A webhook is a nudge, not the data: the feed is gap-free and ordered, a webhook may come
 * twice or late, so the mirror applies the feed, and a lost webhook only delays it to the next.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'

export interface MirrorOptions {
  api: string
  token: string
  dir: string
  /** Stop once the feed has nothing more (instead of long-polling for ever). */
  once?: boolean
  /** Called with each applied page (for logs and tests). */
  onPage?: (info: { applied: number; cursor: string }) => void
}

interface Change {
  position: number
  entityType: string
  entityId: string
  action: string
  tombstone: boolean
  entity: { id?: string } | null
}

const CURSOR_FILE = '.cursor'

async function get<T>(opts: MirrorOptions, path: string): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(new URL(path, opts.api), { headers: { authorization: `Bearer ${opts.token}`, accept: 'application/json' } })
    // What a retry can cure (docs/operations.md, Operations): 429, 503, and a 409 with Retry-After.
    if ((res.status === 429 || res.status === 503 || (res.status === 409 && res.headers.has('retry-after'))) && attempt < 10) {
      await new Promise((r) => setTimeout(r, 1000 * Number(res.headers.get('retry-after') ?? 1)))
      continue
    }
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`)
    return (await res.json()) as T
  }
}

/** Writes a file whole or not at all. */
async function put(file: string, content: string) {
  await writeFile(`${file}.tmp`, content)
  await rename(`${file}.tmp`, file)
}

const entityFile = (dir: string, type: string, id: string) => join(dir, type, `${id}.json`)

async function store(dir: string, type: string, id: string, entity: unknown) {
  await mkdir(join(dir, type), { recursive: true })
  await put(entityFile(dir, type, id), `${JSON.stringify(entity, null, 2)}\n`)
}

/** Every page of a list; the changesCursor of its first page. */
async function list<T>(opts: MirrorOptions, path: string): Promise<{ items: T[]; changesCursor: string }> {
  const items: T[] = []
  let changesCursor: string | undefined
  let next: string | null = null
  do {
    const sep = path.includes('?') ? '&' : '?'
    const page: { items: T[]; nextCursor: string | null; changesCursor: string } = await get(
      opts,
      `${path}${sep}limit=500${next ? `&cursor=${encodeURIComponent(next)}` : ''}`,
    )
    items.push(...page.items)
    changesCursor ??= page.changesCursor
    next = page.nextCursor
  } while (next)
  return { items, changesCursor: changesCursor! }
}

/**
 * The snapshot: the first list's changesCursor is taken before anything is read, so everything
 * read after it is at least that new, and the feed from it brings the rest.
 */
export async function snapshot(opts: MirrorOptions): Promise<string> {
  const committees = await list<{ id: string }>(opts, '/v1/committees')
  const cursor = committees.changesCursor
  for (const c of committees.items) {
    await store(opts.dir, 'committee', c.id, c)
    const officers = await get<{ items: { id: string }[] }>(opts, `/v1/committees/${c.id}/officers`)
    for (const o of officers.items) await store(opts.dir, 'officer_tenure', o.id, o)
  }
  for (const cl of (await list<{ id: string }>(opts, '/v1/clusters')).items) {
    await store(opts.dir, 'cluster', cl.id, cl)
    const leadership = await get<{ items: { year: number }[] }>(opts, `/v1/clusters/${cl.id}/leadership`)
    for (const { year } of leadership.items) {
      const y = await get<{ id: string }>(opts, `/v1/clusters/${cl.id}/years/${year}`)
      await store(opts.dir, 'cluster_year', y.id, y)
    }
    for (const h of (await get<{ items: { id: string }[] }>(opts, `/v1/clusters/${cl.id}/handovers`)).items) await store(opts.dir, 'handover', h.id, h)
  }
  for (const [path, type] of [
    ['/v1/indicators', 'indicator'],
    ['/v1/award-types', 'award_type'],
    ['/v1/award-proposals', 'award_proposal'],
  ] as const) {
    for (const item of (await list<{ id: string }>(opts, path)).items) await store(opts.dir, type, item.id, item)
  }
  return cursor
}

/** Applies the feed from `cursor`; returns the cursor reached (with --once, once caught up). */
export async function follow(opts: MirrorOptions, cursor: string): Promise<string> {
  for (;;) {
    const page: { items: Change[]; nextCursor: string; hasMore: boolean } = await get(
      opts,
      `/v1/changes?limit=500&cursor=${encodeURIComponent(cursor)}${opts.once ? '' : '&wait=30'}`,
    )
    for (const c of page.items) {
      if (c.tombstone) await rm(entityFile(opts.dir, c.entityType, c.entityId), { force: true })
      else await store(opts.dir, c.entityType, c.entityId, c.entity)
    }
    cursor = page.nextCursor
    await put(join(opts.dir, CURSOR_FILE), cursor)
    opts.onPage?.({ applied: page.items.length, cursor })
    if (opts.once && !page.hasMore && page.items.length === 0) return cursor
  }
}

/** Snapshot when the directory holds no cursor yet, then follow. */
export async function mirror(opts: MirrorOptions): Promise<string> {
  await mkdir(opts.dir, { recursive: true })
  let cursor = await readFile(join(opts.dir, CURSOR_FILE), 'utf8').catch(() => null)
  if (cursor === null) {
    cursor = await snapshot(opts)
    await put(join(opts.dir, CURSOR_FILE), cursor)
  }
  return follow(opts, cursor)
}

/** A message's headers, names in lower case as Node gives them: webhook-id, webhook-timestamp, webhook-signature. */
export type WebhookHeaders = Record<string, string | string[] | undefined>

/**
 * Standard Webhooks' check: one of the `v1,<base64>` signatures in webhook-signature is the
 * HMAC-SHA256 of `id.timestamp.body` under the secret's bytes (after `whsec_`, base64), and the
 * timestamp is within `toleranceS` of now (a replayed old message is refused). `body` is the raw
 * bytes received, before any JSON parsing.
 */
export function verifyWebhook(secret: string, headers: WebhookHeaders, body: string | Buffer, opts: { toleranceS?: number; now?: number } = {}): boolean {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
  const id = one(headers['webhook-id'])
  const timestamp = one(headers['webhook-timestamp'])
  const signatures = one(headers['webhook-signature'])
  if (!id || !timestamp || !signatures || !/^\d{1,12}$/.test(timestamp)) return false
  const now = Math.floor((opts.now ?? Date.now()) / 1000)
  if (Math.abs(now - Number(timestamp)) > (opts.toleranceS ?? 300)) return false
  const key = Buffer.from(secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : secret, 'base64')
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest()
  return signatures.split(' ').some((s) => {
    const [version, mac] = s.split(',', 2)
    if (version !== 'v1' || !mac) return false
    const given = Buffer.from(mac, 'base64')
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
}

/**
 * Listens for webhooks on `port`: a message whose signature verifies is answered 204 and the
 * mirror catches up with the feed (one catch-up at a time; a webhook during one asks for another);
 * any other is answered 401 and changes nothing. Resolves once listening, with the server and a
 * `close` that stops listening and waits for the catch-up under way.
 */
export async function receiveWebhooks(
  opts: MirrorOptions & { port: number; host?: string; secret: string; onError?: (err: Error) => void },
): Promise<{ server: Server; close: () => Promise<void> }> {
  await mkdir(opts.dir, { recursive: true })
  let running: Promise<void> | null = null
  let again = false
  let closed = false
  const catchUp = () => {
    if (closed) return
    if (running) {
      again = true
      return
    }
    running = (async () => {
      for (;;) {
        again = false
        let cursor = await readFile(join(opts.dir, CURSOR_FILE), 'utf8').catch(() => null)
        if (cursor === null) {
          cursor = await snapshot(opts)
          await put(join(opts.dir, CURSOR_FILE), cursor)
        }
        await follow({ ...opts, once: true }, cursor)
        if (!again || closed) break
      }
    })()
      .catch((err: Error) => opts.onError?.(err))
      .finally(() => {
        running = null
      })
  }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > 1024 * 1024) req.destroy()
      else chunks.push(c)
    })
    req.on('end', () => {
      if (req.method !== 'POST' || !verifyWebhook(opts.secret, req.headers, Buffer.concat(chunks))) {
        res.writeHead(401).end()
        return
      }
      res.writeHead(204).end()
      catchUp()
    })
  })
  await new Promise<void>((resolve) => server.listen(opts.port, opts.host ?? '0.0.0.0', resolve))
  catchUp()
  const close = async () => {
    closed = true
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await running
  }
  return { server, close }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { api: { type: 'string' }, dir: { type: 'string' }, once: { type: 'boolean' }, webhooks: { type: 'string' } } })
  const token = process.env.CTD_TOKEN
  const secret = process.env.CTD_WEBHOOK_SECRET
  if (!values.api || !values.dir || !token || (values.webhooks && (!secret || !/^\d+$/.test(values.webhooks)))) {
    console.error('usage: CTD_TOKEN=<reader key> node --import tsx scripts/mirror.ts --api <url> --dir <directory> [--once]')
    console.error('       CTD_TOKEN=… CTD_WEBHOOK_SECRET=<whsec_…> node --import tsx scripts/mirror.ts --api <url> --dir <directory> --webhooks <port>')
    process.exit(2)
  }
  if (values.webhooks) {
    await receiveWebhooks({
      api: values.api,
      token,
      dir: values.dir,
      port: Number(values.webhooks),
      secret: secret!,
      onPage: ({ applied, cursor }) => applied > 0 && console.log(`applied ${applied} changes; cursor ${cursor}`),
      onError: (err) => console.error(`catching up failed (the next webhook tries again): ${err.message}`),
    })
    console.log(`listening for webhooks on port ${values.webhooks}`)
  } else
    await mirror({
      api: values.api,
      token,
      dir: values.dir,
      once: values.once ?? false,
      onPage: ({ applied, cursor }) => applied > 0 && console.log(`applied ${applied} changes; cursor ${cursor}`),
    })
}
