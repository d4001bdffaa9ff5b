/**
 * The audit-log benchmark's unaudited build (bench/audit-log.ts): everything of
 * src/modules/audit-events/service.ts as it is, except that recording an event does nothing.
 * Not imported by anything: a replica started with `--import ./bench/audit-noop-register.ts`
 * (after `--import tsx`) gets this module wherever the service imports the real one
 * (bench/audit-noop-hooks.mjs redirects the resolution), so the service's own code runs
 * unchanged and src/ holds no switch for it.
 *
 * Local exports take precedence over the names of `export *`: these two replace the real ones.
 * (`updateAtVersion` still calls the real `recordAudit` from inside its module; the write this
 * benchmark loads, the submission PATCH, calls `recordAudit` itself.)
 */
import type { SQL } from 'drizzle-orm'

export * from '../src/modules/audit-events/service.ts'

/** No statement: writers that would append events append none. */
export function auditStatement(): SQL | null {
  return null
}

/** Records nothing. */
export async function recordAudit(): Promise<void> {}
