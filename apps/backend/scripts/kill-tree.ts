import { execFileSync } from "node:child_process"

function childrenOf(pid: number): number[] {
  try {
    return execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map(Number)
  } catch {
    return [] // pgrep exits 1 when there are none
  }
}

/**
 * Signals a process and everything below it. `medusa develop` leaves its `medusa start` child
 * running when it alone gets SIGTERM, so stopping the dev server means stopping the whole tree.
 */
export function killTree(pid: number, signal: NodeJS.Signals = "SIGTERM") {
  for (const child of childrenOf(pid)) killTree(child, signal)
  try {
    process.kill(pid, signal)
  } catch {
    // already gone
  }
}
