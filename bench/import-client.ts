/**
 * The import benchmark's HTTP client, run in its own process (forked by bench/import.ts) so that
 * the service's process is measured alone: its RSS then holds no client copy of the request or
 * of the answer, and the client's work does not share the service's event loop. It takes
 * requests over IPC one at a time, sends each, reads the whole answer and replies with the figures.
 */
import { readFile } from 'node:fs/promises'
import type { Result } from './import.ts'

export interface ImportRequest {
  url: string
  token: string
  contentType: string
  /** The body, from a file the benchmark wrote. */
  bodyFile: string
}

async function post(job: ImportRequest): Promise<Result> {
  const body = await readFile(job.bodyFile)
  const t0 = performance.now()
  const res = await fetch(job.url, { method: 'POST', headers: { authorization: `Bearer ${job.token}`, 'content-type': job.contentType }, body })
  const text = await res.text()
  const ms = performance.now() - t0
  const parsed = JSON.parse(text) as { summary?: Result['summary']; items?: { status: string; code?: string; message?: string }[]; detail?: string }
  const bad = parsed.items?.find((i) => i.status === 'rejected')
  return {
    status: res.status,
    ms,
    requestBytes: body.length,
    responseBytes: Buffer.byteLength(text),
    summary: parsed.summary ?? { created: 0, updated: 0, unchanged: 0, rejected: 0 },
    ...(bad ? { firstProblem: `${bad.code}: ${bad.message}` } : parsed.summary ? {} : { firstProblem: text.slice(0, 300) }),
  }
}

if (!process.send) {
  console.error('bench/import-client.ts is forked by bench/import.ts; it is not run on its own')
  process.exit(2)
}

// One client for the whole benchmark, as a provincial script sending import after import would
// be: requests come one at a time; each answer goes back before the next request is taken.
process.on('message', (job: ImportRequest | 'exit') => {
  if (job === 'exit') return process.exit(0)
  post(job).then(
    (result) => process.send!({ ok: true, result }),
    (err: Error) => process.send!({ ok: false, error: err.message }),
  )
})
