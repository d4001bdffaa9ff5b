import fc from 'fast-check'
import t from 'tap'
import { eventLeafHash, hashAndLeaf, type ChainedEvent } from '../../src/modules/audit-events/repository.ts'
import { eventHash } from '../../src/modules/audit-events/service.ts'

// Events of every shape the log holds, and request ids or payloads that mimic the served form's members.
const tricky = fc.constantFrom(',"occurredAt":"x"', '"hash":"0"', '}', 'req-1', '😀', '')
const text = fc.oneof(fc.string(), tricky)
const event: fc.Arbitrary<ChainedEvent> = fc.record({
  seq: fc.integer({ min: 1, max: 2 ** 40 }),
  occurredAt: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  actorKeyId: fc.option(fc.uuid()),
  actorRole: fc.option(fc.constantFrom('admin', 'organizer')),
  actorCommitteeId: fc.option(fc.uuid()),
  action: fc.constantFrom('submission.imported', 'committee.created'),
  entityType: fc.constantFrom('submission', 'committee'),
  entityId: fc.uuid(),
  before: fc.option(fc.jsonValue()),
  after: fc.oneof(fc.jsonValue(), fc.dictionary(text, fc.oneof(text, fc.integer()))),
  requestId: fc.option(text),
  prevHash: fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex')),
})

t.test('hashAndLeaf gives the chain hash and the leaf that eventHash and eventLeafHash give', async (t) => {
  t.doesNotThrow(() =>
    fc.assert(
      fc.property(event, (e) => {
        const { hash, leaf } = hashAndLeaf(e)
        if (hash !== eventHash(e)) throw new Error(`hash differs for ${JSON.stringify(e)}`)
        if (!leaf.equals(eventLeafHash({ ...e, hash }))) throw new Error(`leaf differs for ${JSON.stringify(e)}`)
      }),
      { numRuns: 2000 },
    ),
  )
})
