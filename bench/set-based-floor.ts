/**
 * The import benchmark's second yardstick (issue 16): the design the issue suggests for the import
 * (stage the raw rows with `COPY`, then merge them with set-based statements), measured in
 * PostgreSQL alone, on the copy yardstick's tables (copy-yardstick.ts) and in the same run. It is a
 * floor for that design, not a working import: rows are staged as the client named them (codes,
 * canonical decimals), resolved by joins to committees, clusters and cluster-years, and written
 * with the audit events of their submissions and a per-row status string, in one transaction. No
 * value rules, no repeats, no scope, no locks, no answer sent: each would only add to it.
 *
 *   create: new submissions, their values, one `submission.created` event each;
 *   update: every value replaced, the values it replaced read for the events (as the import's
 *           events record them), the submissions' versions bumped.
 *
 * Not a benchmark itself (bench/run.ts does not list it).
 */
import pg from 'pg'
import { copyIn, copyText, type YardSubmission } from './copy-yardstick.ts'

/** The raw rows as a client sends them, one line each, numbered. */
function stageText(subs: YardSubmission[]): string {
  const lines: string[] = []
  let i = 0
  for (const s of subs)
    for (const v of s.values)
      lines.push(
        `${i++}\t${copyText(s.committeeCode)}\t${copyText(s.clusterCode)}\t${s.year}\t${s.period}\t${copyText(v.indicatorCode)}\t${v.value}\t${copyText(v.note)}\n`,
      )
  return lines.join('')
}

/** The rows resolved to their submission's cluster-year, cluster and committee by joins. */
const RESOLVED = `
  select s.i, s.indicator_code, s.value::numeric as value, s.note, s.period, y.id as cy, cl.id as cluster_id, y.year, co.id as committee_id
  from yard_stage s
  join committees co on co.code = s.committee_code
  join clusters cl on cl.code = s.cluster_code
  join cluster_years y on y.cluster_id = cl.id and y.year = s.year::int`

const CREATE = `
  with k as (${RESOLVED}),
  subs as (select gen_random_uuid() as id, cy, cluster_id, year, committee_id, period from k group by cy, cluster_id, year, committee_id, period),
  d as (
    insert into yard_submissions (id, cluster_year_id, cluster_id, year, period, committee_id, status, created_at, updated_at)
    select id, cy, cluster_id, year, period, committee_id, 'draft', now(), now() from subs),
  n as (
    insert into yard_values (submission_id, indicator_code, value, note)
    select subs.id, k.indicator_code, k.value, k.note from k join subs using (cy, committee_id, period)),
  e as (
    insert into yard_events (occurred_at, actor_role, action, entity_type, entity_id, after)
    select now(), 'admin', 'submission.created', 'submission', subs.id::text,
           json_build_object('changes', ch, 'clusterYearId', subs.cy, 'committeeId', subs.committee_id, 'period', subs.period)
    from (select cy, committee_id, period,
                 json_agg(json_build_object('indicatorCode', indicator_code, 'note', note, 'previous', null, 'value', value::text) order by i) as ch
          from k group by cy, committee_id, period) x
    join subs using (cy, committee_id, period))
  select length(string_agg('c', '' order by i)) as answered from k`

// The values replaced are read through a second reference to the table, in the same join: its
// rows are read as they were before the update, so RETURNING gives them (a join to the old
// values by row position, as the import's batches do, measured slower here).
const UPDATE = `
  with k as (${RESOLVED}),
  u as (
    update yard_values v set value = k.value, note = k.note
    from k
    join yard_submissions sub on sub.cluster_year_id = k.cy and sub.period = k.period and sub.committee_id = k.committee_id
    join yard_values o on o.submission_id = sub.id and o.indicator_code = k.indicator_code
    where v.submission_id = o.submission_id and v.indicator_code = o.indicator_code and (o.value::text, o.note) is distinct from (k.value::text, k.note)
    returning k.i, v.submission_id, k.indicator_code, o.value::text as old_value, k.value::text as value, k.note),
  t as (update yard_submissions set version = version + 1, updated_at = now() where id = any(array(select distinct submission_id from u))),
  e as (
    insert into yard_events (occurred_at, actor_role, action, entity_type, entity_id, after)
    select now(), 'admin', 'submission.imported', 'submission', submission_id::text,
           json_build_object('changes', json_agg(json_build_object('indicatorCode', indicator_code, 'note', note, 'previous', old_value, 'value', value) order by i))
    from u group by submission_id)
  select length(string_agg(case when u.i is null then 'n' else 'u' end, '' order by k.i)) as answered from k left join u using (i)`

export interface SetBasedFloor {
  /** Stages the rows and creates their submissions and values (the yardstick's tables emptied first, untimed); milliseconds. */
  create(subs: YardSubmission[]): Promise<number>
  /** Stages the rows and merges them into what `create` wrote, every value replaced; milliseconds. */
  update(subs: YardSubmission[]): Promise<number>
  close(): Promise<void>
}

/** On the copy yardstick's tables (yard_submissions, yard_values), which must exist. */
export async function setBasedFloor(dbUrl: string): Promise<SetBasedFloor> {
  const client = new pg.Client({ connectionString: dbUrl })
  await client.connect()
  await client.query('drop table if exists yard_events')
  await client.query('create table yard_events (like audit_pending including all)')
  // Its own numbering, not the service's sequence.
  await client.query('alter table yard_events alter id drop default, alter id add generated always as identity')
  const run = async (statement: string, subs: YardSubmission[]) => {
    const text = stageText(subs)
    const t = performance.now()
    await client.query('begin')
    let rows: { answered: number }[]
    try {
      await client.query(
        `create temp table yard_stage (i int, committee_code text, cluster_code text, year text, period text, indicator_code text, value text, note text) on commit drop`,
      )
      await copyIn(client, 'copy yard_stage from stdin', text)
      // A temporary table has no statistics until analysed: without them the joins run as nested loops.
      await client.query('analyze yard_stage')
      rows = (await client.query<{ answered: number }>(statement)).rows
      await client.query('commit')
    } catch (err) {
      await client.query('rollback').catch(() => {})
      throw err
    }
    const ms = performance.now() - t
    const expected = subs.reduce((n, s) => n + s.values.length, 0)
    if (rows[0]?.answered !== expected) throw new Error(`set-based floor: ${rows[0]?.answered} rows answered, ${expected} expected`)
    return ms
  }
  return {
    async create(subs) {
      await client.query('truncate yard_values, yard_submissions, yard_events')
      return run(CREATE, subs)
    },
    async update(subs) {
      // The rows just created, with statistics as a live table has them (autovacuum may be off).
      await client.query('analyze yard_submissions, yard_values')
      return run(UPDATE, subs)
    },
    async close() {
      await client.query('drop table if exists yard_events').catch(() => {})
      await client.end()
    },
  }
}
