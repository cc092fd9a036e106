import { env } from "../../../env"

// Where the File Module's public URLs start: the local provider's (always, so photos stored before a switch to S3
// stay editable) and the bucket's when S3 is configured (src/lib/file-storage.ts).
const prefixes = () =>
  [
    `${env.MEDUSA_BACKEND_URL.replace(/\/+$/, "")}/static/`,
    env.S3_FILE_URL && `${env.S3_FILE_URL.replace(/\/+$/, "")}/`,
  ].filter((p): p is string => Boolean(p))

/** A photo URL our own uploads produced: the store never shows an image from anywhere else. */
export const isUploadUrl = (url: string) => prefixes().some((p) => url.startsWith(p))
