/**
 * The load generator, run in its own process (forked through bench/lib.ts by committee-read.ts
 * and ranking-read.ts) so that autocannon's
 * own work never competes with the servers under test for one event loop. It receives one job
 * over IPC, runs autocannon, sends back a summary and exits.
 */
import { createRequire } from 'node:module'
import autocannon from 'autocannon'

/**
 * autocannon 9 appends every response body chunk to a JavaScript string (`body += chunk`, kept
 * for its `verifyBody`/`expectBody` options, which these benchmarks do not use). For large
 * bodies that decoding, not the server, sets the rate: on this 2-CPU machine a static Fastify
 * route answering 65,000 bytes peaks at about 1,150 req/s with it and 13,500 req/s without it,
 * while a 500-byte body gives about 50,000 either way (bench/README.md, "Calibrating the load
 * generator"). So the worker turns that accumulation off: bodies are still received, parsed by
 * autocannon's HTTP parser and counted in the throughput; they are only not turned into strings.
 */
const queue = createRequire(import.meta.url)('autocannon/lib/pipelinedRequestsQueue.js') as { prototype: { addBody?: unknown } }
if (typeof queue.prototype.addBody !== 'function') {
  throw new Error('autocannon changed: PipelinedRequestsQueue.prototype.addBody is gone; review bench/load-worker.ts')
}
queue.prototype.addBody = function addBody() {}

export interface LoadJob {
  /** Origin, e.g. http://127.0.0.1:40123 */
  origin: string
  /** Path prefix; a random id from `ids` is appended to it for every request. */
  pathPrefix: string
  ids: string[]
  /** Appended after the id (default none), e.g. `/years/2024/ranking`. */
  pathSuffix?: string
  headers: Record<string, string>
  connections: number
  /** Seconds. */
  duration: number
}

export interface LoadSummary {
  requestsPerSecond: number
  latencyP50: number
  latencyP99: number
  latencyMax: number
  total: number
  ok2xx: number
  non2xx: number
  errors: number
  timeouts: number
  /** Mean response bytes per second (bodies and headers). */
  bytesPerSecond?: number
  /** Filled in by the parent: its own CPU time over the run divided by the requests. */
  cpuMicrosPerRequest?: number
}

function run(job: LoadJob): Promise<LoadSummary> {
  const { ids, pathPrefix } = job
  const suffix = job.pathSuffix ?? ''
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: job.origin,
        connections: job.connections,
        duration: job.duration,
        timeout: 10,
        headers: job.headers,
        requests: [
          {
            method: 'GET',
            // A random committee for every request, so no single row or cache line is hot.
            setupRequest: (req) => ({ ...req, path: pathPrefix + ids[Math.floor(Math.random() * ids.length)] + suffix }),
          },
        ],
      },
      (err, result) => {
        if (err) return reject(err instanceof Error ? err : new Error(String(err)))
        resolve({
          requestsPerSecond: result.requests.average,
          latencyP50: result.latency.p50,
          latencyP99: result.latency.p99,
          latencyMax: result.latency.max,
          total: result.requests.total,
          ok2xx: result['2xx'],
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          bytesPerSecond: result.throughput.average,
        })
      },
    )
  })
}

if (!process.send) {
  console.error('bench/load-worker.ts is forked by the benchmarks (bench/lib.ts); it is not run on its own')
  process.exit(2)
}

process.once('message', (job: LoadJob) => {
  run(job).then(
    (summary) => process.send!({ ok: true, summary }, () => process.exit(0)),
    (err: Error) => process.send!({ ok: false, error: err.message }, () => process.exit(1)),
  )
})
