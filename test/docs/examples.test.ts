/**
 * Every shell example of README.md and docs/*.md, run as written against a fresh service.
 *
 * The conventions, for whoever writes the docs:
 * - A fenced ```bash (or ```sh) block is run. The blocks of one document run in order in one bash
 *   session (`set -euo pipefail`), so a variable set in one block is there in the next; a command
 *   that fails fails the test, naming the document and the block.
 * - A block right after `<!-- not-run: <reason> -->` is not run: installing, starting a second
 *   service, Docker, a loop that follows the feed for ever. Keep these few, and say why.
 * - A ```text block right after a run block (blank lines between allowed) is what that block
 *   prints on stdout. It is compared line by line, trailing spaces aside, once uuids, 64-digit hex
 *   digests, base64 hashes and API tokens are replaced by placeholders. A run block without one is
 *   only required to succeed (other languages, ```json for instance, are illustrations).
 * - The reader's `export TOKEN=…` and `API=…` lines are replaced by the service's own: `TOKEN` is
 *   the admin key the service prints on its first start, read from its stdout as a newcomer copies
 *   it, and `API` its address. `npx ctd-verify` runs this checkout's bin/ctd-verify.js.
 * - docs/verifying.md and docs/auditors.md are run, the same way, by test/cli/verifying-guide.test.ts
 *   and test/cli/verify-export-guide.test.ts against logs shaped for their outputs; they are left
 *   out here so that one test checks each document.
 *
 * The service is the real one: `node --import tsx src/server.ts` listening on a free port, on a
 * fresh PGlite directory (or, with DATABASE_URL, a fresh database on that server and a signing key
 * of its own) holding the demo data. The README runs first, then docs/*.md in name order, against
 * that one service: a document may not count on another's changes, only on the demo data.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { freshDatabaseUrl } from '../helpers/app.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const RUN_ELSEWHERE = new Set(['docs/verifying.md', 'docs/auditors.md'])

interface Block {
  index: number
  lang: string
  body: string
  run: boolean
  expected: string | null
  line: number
}

/** The fenced blocks of a document, with what the conventions above make of them. */
export function blocksOf(markdown: string): Block[] {
  const fences = [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)]
  const blocks: Block[] = []
  for (const [i, m] of fences.entries()) {
    const lang = m[1]!
    if (lang !== 'bash' && lang !== 'sh') continue
    const before = markdown.slice(0, m.index).trimEnd()
    const run = !/<!-- not-run: [^>]+ -->$/.test(before)
    const next = fences[i + 1]
    const end = m.index! + m[0].length
    const between = next ? markdown.slice(end, next.index) : ''
    const expected = next && next[1] === 'text' && between.trim() === '' ? next[2]! : null
    blocks.push({ index: blocks.length, lang, body: m[2]!, run, expected, line: markdown.slice(0, m.index).split('\n').length + 1 })
  }
  return blocks
}

const normalise = (text: string) =>
  text
    .replace(/ctd_[0-9a-f]{32}_[A-Za-z0-9_-]+/g, '<token>')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uuid>')
    .replace(/[0-9a-f]{64}/g, '<hex>')
    .replace(/[A-Za-z0-9+/]{43}=/g, '<hash>')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim()

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

/** Starts the service as `npm start` does and waits for its key and its readiness. */
async function startService(env: Record<string, string>, port: number): Promise<{ child: ChildProcess; token: string; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (d: Buffer) => (output += d.toString('utf8')))
  child.stderr!.on('data', (d: Buffer) => (output += d.toString('utf8')))
  const deadline = Date.now() + 120_000
  const fail = (why: string) => {
    child.kill('SIGKILL')
    return new Error(`${why}:\n${output}`)
  }
  for (;;) {
    if (child.exitCode !== null) throw fail(`the service exited (${child.exitCode})`)
    if (Date.now() > deadline) throw fail('the service was not ready in 120 s')
    const token = /It is shown only now:\s+(ctd_\S+)/.exec(output)?.[1]
    const ready = token
      ? await fetch(`http://127.0.0.1:${port}/health/ready`).then(
          (r) => r.ok,
          () => false,
        )
      : false
    if (token && ready) return { child, token, output: () => output }
    await new Promise((r) => setTimeout(r, 200))
  }
}

function bash(script: string, cwd: string, env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', script], { cwd, env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')))
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}

const documents = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .sort()
    .map((f) => `docs/${f}`),
].filter((d) => d.endsWith('.md') && !RUN_ELSEWHERE.has(d))

t.test('every shell example of the README and of docs/ runs as written', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ctd-examples-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const port = await freePort()
  const env: Record<string, string> = { HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', PGLITE_DIR: join(dir, 'data') }
  const databaseUrl = await freshDatabaseUrl(t)
  if (databaseUrl) {
    const keyFile = join(dir, 'audit-signing-key.pem')
    writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 })
    Object.assign(env, { DATABASE_URL: databaseUrl, AUDIT_SIGNING_KEY_FILE: keyFile })
  }
  const service = await startService(env, port)
  t.teardown(
    () =>
      new Promise<void>((resolve) => {
        if (service.child.exitCode !== null) return resolve()
        service.child.once('exit', () => resolve())
        service.child.kill('SIGTERM')
      }),
  )
  const dump: unknown[] = []

  for (const doc of documents) {
    const blocks = blocksOf(readFileSync(join(ROOT, doc), 'utf8'))
    const runs = blocks.filter((b) => b.run)
    if (runs.length === 0) continue
    await t.test(doc, async (t) => {
      const work = mkdtempSync(join(dir, 'work-'))
      const script = ['set -euo pipefail']
      for (const b of runs) {
        const body = b.body
          .split('\n')
          .filter((line) => !/^(export )?(TOKEN|API)=/.test(line))
          .join('\n')
          .replaceAll('npx ctd-verify', `node ${join(ROOT, 'bin/ctd-verify.js')}`)
        script.push(body, `printf '\\n@@END ${b.index}@@\\n'`)
      }
      const res = await bash(script.join('\n'), work, { TOKEN: service.token, API: `http://127.0.0.1:${port}` })
      const outputs = new Map<number, string>()
      let rest = res.stdout
      for (const b of runs) {
        const marker = `\n@@END ${b.index}@@\n`
        const at = rest.indexOf(marker)
        if (at < 0) break
        outputs.set(b.index, rest.slice(0, at))
        rest = rest.slice(at + marker.length)
      }
      for (const b of runs) {
        const where = `${doc}:${b.line}`
        const out = outputs.get(b.index)
        if (out === undefined) {
          t.fail(`${where}: the block failed (exit ${res.status})`, { stderr: res.stderr.slice(-4000), stdout: rest.slice(-2000) })
          break
        }
        dump.push({ doc, line: b.line, output: out })
        if (b.expected !== null) t.equal(normalise(out), normalise(b.expected), `${where}: prints what the document shows`)
        else t.pass(`${where}: runs`)
      }
      if (outputs.size === runs.length) t.equal(res.status, 0, `${doc}: the session ends well`)
    })
  }
  if (process.env.EXAMPLES_DUMP) writeFileSync(process.env.EXAMPLES_DUMP, JSON.stringify(dump, null, 2))
})
