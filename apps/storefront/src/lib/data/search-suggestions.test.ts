import { describe, expect, it, vi } from "vitest"
import { fetchSuggestions, isSuggestion } from "./search-suggestions"

const hit = {
  id: "prod_1",
  handle: "changsheng-millet",
  title: "昌盛小米",
  title_en: "Changsheng millet",
  thumbnail: null,
  cooperative: { handle: "yuanda", name: "远达", name_en: null },
  region: [],
  certifications: [],
  price_min_fen: 3800,
  in_stock: true,
  highlights: { title: [{ text: "小米", match: true }], title_en: [], cooperative: [] },
}

describe("isSuggestion", () => {
  it("accepts a search hit and refuses one missing or mistyping what the box shows", () => {
    expect(isSuggestion(hit)).toBe(true)
    expect(isSuggestion({ ...hit, cooperative: null, title_en: null })).toBe(true)
    expect(isSuggestion({ ...hit, handle: undefined })).toBe(false)
    expect(isSuggestion({ ...hit, title_en: 3 })).toBe(false)
    expect(isSuggestion({ ...hit, cooperative: { name: "远达" } })).toBe(false)
    expect(isSuggestion({ ...hit, highlights: { ...hit.highlights, title: [{ text: "小米" }] } })).toBe(false)
    expect(isSuggestion({ ...hit, highlights: undefined })).toBe(false)
    expect(isSuggestion(null)).toBe(false)
  })
})

describe("fetchSuggestions", () => {
  it("sends the query, the limit, the publishable key and the signal, and checks the hits", async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ q: "小米", count: 1, hits: [hit] })))
    vi.stubGlobal("fetch", fetchMock)
    const backend = { url: "http://b", publishableKey: "pk" }
    const signal = new AbortController().signal
    await expect(fetchSuggestions(backend, "小米", 6, signal)).resolves.toEqual([hit])
    expect(fetchMock).toHaveBeenCalledWith(
      "http://b/store/search?q=%E5%B0%8F%E7%B1%B3&limit=6",
      expect.objectContaining({ signal, headers: { "x-publishable-api-key": "pk" } }),
    )
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ hits: "no" })))
    await expect(fetchSuggestions(backend, "x", 6)).rejects.toThrow(/unexpected shape/)
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ hits: [{ ...hit, id: 1 }] })))
    await expect(fetchSuggestions(backend, "x", 6)).rejects.toThrow(/unexpected shape/)
    fetchMock.mockResolvedValueOnce(new Response("{}", { status: 503 }))
    await expect(fetchSuggestions(backend, "x", 6)).rejects.toThrow("Search answered 503")
    vi.unstubAllGlobals()
  })
})
