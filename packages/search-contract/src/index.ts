export * from "./query"
export * from "./response"
