import { randomBytes } from 'node:crypto'

/**
 * Random bytes drawn 4 KB at a time: a bulk import makes thousands of ids, and a call to the
 * CSPRNG each costs more than the rest of an id.
 */
let pool = Buffer.alloc(0)
let taken = 0
function random(): Buffer {
  if (taken + 16 > pool.length) {
    pool = randomBytes(4096)
    taken = 0
  }
  return pool
}

/**
 * UUIDv7 (RFC 9562): time-ordered, so primary-key order is creation order and keyset cursors
 * over ids walk resources in the order they were made.
 */
export function uuidv7(now = Date.now()): string {
  const b = Buffer.allocUnsafe(16)
  const source = random()
  source.copy(b, 0, taken, taken + 16)
  taken += 16
  b.writeUIntBE(now, 0, 6)
  b[6] = (b[6]! & 0x0f) | 0x70
  b[8] = (b[8]! & 0x3f) | 0x80
  const h = b.toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}
