/**
 * `ctd-verify export` reads the bundle as a stream: a bundle many times the read chunk verifies
 * as it does read in one piece, in any chunk size, pretty-printed or with its members out of
 * order; what it keeps does not grow with the submissions (it never holds their array, nor a
 * submission's revisions). The bundles are the export tests' year, padded with draft
 * submissions and signed again with the test key (tampered ones are not signed again).
 */
import t from 'tap'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/cli/ctd-verify.ts'
import { loadKeys } from '../../src/cli/inputs.ts'
import { CHUNK_SIZE, fileSource, STREAMED } from '../../src/cli/json-stream.ts'
import { readBundle, verifyBundleDocument, verifyBundleFile, type ExportResult } from '../../src/cli/verify-export.ts'
import { canonicalJson, sha256Hex } from '../../src/domain/canonical.ts'
import { signNote } from '../../src/lib/tlog/note.ts'
import { buildTestApp, testSigner } from '../helpers/app.ts'
import { decidedYear } from '../helpers/export-cycle.ts'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const VALUES = 200
const REVISIONS = 3

/** A draft H1 submission of VALUES values with REVISIONS revisions of them: not an input of the ranking. */
function padding(i: number, committeeId: string): Json {
  const values = Array.from({ length: VALUES }, (_, k) => ({
    correctionReason: null,
    evidenceUrl: null,
    indicatorCode: `IND_${k}`,
    note: `ghi chú ${k} — Ủy ban 😀`,
    officialValue: null,
    value: (k * 1234.5).toFixed(2),
  }))
  const revisions = Array.from({ length: REVISIONS }, (_, r) => ({ late: false, revision: r + 1, submittedAt: '2024-01-01T00:00:00.000Z', values }))
  return { committeeId, id: `pad-${i}`, late: false, period: 'H1', revision: REVISIONS, revisions, status: 'draft', values, version: 1 }
}

