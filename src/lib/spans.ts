/**
 * Where a request's time goes, for benchmarks: named spans in milliseconds, summed per name.
 * Production callers pass none, and then nothing is measured.
 */
export type Spans = Map<string, number>

/** Runs `fn`, adding its wall time (until its promise settles) to `name` in `spans` when given. */
export async function span<T>(spans: Spans | undefined, name: string, fn: () => Promise<T>): Promise<T> {
  if (!spans) return fn()
  const t0 = performance.now()
  try {
    return await fn()
  } finally {
    spans.set(name, (spans.get(name) ?? 0) + performance.now() - t0)
  }
}

/** The same for synchronous work. */
export function spanSync<T>(spans: Spans | undefined, name: string, fn: () => T): T {
  if (!spans) return fn()
  const t0 = performance.now()
  try {
    return fn()
  } finally {
    spans.set(name, (spans.get(name) ?? 0) + performance.now() - t0)
  }
}
