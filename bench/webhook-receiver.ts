/**
 * Not a benchmark: the webhook receiver that `changes` forks, a process of its own as a portal's
 * receiver is (in the benchmark's process it would wait behind the writers' callbacks). It
 * answers 204 at once and keeps, per change, when it first arrived minus the change's
 * occurredAt; the parent asks for them over IPC.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

const lags: number[] = []
const seen = new Set<number>()
const server = createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (c: Buffer) => chunks.push(c))
  req.on('end', () => {
    const at = Date.now()
    const { data } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { position: number; occurredAt: string } }
    if (!seen.has(data.position)) {
      seen.add(data.position)
      lags.push(at - Date.parse(data.occurredAt))
    }
    res.writeHead(204).end()
  })
})
server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }))
process.on('message', (m: { ask?: string }) => {
  if (m.ask === 'count') process.send!({ count: seen.size })
  if (m.ask === 'lags') process.send!({ lags })
  if (m.ask === 'stop') server.close(() => process.exit(0))
})