t.test('ctd-verify export reads the bundle as a stream', async (t) => {
  const h = await buildTestApp(t)
  const r = await decidedYear(h)
  const res = await h.call(h.adminToken, { method: 'GET', url: `/v1/exports/cluster-years/${r.cluster.id}/${r.year}` })
  t.equal(res.statusCode, 200)
  const dir = t.testdir({ 'keys.json': (await h.call(h.adminToken, { method: 'GET', url: '/v1/audit-log/keys' })).body })
  const keysFile = join(dir, 'keys.json')
  const keys = loadKeys([keysFile])
  const signer = testSigner(h.config.AUDIT_LOG_ORIGIN)
  const original = JSON.parse(res.body) as Json

  /** The document with `pads` padding submissions, digested and signed again as the service would (canonical JSON). */
  const padded = (pads: number): string => {
    const doc = structuredClone(original)
    const committeeId = doc.bundle.members[0].committeeId as string
    for (let i = 0; i < pads; i++) doc.bundle.submissions.push(padding(i, committeeId))
    doc.digest = sha256Hex(canonicalJson({ bundle: doc.bundle }))
    const cy = doc.bundle.clusterYear
    doc.signature.note = signNote(`${h.config.AUDIT_LOG_ORIGIN}/exports/cluster-years\n${cy.clusterId} ${cy.year}\nsha256 ${doc.digest}\n`, signer)
    return canonicalJson(doc)
  }
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text)
    return join(dir, name)
  }
  const run = (file: string) => {
    let stdout = ''
    const code = main(['export', file, '--key', keysFile], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => {} } })
    return { code, stdout }
  }

  const big = padded(40)
  const file = write('big.json', big)
  const bytes = Buffer.byteLength(big)
  t.ok(bytes > 20 * CHUNK_SIZE, `the bundle (${bytes} bytes) is more than 20 read chunks`)

  t.test('(a) the same verdict, report and summary in any chunk size, and as in memory', async (t) => {
    const whole = verifyBundleDocument(JSON.parse(big) as Json, keys)
    t.ok(whole.ok, 'the padded bundle verifies')
    t.equal(whole.summary?.digest, (JSON.parse(big) as Json).digest)
    for (const size of [CHUNK_SIZE, 4096, 1000, 97]) t.same(verifyBundleFile(file, keys, undefined, size), whole, `chunks of ${size} bytes`)
    const cli = run(file)
    t.equal(cli.code, 0)
    t.match(cli.stdout, /✓ Mã băm \(digest\) tính lại khớp .*\n(.*\n)*✓ ĐẠT \/ PASS\n$/)
  })

  t.test('(a) the digest is of the parsed values: white space and member order do not matter, values do', async (t) => {
    const doc = JSON.parse(big) as Json
    const expected = verifyBundleFile(file, keys)
    const reversed = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reversed)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(
              Object.keys(v)
                .reverse()
                .map((k) => [k, reversed((v as Json)[k])]),
            )
          : v
    const pretty = write('pretty.json', JSON.stringify(doc, null, 2))
    t.same(verifyBundleFile(pretty, keys, undefined, 4096), expected, 'pretty-printed: the bytes are not canonical, the values are')
    const backwards = write('reversed.json', JSON.stringify(reversed(doc)))
    t.same(verifyBundleFile(backwards, keys, undefined, 4096), expected, 'every member order reversed (the events before their checkpoint)')
    const escaped = write('escaped.json', big.replace('"formatVersion":"ctd-cluster-year-export/1"', '"formatVersion":"ctd-cluster-year-export\\/1"'))
    t.same(verifyBundleFile(escaped, keys), expected, 'an escape canonical JSON would not write')
    const changed = write('changed.json', big.replace(/"note":"ghi chú 7 —/, '"note":"ghi chú 8 —'))
    const verdict = verifyBundleFile(changed, keys, undefined, 1000)
    t.same(
      verdict.checks.filter((c) => !c.ok).map((c) => c.name),
      ['digest', 'signature'],
      'a changed padding value: the digest and the signature fail, nothing else',
    )
  })

  t.test('(a) a tampered ranking is named member by member, read again from the file in any chunk size', async (t) => {
    const doc = JSON.parse(big) as Json
    const members = doc.bundle.ranking.view.members as Json[]
    t.equal(members.length, 4)
    members[0].rank = 99
    members[1].lines[0].points = '0.01'
    ;[members[2], members[3]] = [members[3], members[2]]
    const tampered = write('tampered.json', JSON.stringify(doc))
    const results: ExportResult[] = [CHUNK_SIZE, 777].map((size) => verifyBundleFile(tampered, keys, undefined, size))
    t.same(results[0], results[1])
    const ranking = results[0]!.checks.find((c) => c.name === 'ranking')!
    t.equal(ranking.ok, false)
    t.match(ranking.detail, new RegExp(`${members[0].code}: rank 99 ≠ recomputed 1`))
    t.match(ranking.detail, new RegExp(`${members[1].code}: criterion ${members[1].lines[0].criterionCode} points 0\\.01 ≠ recomputed`))
    t.match(ranking.detail, /position 3: .* is listed, recomputed .*; position 4: /)
    t.same(
      results[0]!.checks.filter((c) => !c.ok).map((c) => c.name),
      ['digest', 'signature', 'ranking'],
    )
  })

  t.test('(c) what is kept does not grow with the submissions: never their array, nor a whole submission', async (t) => {
    const read = (text: string) => {
      const source = fileSource(write('read.json', text))
      try {
        return readBundle(source, 'read.json', keys, undefined, 4096)
      } finally {
        source.close()
      }
    }
    const few = read(padded(2))
    const many = read(big)
    for (const r of [few, many]) {
      t.equal((r.doc as Json).bundle.submissions, STREAMED, 'the submissions stand as STREAMED: each was handed over and let go')
      t.equal((r.doc as Json).bundle.auditLog.events, STREAMED, 'so do the audit events')
      t.equal((r.doc as Json).bundle.ranking.view.members, STREAMED, 'and the ranked members')
      t.notOk('committees' in (r.doc as Json).bundle, 'records the checks do not read are not kept')
    }
    const submission = Buffer.byteLength(canonicalJson(padding(0, original.bundle.members[0].committeeId)))
    t.equal(many.largest.bytes, few.largest.bytes, `the largest value built whole is the same for 2 or 40 padding submissions (${many.largest.path})`)
    t.ok(many.largest.bytes < submission / REVISIONS, `and smaller than a submission's revisions (${many.largest.bytes} < ${submission} / ${REVISIONS} bytes)`)
    t.equal(many.largest.path, 'bundle.submissions.[].values', "the largest is one submission's values (revisions are skipped)")
    t.equal(Object.keys(many.inputs.fyValues).length, Object.keys(few.inputs.fyValues).length, 'the ranking inputs are the same: drafts are not inputs')
    t.equal(many.ranked.length, original.bundle.ranking.view.members.length, 'per ranked member: a hash and its place')
    t.same(Object.keys(many.ranked[0]!).sort(), ['code', 'committeeId', 'end', 'error', 'hash', 'id', 'start'])
  })
})
