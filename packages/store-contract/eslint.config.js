export { default } from "@fengshou/eslint-config"
