// What the header's search box shows. The box is in the browser's bundle on every page, so nothing here imports the
// search contract's values (they would bring zod along): the server hands the box the contract's length limit.

/**
 * What the header's search box holds: on the results page (`pathname` without its locale), the query being
 * shown, cut to the box's `maxLength`, so the shopper can fix a word instead of typing it all again; elsewhere nothing.
 */
export function queryInBox(pathname: string, q: string | null, maxLength: number): string {
  if (pathname !== "/search" || !q) return ""
  return q.trim().slice(0, maxLength)
}
