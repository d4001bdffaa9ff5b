/**
 * The import benchmark's yardstick (issue 16): the same values loaded the fastest way PostgreSQL
 * takes rows in, `COPY … FROM STDIN` (pg-copy-streams), into tables of the same shape as
 * `submissions` and `submission_values` — their columns, defaults, checks, primary keys, indexes
 * (`LIKE … INCLUDING ALL`) and foreign keys (copied from the catalogue, the values' pointing at the
 * yardstick's submissions) — in one transaction, a new submission row per submission and a value
 * row per value, as a create import writes them. No checks, no audit events, no answer: what is
 * left when everything the service adds is taken away. Timed from this process, over the same
 * loopback as the import, with the COPY text prepared beforehand (the import's client also sends
 * a body it holds ready). Not a benchmark itself (bench/run.ts does not list it).
 */
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'

/** One submission of the yardstick and its values, as a create import writes them. */
export interface YardSubmission {
  committeeCode: string
  clusterCode: string
  year: number
  period: string
  values: { indicatorCode: string; value: string; note: string | null }[]
}

export interface Yardstick {
  /** COPY text for these submissions (ids drawn now), ready to load. */
  prepare(submissions: YardSubmission[]): Promise<{ submissions: string; values: string; count: number }>
  /** Empties the tables (untimed), then loads the prepared rows in one transaction; milliseconds. */
  load(prepared: { submissions: string; values: string }): Promise<number>
  close(): Promise<void>
}

const SUBMISSION_COLUMNS = 'id, cluster_year_id, cluster_id, year, period, committee_id, status, created_at, updated_at'

/** COPY's text format: tab-separated, `\N` for null, backslash escapes. */
export const copyText = (v: string | null) => (v === null ? '\\N' : v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'))

/** Sends `text` to `COPY … FROM STDIN` in 64 KB pieces, as a client streams a body. */
export async function copyIn(client: pg.Client, sql: string, text: string): Promise<void> {
  const pieces = function* () {
    for (let at = 0; at < text.length; at += 65536) yield text.slice(at, at + 65536)
  }
  await pipeline(Readable.from(pieces()), client.query(copyFrom(sql)))
}

export async function copyYardstick(dbUrl: string): Promise<Yardstick> {
  const client = new pg.Client({ connectionString: dbUrl })
  await client.connect()
  await client.query('drop table if exists yard_values, yard_submissions')
  await client.query('create table yard_submissions (like submissions including all)')
  await client.query('create table yard_values (like submission_values including all)')
  const fks = await client.query<{ table: string; def: string }>(
    `select conrelid::regclass::text as table, pg_get_constraintdef(oid) as def from pg_constraint
     where contype = 'f' and conrelid in ('submissions'::regclass, 'submission_values'::regclass) order by conname`,
  )
  for (const { table, def } of fks.rows) {
    const target = table === 'submissions' ? 'yard_submissions' : 'yard_values'
    await client.query(`alter table ${target} add ${def.replace(/REFERENCES submissions\(/, 'REFERENCES yard_submissions(')}`)
  }
  const copy = (sql: string, text: string) => copyIn(client, sql, text)
  return {
    async prepare(subs) {
      const ids = await client.query<{ committee: string; cluster: string; year: number; cy: string; cluster_id: string; committee_id: string }>(
        `select c.code as committee, cl.code as cluster, cy.year, cy.id as cy, cl.id as cluster_id, c.id as committee_id
         from committees c, clusters cl join cluster_years cy on cy.cluster_id = cl.id
         where c.code = any($1) and cl.code = any($2)`,
        [[...new Set(subs.map((s) => s.committeeCode))], [...new Set(subs.map((s) => s.clusterCode))]],
      )
      const committeeIds = new Map(ids.rows.map((r) => [r.committee, r.committee_id]))
      const years = new Map(ids.rows.map((r) => [`${r.cluster}|${r.year}`, r]))
      const now = new Date().toISOString()
      const s: string[] = []
      const v: string[] = []
      let count = 0
      for (const sub of subs) {
        const year = years.get(`${sub.clusterCode}|${sub.year}`)
        const committeeId = committeeIds.get(sub.committeeCode)
        if (!year || !committeeId) throw new Error(`yardstick: no ${sub.committeeCode} in ${sub.clusterCode} ${sub.year}`)
        const id = crypto.randomUUID()
        s.push(`${id}\t${year.cy}\t${year.cluster_id}\t${sub.year}\t${sub.period}\t${committeeId}\tdraft\t${now}\t${now}\n`)
        for (const x of sub.values) v.push(`${id}\t${copyText(x.indicatorCode)}\t${x.value}\t${copyText(x.note)}\n`)
        count += sub.values.length
      }
      return { submissions: s.join(''), values: v.join(''), count }
    },
    async load(prepared) {
      await client.query('truncate yard_values, yard_submissions')
      const t = performance.now()
      await client.query('begin')
      await copy(`copy yard_submissions (${SUBMISSION_COLUMNS}) from stdin`, prepared.submissions)
      await copy('copy yard_values (submission_id, indicator_code, value, note) from stdin', prepared.values)
      await client.query('commit')
      return performance.now() - t
    },
    async close() {
      await client.query('drop table if exists yard_values, yard_submissions').catch(() => {})
      await client.end()
    },
  }
}
