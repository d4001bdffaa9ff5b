/**
 * Last-resort cleanup for the fault suite: synchronous functions run when the process exits, for
 * whatever reason (normal end, an uncaught error, SIGINT/SIGTERM/SIGHUP). Each resource registers
 * one and unregisters it once its own asynchronous teardown has run.
 */
type Fn = () => void

const pending = new Map<number, { label: string; fn: Fn }>()
let next = 0
let installed = false

function runAll() {
  // Newest first: replicas before the cluster they use.
  for (const id of [...pending.keys()].sort((a, b) => b - a)) {
    const entry = pending.get(id)!
    pending.delete(id)
    try {
      entry.fn()
    } catch (err) {
      process.stderr.write(`fault cleanup "${entry.label}" failed: ${(err as Error).message}\n`)
    }
  }
}

function install() {
  if (installed) return
  installed = true
  process.on('exit', runAll)
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.on(signal, () => {
      process.stderr.write(`\nfault suite: ${signal}, cleaning up\n`)
      runAll()
      process.exit(code)
    })
  }
}

/** Registers a synchronous cleanup; returns the function that unregisters it. */
export function onExit(label: string, fn: Fn): () => void {
  install()
  const id = ++next
  pending.set(id, { label, fn })
  return () => {
    pending.delete(id)
  }
}
