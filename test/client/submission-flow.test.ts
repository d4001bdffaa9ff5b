import type { AddressInfo } from 'node:net'
import t from 'tap'
import { buildTestApp } from '../helpers/app.ts'
import { submissionFlow } from './submission-flow.ts'

t.test('the generated client drives a submission from creation to acceptance over HTTP', async (t) => {
  const h = await buildTestApp(t)
  await h.app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = h.app.server.address() as AddressInfo
  const { draft, submitted, accepted } = await submissionFlow(`http://127.0.0.1:${port}`, h.adminToken)
  t.equal(draft.status, 'draft')
  t.equal(submitted.status, 'submitted')
  t.equal(submitted.revision, 1)
  t.equal(accepted.status, 'accepted')
  t.equal(accepted.id, draft.id)
  t.same(
    accepted.values.map((v) => [v.value, v.officialValue]),
    [['120', null]],
  )
  t.same(accepted.lock, { editable: false, code: 'SUBMISSION_ACCEPTED' })
})
