// Reading our CSV exports back in specs, as a spreadsheet would.

/** RFC 4180 CSV with quotes, as a spreadsheet would read it. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"'
      i += 1
    } else if (c === '"') {
      quoted = !quoted
    } else if (!quoted && (c === "," || c === "\n")) {
      row.push(cell)
      cell = ""
      if (c === "\n") {
        rows.push(row)
        row = []
      }
    } else if (quoted || c !== "\r") {
      cell += c
    }
  }
  return rows
}
