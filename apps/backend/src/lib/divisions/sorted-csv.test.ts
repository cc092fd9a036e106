import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { findSortedCsvRow } from "./sorted-csv"

// Long names push rows across the 512-byte read chunks, so line boundaries fall mid-chunk.
const rows = Array.from({ length: 300 }, (_, i) => {
  const code = String(100000 + i * 7)
  return `${code},"${"名".repeat(i % 3 === 0 ? 200 : 3)}${i}",${i}`
})
const file = path.join(mkdtempSync(path.join(tmpdir(), "fengshou-csv-")), "codes.csv")
writeFileSync(file, ["code,name,x", ...rows].join("\n") + "\n")

describe("findSortedCsvRow", () => {
  it("finds every row, including the first and the last", async () => {
    for (const row of rows) {
      expect(await findSortedCsvRow(file, row.slice(0, 6))).toBe(row)
    }
  })

  it("returns null for keys between, before and after the rows, and for the header", async () => {
    for (const key of ["100001", "099999", "999999", "code"]) {
      expect(await findSortedCsvRow(file, key)).toBeNull()
    }
  })
})
