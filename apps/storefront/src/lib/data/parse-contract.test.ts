import { TraceResponseSchema } from "@fengshou/store-contract"
import { afterEach, describe, expect, it, vi } from "vitest"
import { ContractMismatchError, fromBackend } from "./parse-contract"

const trace = {
  trace_code: "7K3M9QXW2B8CDFGH",
  harvest_date: "2025-09-20",
  quantity_g: 2500,
  certificate: null,
  product: null,
  cooperative: { handle: "yuanda-coop", name_zh: "远达农业种植专业合作社", name_en: "Yuanda Planting Co-op" },
  village: { division_code: "231223111204", names: null, label: "" },
  contributing_households: 3,
  certifications: [],
}

describe("fromBackend", () => {
  afterEach(() => vi.unstubAllEnvs())

  it("parses an answer against the contract outside production", () => {
    expect(fromBackend(TraceResponseSchema, { trace }, "GET /store/trace/:code").trace.contributing_households).toBe(3)
  })

  it("names the route and the path that drifted", () => {
    const drifted = { trace: { ...trace, contributing_households: "3" } }
    expect(() => fromBackend(TraceResponseSchema, drifted, "GET /store/trace/:code")).toThrow(ContractMismatchError)
    expect(() => fromBackend(TraceResponseSchema, drifted, "GET /store/trace/:code")).toThrow(
      /GET \/store\/trace\/:code[\s\S]*trace\.contributing_households/,
    )
  })

  it("trusts the answer as it is in production", () => {
    vi.stubEnv("NODE_ENV", "production")
    const drifted = { trace: { ...trace, contributing_households: "3" } }
    expect(fromBackend(TraceResponseSchema, drifted, "GET /store/trace/:code")).toBe(drifted)
  })
})
