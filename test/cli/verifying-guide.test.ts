/**
 * docs/verifying.md, run as written: its shell blocks go to bash against a listening service
 * whose log has the guide's shape (checkpoints at 63 and 64 events), and every output block is
 * compared with what the commands print, hashes and key ids aside.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { formatVerifierKey, verifierKeyOf } from '../../src/lib/tlog/note.ts'
import { buildTestApp } from '../helpers/app.ts'
import { createCommittee } from '../helpers/fixtures.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const guide = readFileSync(join(ROOT, 'docs/verifying.md'), 'utf8')

/** The guide's fenced blocks in order, with their language. */
const blocks = [...guide.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, body: m[2]! }))

/** Hashes, signatures and key ids differ from run to run; the rest must be as the guide shows. */
const normalise = (text: string) =>
  text
    .replace(/[0-9a-f]{64}/g, '<hex>')
    .replace(/[A-Za-z0-9+/]{43}=/g, '<hash>')
    .replace(/\b[0-9a-f]{8}\b/g, '<key>')
    .trimEnd()

t.test('docs/verifying.md: every command works and prints what the guide shows', async (t) => {
  const h = await buildTestApp(t)
  const auditor = await h.token('auditor')
  const head = async () => (await h.call(auditor, { method: 'GET', url: '/v1/audit-events/verify' })).json().lastSeq as number
  // The guide's log: a checkpoint of 63 events, kept as old.txt, then one of 64.
  let n = 0
  while ((await head()) < 63) await createCommittee(h, { name: `Ủy ban ${n++}`, level: 'central' })
  t.equal(await head(), 63)
  t.equal((await h.call(h.adminToken, { method: 'POST', url: '/v1/audit-log/checkpoints' })).json().treeSize, 63)
  const old = (await h.call(auditor, { method: 'GET', url: '/v1/audit-log/checkpoint', headers: { accept: 'text/plain' } })).body
  await createCommittee(h, { name: 'Ủy ban 64', level: 'central' })
  t.equal((await h.call(h.adminToken, { method: 'POST', url: '/v1/audit-log/checkpoints' })).json().treeSize, 64)
  await h.app.listen({ port: 0, host: '127.0.0.1' })
  const address = h.app.server.address() as { port: number }

  const dir = mkdtempSync(join(tmpdir(), 'ctd-guide-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const signer = h.app.auditLog['opts'].signer!
  const verifierKey = formatVerifierKey(verifierKeyOf(signer.name, signer.publicKey))
  const documentedKey = /^cum-thi-dua\.local\/audit-log\+[0-9a-f]{8}\+\S+$/m.exec(guide)![0]
  // Asynchronously: the commands call this process's own server.
  const bash = (script: string) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn('bash', ['-euo', 'pipefail', '-c', script], {
        cwd: dir,
        env: { ...process.env, KEY: auditor, API: `http://127.0.0.1:${address.port}` },
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')))
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')))
      child.on('close', (status) => resolve({ status, stdout, stderr }))
    })
  await bash(`cat > old.txt <<'NOTE'\n${old}NOTE`)

  let ran = 0
  let compared = 0
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.lang !== 'bash') continue
    const script = block.body
      .split('\n')
      // The reader's own key and address come from the environment set above.
      .filter((line) => !/^export (KEY|API)=/.test(line))
      .join('\n')
      .replaceAll(documentedKey, verifierKey)
      .replaceAll('npx ctd-verify', `node ${join(ROOT, 'bin/ctd-verify.js')}`)
    const res = await bash(script)
    ran += 1
    t.equal(res.status, 0, `block ${i} runs: ${res.stderr}`)
    // The text block after a shell block is what its last command prints.
    const next = blocks[i + 1]
    if (next?.lang === 'text') {
      const printed = normalise(res.stdout)
      t.ok(printed.endsWith(normalise(next.body)), `block ${i}'s output is the guide's`, { found: printed, wanted: normalise(next.body) })
      compared += 1
    }
  }
  t.ok(ran >= 5, `${ran} shell blocks ran`)
  t.ok(compared >= 3, `${compared} outputs compared`)
  t.match(readFileSync(join(dir, 'keys.json'), 'utf8'), verifierKey)
})
