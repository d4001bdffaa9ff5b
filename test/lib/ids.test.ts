import t from 'tap'
import { uuidv7 } from '../../src/lib/ids.ts'

t.test('uuidv7: version 7, RFC 9562 variant, the time in front, and no two alike across refills of the random pool', async (t) => {
  const now = Date.UTC(2026, 11, 3, 12, 0, 0)
  const ids = Array.from({ length: 1000 }, () => uuidv7(now))
  t.equal(new Set(ids).size, ids.length, 'all distinct (the pool holds 256 ids of randomness)')
  const hexTime = now.toString(16).padStart(12, '0')
  for (const id of ids) {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)) t.fail(`malformed ${id}`)
    if (id.replace(/-/g, '').slice(0, 12) !== hexTime) t.fail(`time prefix of ${id}`)
  }
  // Random bits differ from id to id: no byte of the pool is handed out twice.
  const tails = new Set(ids.map((id) => id.slice(19)))
  t.equal(tails.size, ids.length, 'random tails distinct')
})
