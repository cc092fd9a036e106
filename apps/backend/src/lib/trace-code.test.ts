import { newTraceCode, TRACE_CODE_PATTERN } from "./trace-code"

describe("newTraceCode", () => {
  it("makes 16-character base32 codes that do not repeat", () => {
    const codes = new Set(Array.from({ length: 2000 }, newTraceCode))
    expect(codes.size).toBe(2000)
    for (const code of codes) expect(code).toMatch(TRACE_CODE_PATTERN)
  })
})
