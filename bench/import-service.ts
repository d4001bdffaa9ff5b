/**
 * The service under test of the import benchmark, in a process of its own (forked by
 * bench/import.ts): the real app from buildApp, listening on loopback. Its RSS
 * is then the service's alone — not the benchmark's set-up data, not the client's copies of
 * requests and answers — and it is sampled here, every 5 ms, by a worker thread (rss is per
 * process, and a worker keeps sampling while the main thread is busy parsing or serialising).
 *
 * Messages from the parent: { start: { dbUrl, poolSize } } → { origin }; 'settle' → the sampler
 * restarts, { rss }; 'peak' → { peak } since then; 'exit'.
 *
 * No collection is forced between runs: a forced full collection makes V8 shrink its young
 * generation, and the next import then pays for growing it again (measured: a fifth slower).
 */
import { buildService, originOf, rssSampler } from './lib.ts'

if (!process.send) {
  console.error('bench/import-service.ts is forked by bench/import.ts; it is not run on its own')
  process.exit(2)
}

type Message = { start: { dbUrl: string; poolSize: number } } | 'settle' | 'peak' | 'exit'

const app = { current: null as Awaited<ReturnType<typeof buildService>> | null }
const rss = await rssSampler()

process.on('message', (msg: Message) => {
  void handle(msg).catch((err: Error) => process.send!({ error: err.message }))
})

async function handle(msg: Message): Promise<void> {
  if (msg === 'exit') {
    await app.current?.close()
    await rss.stop()
    process.exit(0)
  }
  if (msg === 'settle') {
    rss.reset()
    process.send!({ rss: process.memoryUsage.rss() })
    return
  }
  if (msg === 'peak') {
    process.send!({ peak: await rss.peak() })
    return
  }
  app.current = await buildService(msg.start.dbUrl, msg.start.poolSize)
  await app.current.listen({ host: '127.0.0.1', port: 0 })
  process.send!({ origin: originOf(app.current) })
}
