import type { routing } from "./routing"
import type messages from "../../messages/zh-CN.json"

// Typed locales and message keys: a missing or misspelt key fails `tsc`.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number]
    Messages: typeof messages
  }
}
