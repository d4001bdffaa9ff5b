import t from 'tap'
import { negotiateLanguage } from '../../src/lib/i18n/language.ts'
import { fillTemplate, localizeProblem } from '../../src/lib/i18n/localize.ts'
import { PROBLEM_CATALOGUE } from '../../src/lib/i18n/problem-catalogue.ts'
import { VOCABULARY } from '../../src/lib/i18n/vocabulary.ts'

t.test('Accept-Language is negotiated with q-values (RFC 9110 §12.5.4); English is the default', async (t) => {
  const cases: [string | undefined, string][] = [
    [undefined, 'en'],
    ['', 'en'],
    ['vi', 'vi'],
    ['VI', 'vi'],
    ['vi-VN', 'vi'],
    ['vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7', 'vi'],
    ['en-US,en;q=0.9,vi;q=0.8', 'en'],
    ['en;q=0.5, vi', 'vi'],
    ['vi;q=0.2, en;q=0.8', 'en'],
    ['en, vi', 'en'],
    ['vi, en', 'vi'],
    ['fr', 'en'],
    ['fr, vi;q=0.1', 'vi'],
    ['*', 'en'],
    ['vi;q=0, *', 'en'],
    ['en;q=0, *;q=0.5', 'vi'],
    ['en;q=0', 'en'],
    ['xx;q=abc', 'en'],
    ['vi;q=abc, en;q=0.1', 'en'],
    ['vi;q=1.5', 'en'],
    ['vi-VN;q=0.9, vi;q=0', 'vi'],
  ]
  for (const [header, lang] of cases) t.equal(negotiateLanguage(header), lang, String(header))
  t.equal(negotiateLanguage(['en;q=0.1', 'vi']), 'vi', 'repeated headers are one list')
})

t.test('templates are filled from the fields, or not at all', async (t) => {
  t.equal(fillTemplate('Kỳ báo cáo {period|periods} đã đóng.', { period: 'FY' }), 'Kỳ báo cáo cả năm (tổng kết) đã đóng.')
  t.equal(fillTemplate('Kỳ báo cáo {period|periods} đã đóng.', {}), null, 'a missing field')
  t.equal(fillTemplate('Kỳ báo cáo {period|periods} đã đóng.', { period: 'Q3' }), null, 'a value without a label')
  t.equal(fillTemplate('“{from/status|clusterYearStatuses}”', { status: 'reporting' }), '“đang báo cáo”', 'the first present of several')
  t.equal(fillTemplate('{year}', { year: 2024 }), '2024')
  t.equal(fillTemplate('{year}', { year: { nested: 1 } }), null, 'only scalars')
})

t.test('the catalogue: every template names fields and groups that exist, and reads as Vietnamese', async (t) => {
  const groups = new Set(VOCABULARY.map((g) => g.name))
  const faults: string[] = []
  for (const [code, entry] of Object.entries(PROBLEM_CATALOGUE)) {
    if (!entry.en.trim() || !entry.vi.trim()) faults.push(`${code}: a label is empty`)
    if (/[a-z]_[a-z]/i.test(entry.vi)) faults.push(`${code}: a code in the Vietnamese label`)
    for (const m of (entry.detail ?? '').matchAll(/\{([A-Za-z0-9/]+)(?:\|([A-Za-z]+))?\}/g)) {
      if (m[2] && !groups.has(m[2])) faults.push(`${code}: no group ${m[2]}`)
    }
  }
  t.same(faults, [])
  t.ok(
    VOCABULARY.every((g) => new Set(g.codes.map((c) => c.code)).size === g.codes.length),
    'no code twice in a group',
  )
})

t.test('a problem in Vietnamese: title and detail by code, field messages by code; the rest unchanged', async (t) => {
  const en = {
    status: 409,
    code: 'PERIOD_CLOSED',
    title: 'Conflict',
    detail: 'The FY input window was closed',
    details: { period: 'FY', reason: 'closed_early' },
    requestId: 'r',
  }
  t.equal(localizeProblem('en', en), en, 'English is as raised')
  const vi = localizeProblem('vi', en)
  t.same(vi, { ...en, title: 'Kỳ báo cáo đã đóng', detail: 'Kỳ báo cáo cả năm (tổng kết) đã đóng; không nhận thêm số liệu.' })
  const generic = localizeProblem('vi', { ...en, details: undefined })
  t.equal(generic.detail, 'Kỳ báo cáo đã đóng.', 'without its fields: the generic detail')
  const byText = localizeProblem('vi', { status: 404, code: 'CLUSTER_NOT_FOUND', title: 'Not Found', detail: 'No cluster 0190-x' })
  t.equal(byText.detail, 'Không tìm thấy cụm thi đua có mã định danh 0190-x.')
  const unmatched = localizeProblem('vi', { status: 404, code: 'CLUSTER_NOT_FOUND', title: 'Not Found', detail: 'Something else' })
  t.equal(unmatched.detail, 'Không tìm thấy cụm thi đua.', 'an English text the template does not know: generic')
  const unknown = localizeProblem('vi', { status: 418, code: 'NEVER_HEARD_OF', title: 'Error', detail: 'x' })
  t.same([unknown.title, unknown.detail, unknown.code], ['Lỗi', 'Lỗi.', 'NEVER_HEARD_OF'])
  const fields = localizeProblem('vi', {
    status: 400,
    code: 'VALIDATION_FAILED',
    title: 'Bad Request',
    detail: 'The request body is invalid: /level is required',
    errors: [
      { pointer: '/level', location: 'body', code: 'REQUIRED', message: 'is required' },
      { pointer: '/x', location: 'body', code: 'SOMETHING_NEW', message: 'is odd' },
    ],
  })
  t.same(
    fields.errors!.map((e) => e.message),
    ['Thiếu trường bắt buộc', 'Giá trị không hợp lệ'],
  )
  t.equal(fields.detail, 'Yêu cầu không hợp lệ (nội dung yêu cầu): /level: Thiếu trường bắt buộc; /x: Giá trị không hợp lệ.')
})
