// The listing with the shopper's query (filters, sort, page), rendered per request: src/proxy.ts sends a listing URL
// with a query here, the address bar keeping the shopper's URL; the listing without one is served from Next's cache.
// In the folder name, %5F is an underscore in the URL (`_filtered`), which no product or category handle uses.
export { default, generateMetadata } from "../page"
