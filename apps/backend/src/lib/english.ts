/** The locale of the English row that Medusa's Translation Module keeps beside each zh-CN record. */
export const ENGLISH = "en-US"
