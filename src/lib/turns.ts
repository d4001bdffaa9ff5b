import { setImmediate as nextTurn } from 'node:timers/promises'

/**
 * Takes turns with the rest of the process in a long CPU-bound loop (a bulk import parsing and
 * checking 100,000 rows): call it once per step and await what it returns. Once the loop has
 * held the event loop for `budgetMs`, it waits for the next turn (`setImmediate`, after pending
 * I/O), so the requests the replica serves meanwhile, and the audit sequencer's open
 * transaction, wait at most about that long. Awaiting promises alone never lets I/O in: an
 * async generator fed from memory runs on microtasks only.
 */
export function turnTaker(budgetMs = 2): () => Promise<void> | undefined {
  let since = performance.now()
  let steps = 0
  return () => {
    // The clock is read every 64 steps: a step is a row, microseconds of work.
    if ((++steps & 63) !== 0) return undefined
    if (performance.now() - since < budgetMs) return undefined
    return nextTurn().then(() => {
      since = performance.now()
    })
  }
}
