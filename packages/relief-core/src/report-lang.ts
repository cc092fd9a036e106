/** The languages a relief report's labels (regions, cooperatives, channels, categories, months) are written in. */
export const REPORT_LANGS = ["zh", "en"] as const
export type ReportLang = (typeof REPORT_LANGS)[number]
