/**
 * The write clients of the audit-log benchmark, in a process of their own (forked by
 * bench/audit-log.ts) so that their work never shares an event loop with a server under test or
 * with the benchmark's monitor of the log. It receives one job over IPC: N clients, each owning
 * one draft submission, spread over the replicas' origins (client i on replica i mod R). Each
 * client reads its submission's ETag once, then, until the job's time is up (or the parent sends
 * 'stop'), sends `PATCH /v1/submissions/{id}` with one value and `If-Match`, waits for the
 * answer, takes the new ETag from it and sends the next. Every request carries its own
 * `X-Request-Id`, which the service records in the write's audit event: that is how the parent
 * matches an answer to its event. Times are `performance.timeOrigin + performance.now()` (ms),
 * comparable with the parent's, which uses the same clock.
 */
import http from 'node:http'

export interface WriterClient {
  submissionId: string
  /** A submitter key of the submission's committee. */
  token: string
  /** The indicator whose value each PATCH sets (the submission then holds that one value). */
  indicatorCode: string
}

export interface WriterJob {
  /** Replica origins, e.g. http://127.0.0.1:40123. */
  origins: string[]
  clients: WriterClient[]
  /** Request ids are `<tag>-<client>-<n>`. */
  tag: string
  /** Seconds to run; null: until the parent sends 'stop'. */
  seconds: number | null
}

/** One PATCH: when it was sent and answered (ms, shared clock), its status, its request id. */
export interface WriteRecord {
  start: number
  end: number
  /** HTTP status; 0 for a transport error. */
  status: number
  requestId: string
  client: number
}

export interface WriterReport {
  /** When every client had its ETag and the first PATCH went out. */
  startedAt: number
  records: WriteRecord[]
  /** The first few answers that were not 200, for the parent to print. */
  problems: string[]
}

export const now = () => performance.timeOrigin + performance.now()

interface Answer {
  status: number
  etag: string | undefined
  body: string
}

function send(agent: http.Agent, url: URL, method: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { agent, method, headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const etag = res.headers.etag
          resolve({ status: res.statusCode ?? 0, etag: typeof etag === 'string' ? etag : undefined, body: Buffer.concat(chunks).toString('utf8') })
        })
        res.on('error', reject)
      },
    )
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')))
    req.on('error', reject)
    req.end(body)
  })
}

async function run(job: WriterJob, stopSignal: Promise<void>): Promise<WriterReport> {
  const agents = job.origins.map((_, i) => new http.Agent({ keepAlive: true, maxSockets: job.clients.filter((_c, k) => k % job.origins.length === i).length }))
  const problems: string[] = []
  const note = (what: string) => {
    if (problems.length < 10) problems.push(what)
  }
  const records: WriteRecord[] = []
  const state = { stopped: false }
  void stopSignal.then(() => (state.stopped = true))

  // Every client's current ETag, read before the clock starts.
  const etags = await Promise.all(
    job.clients.map(async (c, i) => {
      const origin = job.origins[i % job.origins.length]!
      const a = await send(agents[i % job.origins.length]!, new URL(`/v1/submissions/${c.submissionId}`, origin), 'GET', { authorization: `Bearer ${c.token}` })
      if (a.status !== 200 || !a.etag) throw new Error(`GET submission ${c.submissionId}: ${a.status} ${a.body.slice(0, 300)}`)
      return a.etag
    }),
  )
  const startedAt = now()
  process.send!({ started: startedAt })
  const deadline = job.seconds === null ? Infinity : startedAt + job.seconds * 1000

  await Promise.all(
    job.clients.map(async (c, i) => {
      const agent = agents[i % job.origins.length]!
      const origin = job.origins[i % job.origins.length]!
      const url = new URL(`/v1/submissions/${c.submissionId}`, origin)
      let etag = etags[i]!
      let n = 0
      while (!state.stopped && now() < deadline) {
        const requestId = `${job.tag}-${i}-${++n}`
        // A new value every time (the same value would still be a write and an event).
        const body = JSON.stringify({ values: [{ indicatorCode: c.indicatorCode, value: String(n * 7 + i) }] })
        const headers = {
          authorization: `Bearer ${c.token}`,
          'content-type': 'application/json',
          'if-match': etag,
          'x-request-id': requestId,
        }
        const start = now()
        try {
          const a = await send(agent, url, 'PATCH', headers, body)
          records.push({ start, end: now(), status: a.status, requestId, client: i })
          if (a.status === 200 && a.etag) etag = a.etag
          else {
            note(`${a.status} ${a.body.slice(0, 300)}`)
            // Read the submission again for its current ETag.
            const g = await send(agent, url, 'GET', { authorization: `Bearer ${c.token}` })
            if (g.etag) etag = g.etag
          }
        } catch (err) {
          records.push({ start, end: now(), status: 0, requestId, client: i })
          note(`transport: ${(err as Error).message}`)
          await new Promise((r) => setTimeout(r, 50))
        }
      }
    }),
  )
  for (const a of agents) a.destroy()
  return { startedAt, records, problems }
}

if (!process.send) {
  console.error('bench/audit-writers.ts is forked by bench/audit-log.ts; it is not run on its own')
  process.exit(2)
}

let stop: () => void = () => {}
const stopSignal = new Promise<void>((resolve) => (stop = resolve))
process.on('message', (msg: WriterJob | 'stop') => {
  if (msg === 'stop') return stop()
  run(msg, stopSignal).then(
    (report) => process.send!({ ok: true, report }, () => process.exit(0)),
    (err: Error) => process.send!({ ok: false, error: err.stack ?? err.message }, () => process.exit(1)),
  )
})
