/**
 * `node --import tsx --import ./bench/audit-noop-register.ts src/server.ts`: the service with the
 * audit append a no-op (bench/audit-noop-hooks.mjs, bench/audit-noop.ts), the unaudited build the
 * audit-log benchmark compares the write path with. Bench-only; never used by the service.
 */
import { register } from 'node:module'

register('./audit-noop-hooks.mjs', import.meta.url)
