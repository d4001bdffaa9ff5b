import fc from 'fast-check'
import t from 'tap'
import { DomainError } from '../../src/domain/errors.ts'
import { auditStatement, SYSTEM_ACTOR } from '../../src/modules/audit-events/service.ts'

const event = (text: string) => ({ action: 'x.changed', entityType: 'x', entityId: '1', after: { note: text, nested: [{ text }] } })
const refused = (text: string) => {
  try {
    auditStatement(SYSTEM_ACTOR, [event(text)])
    return false
  } catch (err) {
    if (err instanceof DomainError && err.code === 'INVALID_TEXT') return true
    throw err
  }
}

// audit_pending keeps payloads as json, which takes what jsonb (audit_events) refuses: the
// writer refuses it first, so no pending event can stop the sequencer.
t.test('text jsonb cannot hold is refused before it is written: NUL, a lone surrogate', async (t) => {
  t.ok(refused('a\u0000b'), 'NUL')
  t.ok(refused('\ud800'), 'lone high surrogate')
  t.ok(refused('x\udfff'), 'lone low surrogate')
  t.ok(refused('\\\u0000'), 'a backslash, then NUL')
})

t.test('text that only looks like those escapes, and well-formed text, is written', async (t) => {
  t.notOk(refused('\\u0000'), 'a backslash and "u0000"')
  t.notOk(refused('\\ud800'), 'a backslash and "ud800"')
  t.notOk(refused('\\\\u0000'), 'two backslashes and "u0000"')
  t.notOk(refused('😀 Hòa Bình \u0001\u001f'), 'a surrogate pair, Vietnamese, other control characters')
})

t.test('property: refused exactly when the text holds NUL or is not well formed', async (t) => {
  const unit = fc.constantFrom('a', '\\', 'u', '0', 'd', '8', '\u0000', '\ud800', '\udc00', '😀', '"')
  t.doesNotThrow(() =>
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (text) => {
        const expected = text.includes('\u0000') || !text.isWellFormed()
        if (refused(text) !== expected) throw new Error(`${JSON.stringify(text)}: refused ${!expected}`)
      }),
      { numRuns: 3000 },
    ),
  )
})
