/**
 * A reference consumer of the change feed: mirrors the service's public data into a directory,
 * one JSON file per entity (`<dir>/<entityType>/<id>.json`), by snapshot then follow
 * (docs/portals.md). It needs Node ≥ 20 and nothing else: copy it.
 *
 *   node --import tsx scripts/mirror.ts --api http://localhost:3000 --dir ./mirror [--once]
 *   (the reader key in CTD_TOKEN)
 *
 * The first run reads the lists and everything below them and stores the feed cursor of that
 * snapshot in `<dir>/.cursor`; every run then follows the feed from the stored cursor, for ever
 * (long polls), or with --once until it has caught up. Each page of changes is applied, then its
 * cursor stored: killed at any point, the next run repeats at most one page, which changes nothing.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
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

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { api: { type: 'string' }, dir: { type: 'string' }, once: { type: 'boolean' } } })
  const token = process.env.CTD_TOKEN
  if (!values.api || !values.dir || !token) {
    console.error('usage: CTD_TOKEN=<reader key> node --import tsx scripts/mirror.ts --api <url> --dir <directory> [--once]')
    process.exit(2)
  }
  await mirror({
    api: values.api,
    token,
    dir: values.dir,
    once: values.once ?? false,
    onPage: ({ applied, cursor }) => applied > 0 && console.log(`applied ${applied} changes; cursor ${cursor}`),
  })
}
