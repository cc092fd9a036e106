/** A moment as the clerk reads it: date and time in China (the portal's clerks all work in UTC+8). */
export const shanghaiTime = (iso: string, locale: string) =>
  new Date(iso).toLocaleString(locale, { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" })
