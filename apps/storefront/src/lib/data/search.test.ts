import { describe, expect, it, vi } from "vitest"
import { fetchSearch, searchQueryString } from "./search"

describe("searchQueryString", () => {
  it("leaves defaults out of the URL", () => {
    expect(searchQueryString({ q: "羊肚菌", sort: "relevance", offset: 0, category: "mushrooms" })).toBe(
      "q=%E7%BE%8A%E8%82%9A%E8%8F%8C&category=mushrooms",
    )
    expect(searchQueryString({ q: "", sort: "price_asc", limit: 6 })).toBe("sort=price_asc&limit=6")
  })
})

describe("fetchSearch", () => {
  it("sends the publishable key and the signal, and checks the answer's shape", async () => {
    const body = {
      q: "x",
      sort: "relevance",
      count: 0,
      limit: 6,
      offset: 0,
      hits: [],
      facets: { category: [], province: [], certification: [], price: [] },
      related: [],
    }
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(body)))
    vi.stubGlobal("fetch", fetchMock)
    const signal = new AbortController().signal
    // An answer from before the did-you-mean line reads as "no suggestion".
    await expect(fetchSearch({ url: "http://b", publishableKey: "pk" }, { q: "x", limit: 6 }, signal)).resolves.toEqual(
      {
        ...body,
        did_you_mean: null,
      },
    )
    expect(fetchMock).toHaveBeenCalledWith(
      "http://b/store/search?q=x&limit=6",
      expect.objectContaining({ signal, headers: { "x-publishable-api-key": "pk" } }),
    )
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ ...body, did_you_mean: "羊肚菌" })))
    expect((await fetchSearch({ url: "http://b", publishableKey: "pk" }, { q: "羊度菌" })).did_you_mean).toBe("羊肚菌")
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify({ hits: "no" })))
    await expect(fetchSearch({ url: "http://b", publishableKey: "pk" }, { q: "x" })).rejects.toThrow()
    vi.unstubAllGlobals()
  })
})
