import { SEARCH_QUERY_MAX_LENGTH } from "@fengshou/search-contract"
import { describe, expect, it } from "vitest"
import { queryInBox } from "./search-box"

describe("queryInBox", () => {
  it("keeps the query in the box on the results page only", () => {
    expect(queryInBox("/search", " 羊度菌 ", SEARCH_QUERY_MAX_LENGTH)).toBe("羊度菌")
    expect(queryInBox("/search", null, SEARCH_QUERY_MAX_LENGTH)).toBe("")
    expect(queryInBox("/products", "羊度菌", SEARCH_QUERY_MAX_LENGTH)).toBe("")
    expect(queryInBox("/search", "x".repeat(150), SEARCH_QUERY_MAX_LENGTH)).toHaveLength(100)
  })
})
