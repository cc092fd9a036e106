// The shared config covers TypeScript; Next's own lint plugin is not installed, so nothing Next-specific is added.
export { default } from "@fengshou/eslint-config"
