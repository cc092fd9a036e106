export { default } from "../unavailable/not-found"
