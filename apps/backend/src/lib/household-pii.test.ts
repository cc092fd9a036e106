import { decryptHouseholdName, encryptHouseholdName, hashIdNumber } from "./household-pii"

const key = "k".repeat(32)

describe("household personal data", () => {
  it("encrypts a name so it round-trips only with the same key and cooperative", () => {
    const stored = encryptHouseholdName("王秀兰", "coop_a", key)
    expect(stored).toMatch(/^v1\./)
    expect(stored).not.toContain("王")
    expect(Buffer.from(stored.slice(3), "base64url").toString("utf8")).not.toContain("王秀兰")
    expect(decryptHouseholdName(stored, "coop_a", key)).toBe("王秀兰")
    expect(() => decryptHouseholdName(stored, "coop_b", key)).toThrow()
    expect(() => decryptHouseholdName(stored, "coop_a", "x".repeat(32))).toThrow()
  })

  it("uses a fresh IV each time", () => {
    expect(encryptHouseholdName("李", "c", key)).not.toBe(encryptHouseholdName("李", "c", key))
  })

  it("hashes ID numbers with a key, case-insensitively, never containing the number", () => {
    const id = "11010519491231002x"
    const hash = hashIdNumber(id, key)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hashIdNumber(" 11010519491231002X ", key)).toBe(hash)
    expect(hashIdNumber(id, "y".repeat(32))).not.toBe(hash)
    expect(hash).not.toContain("110105")
  })
})
