import t, { type Test as Tap } from 'tap'
import { buildTestApp, type TestApp } from '../helpers/app.ts'
import { createCluster, organizerWithMembers, putYear } from '../helpers/fixtures.ts'

type Answer = Awaited<ReturnType<TestApp['call']>>

/** A problem in the given language: the code and status as in English, the headers saying the language. */
function expectProblem(t: Tap, res: Answer, status: number, code: string, lang: 'en' | 'vi') {
  t.equal(res.statusCode, status, `${code}: status`)
  t.match(res.headers['content-type'], /^application\/problem\+json/, `${code}: a problem`)
  t.equal(res.headers['content-language'], lang, `${code}: Content-Language ${lang}`)
  t.match(res.headers.vary, /Accept-Language/i, `${code}: Vary names Accept-Language`)
  const body = res.json()
  t.equal(body.code, code, `${code}: the code never changes`)
  t.equal(body.status, status)
  return body as { title: string; detail: string; errors?: { pointer: string; code: string; message: string }[]; details?: Record<string, unknown> }
}

const VI = { 'accept-language': 'vi' }

t.test('problems in Vietnamese and in English, raised anywhere', async (t) => {
  const h = await buildTestApp(t)
  const reader = await h.token('reader')
  const missing = '01900000-0000-7000-8000-000000000000'

  await t.test('404: a resource not found, its id kept from the English detail', async (t) => {
    const en = expectProblem(t, await h.call(reader, { method: 'GET', url: `/v1/clusters/${missing}` }), 404, 'CLUSTER_NOT_FOUND', 'en')
    t.same([en.title, en.detail], ['Not Found', `No cluster ${missing}`], 'English by default, as before')
    const vi = expectProblem(t, await h.call(reader, { method: 'GET', url: `/v1/clusters/${missing}`, headers: VI }), 404, 'CLUSTER_NOT_FOUND', 'vi')
    t.same([vi.title, vi.detail], ['Không tìm thấy cụm thi đua', `Không tìm thấy cụm thi đua có mã định danh ${missing}.`])
    const route = expectProblem(t, await h.call(reader, { method: 'GET', url: '/v1/nowhere', headers: VI }), 404, 'ROUTE_NOT_FOUND', 'vi')
    t.same([route.title, route.detail], ['Không có đường dẫn này', 'Không có đường dẫn GET /v1/nowhere.'])
    const method = expectProblem(t, await h.call(reader, { method: 'DELETE', url: '/v1/vocabulary', headers: VI }), 405, 'METHOD_NOT_ALLOWED', 'vi')
    t.equal(method.detail, 'Không được dùng phương thức DELETE với /v1/vocabulary; các phương thức được phép: GET.')
  })

  await t.test('q-values decide; a language the service does not write gives English', async (t) => {
    const ask = (header: string) => h.call(reader, { method: 'GET', url: `/v1/clusters/${missing}`, headers: { 'accept-language': header } })
    t.equal(expectProblem(t, await ask('en;q=0.5, vi;q=0.9'), 404, 'CLUSTER_NOT_FOUND', 'vi').title, 'Không tìm thấy cụm thi đua')
    t.equal(expectProblem(t, await ask('vi-VN,vi;q=0.9,en;q=0.8'), 404, 'CLUSTER_NOT_FOUND', 'vi').title, 'Không tìm thấy cụm thi đua')
    t.equal(expectProblem(t, await ask('vi;q=0.3, en'), 404, 'CLUSTER_NOT_FOUND', 'en').title, 'Not Found')
    t.equal(expectProblem(t, await ask('fr-FR, de'), 404, 'CLUSTER_NOT_FOUND', 'en').title, 'Not Found')
  })

  await t.test('409: a conflict, in the state the year is in', async (t) => {
    const { organizer, members } = await organizerWithMembers(h, 2)
    const cluster = await createCluster(h, { organizerCommitteeId: organizer.id })
    const ids = members.map((m) => m.id)
    t.equal((await putYear(h, cluster.id, 2024, { members: ids, headId: ids[0], deputyId: ids[1] })).statusCode, 201)
    const ranking = `/v1/clusters/${cluster.id}/years/2024/ranking`
    const en = expectProblem(t, await h.call(reader, { method: 'GET', url: ranking }), 409, 'SCHEME_REQUIRED', 'en')
    t.equal(en.title, 'Conflict')
    const vi = expectProblem(t, await h.call(reader, { method: 'GET', url: ranking, headers: VI }), 409, 'SCHEME_REQUIRED', 'vi')
    t.same([vi.title, vi.detail], ['Năm thi đua chưa có phương án chấm điểm', 'Năm thi đua chưa có phương án chấm điểm; cần xây dựng phương án trước.'])
    const taken = await h.call(h.adminToken, {
      method: 'POST',
      url: '/v1/clusters',
      headers: VI,
      body: { code: cluster.code, name: 'Cụm khác', organizerCommitteeId: organizer.id, memberLevel: 'province', rotationPolicy: 'elected' },
    })
    const code = expectProblem(t, taken, 409, 'CLUSTER_CODE_TAKEN', 'vi')
    t.same([code.title, code.detail], ['Mã cụm thi đua đã được sử dụng', `Mã cụm thi đua ${String(cluster.code)} đã được sử dụng.`])
    // A refusal stored for an Idempotency-Key is replayed as it was written, and says so.
    const again = (lang: string) =>
      h.call(h.adminToken, {
        method: 'POST',
        url: '/v1/clusters',
        headers: { 'accept-language': lang, 'idempotency-key': 'vi-replay' },
        body: { code: cluster.code, name: 'Cụm khác', organizerCommitteeId: organizer.id, memberLevel: 'province', rotationPolicy: 'elected' },
      })
    const first = await again('vi')
    t.equal(expectProblem(t, first, 409, 'CLUSTER_CODE_TAKEN', 'vi').title, 'Mã cụm thi đua đã được sử dụng')
    const replayed = await again('en')
    t.equal(replayed.headers['idempotent-replayed'], 'true')
    t.equal(replayed.headers['content-language'], 'vi', 'the replay is the first answer, in its language')
    t.equal(replayed.body, first.body)
    const period = expectProblem(
      t,
      await h.call(reader, { method: 'GET', url: `/v1/clusters/${cluster.id}/years/2024/periods/FY`, headers: VI }),
      404,
      'PERIOD_NOT_FOUND',
      'vi',
    )
    t.equal(period.detail, 'Kỳ báo cáo cả năm (tổng kết) chưa được thiết lập thời gian nhận số liệu.', 'filled from the path')
    const close = await h.call(h.adminToken, { method: 'POST', url: `/v1/clusters/${cluster.id}/years/2024/periods/H1/close`, headers: VI, body: {} })
    const notSet = expectProblem(t, close, 409, 'PERIOD_NOT_SET', 'vi')
    t.equal(notSet.detail, 'Kỳ báo cáo sáu tháng đầu năm (sơ kết) chưa được thiết lập thời gian nhận số liệu.')
  })

  await t.test('400 and 422: validation, each field error in Vietnamese by its code', async (t) => {
    const body = { name: 'Ủy ban MTTQ xã', kind: 'front_committee', colour: 'đỏ' }
    const en = expectProblem(t, await h.call(h.adminToken, { method: 'POST', url: '/v1/committees', body }), 400, 'VALIDATION_FAILED', 'en')
    t.same(
      en.errors!.map((e) => [e.pointer, e.code, e.message]),
      [
        ['/level', 'REQUIRED', 'is required'],
        ['/colour', 'UNKNOWN_FIELD', 'is not a known field'],
      ],
    )
    const vi = expectProblem(t, await h.call(h.adminToken, { method: 'POST', url: '/v1/committees', headers: VI, body }), 400, 'VALIDATION_FAILED', 'vi')
    t.same(
      vi.errors!.map((e) => [e.pointer, e.code, e.message]),
      [
        ['/level', 'REQUIRED', 'Thiếu trường bắt buộc'],
        ['/colour', 'UNKNOWN_FIELD', 'Trường không được hỗ trợ'],
      ],
    )
    t.equal(vi.title, 'Yêu cầu không hợp lệ')
    t.equal(vi.detail, 'Yêu cầu không hợp lệ (nội dung yêu cầu): /level: Thiếu trường bắt buộc; /colour: Trường không được hỗ trợ.')
    const query = expectProblem(t, await h.call(reader, { method: 'GET', url: '/v1/committees?limit=9999', headers: VI }), 400, 'VALIDATION_FAILED', 'vi')
    t.equal(query.detail, 'Yêu cầu không hợp lệ (tham số truy vấn): /limit: Giá trị nằm ngoài phạm vi cho phép.')
    const past = await h.call(h.adminToken, {
      method: 'POST',
      url: '/v1/api-keys',
      headers: VI,
      body: { name: 'x', role: 'reader', expiresAt: '2001-01-01T00:00:00Z' },
    })
    const expiry = expectProblem(t, past, 422, 'EXPIRY_IN_PAST', 'vi')
    t.same([expiry.title, expiry.detail], ['Thời hạn đã qua', 'Thời hạn của khóa truy cập (expiresAt) phải ở tương lai.'])
    t.same(
      expiry.errors!.map((e) => [e.pointer, e.message]),
      [['/expiresAt', 'Thời hạn đã qua']],
    )
    const unbound = await h.call(h.adminToken, { method: 'POST', url: '/v1/api-keys', headers: VI, body: { name: 'x', role: 'submitter' } })
    t.equal(expectProblem(t, unbound, 422, 'COMMITTEE_REQUIRED', 'vi').detail, 'Khóa truy cập có vai trò “đơn vị thành viên báo cáo” phải gắn với một Ủy ban.')
  })

  await t.test('a bulk import refused whole', async (t) => {
    const row = { committeeCode: 'NO-SUCH', clusterCode: 'NO-SUCH', year: 2024, period: 'FY', indicatorCode: 'HOUSES_BUILT', value: '1' }
    const res = await h.call(h.adminToken, { method: 'POST', url: '/v1/submissions/import?atomic=true', headers: VI, body: { items: [row] } })
    const body = expectProblem(t, res, 422, 'IMPORT_REJECTED', 'vi')
    t.same([body.title, body.detail], ['Dữ liệu nhập bị từ chối', 'Có 1 dòng bị từ chối; toàn bộ dữ liệu nhập không được ghi.'])
    const en = await h.call(h.adminToken, { method: 'POST', url: '/v1/submissions/import?atomic=true', body: { items: [row] } })
    t.equal(expectProblem(t, en, 422, 'IMPORT_REJECTED', 'en').detail, '1 row(s) rejected; the atomic import wrote nothing')
  })

  await t.test('401 and 403', async (t) => {
    const none = expectProblem(t, await h.call(null, { method: 'GET', url: '/v1/committees', headers: VI }), 401, 'MISSING_CREDENTIALS', 'vi')
    t.same([none.title, none.detail], ['Chưa gửi khóa truy cập', 'Yêu cầu cần gửi khóa truy cập trong tiêu đề Authorization: Bearer <khóa truy cập>.'])
    const bad = expectProblem(t, await h.call('ctd_nonsense', { method: 'GET', url: '/v1/committees', headers: VI }), 401, 'INVALID_API_KEY', 'vi')
    t.same([bad.title, bad.detail], ['Khóa truy cập không hợp lệ', 'Khóa truy cập không hợp lệ.'], 'no template: the generic sentence')
    const role = expectProblem(
      t,
      await h.call(reader, { method: 'POST', url: '/v1/committees', headers: VI, body: { name: 'X', level: 'central' } }),
      403,
      'ROLE_NOT_ALLOWED',
      'vi',
    )
    t.equal(role.title, 'Vai trò của khóa truy cập không được phép thực hiện thao tác này')
    const en = expectProblem(
      t,
      await h.call(reader, { method: 'POST', url: '/v1/committees', body: { name: 'X', level: 'central' } }),
      403,
      'ROLE_NOT_ALLOWED',
      'en',
    )
    t.equal(en.title, 'Forbidden')
  })

  await t.test('a success is not marked with a language', async (t) => {
    const ok = await h.call(reader, { method: 'GET', url: '/v1/committees', headers: VI })
    t.equal(ok.statusCode, 200)
    t.equal(ok.headers['content-language'], undefined)
  })
})

t.test('429: a rate limit, in Vietnamese with its numbers', async (t) => {
  const h = await buildTestApp(t, { RATE_LIMIT_WINDOW_S: 3600, RATE_LIMIT_PER_KEY: 1, RATE_LIMIT_PER_ADDRESS: 100 })
  await h.call(h.adminToken, { method: 'GET', url: '/v1/indicators' })
  const limited = await h.call(h.adminToken, { method: 'GET', url: '/v1/indicators', headers: { 'accept-language': 'vi, en;q=0.5' } })
  const body = expectProblem(t, limited, 429, 'RATE_LIMITED', 'vi')
  t.ok(Number(limited.headers['retry-after']) > 0, 'Retry-After as before')
  t.same(
    [body.title, body.detail],
    ['Gửi quá nhiều yêu cầu', 'Đã gửi quá 1 yêu cầu trong 3600 giây. Vui lòng thử lại sau khoảng thời gian ghi trong Retry-After.'],
  )
  const en = expectProblem(t, await h.call(h.adminToken, { method: 'GET', url: '/v1/indicators' }), 429, 'RATE_LIMITED', 'en')
  t.same([en.title, en.detail], ['Too Many Requests', 'More than 1 requests in 3600 s with this API key'])
})
