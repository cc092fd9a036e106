import { UPLOAD_PURPOSES } from "@fengshou/store-contract"
import { z } from "zod"

/** The multipart form's text fields (the file itself is `file`, read by multer). */
export const CooperativeUpload = z.object({
  purpose: z.enum(UPLOAD_PURPOSES, { message: `purpose must be one of ${UPLOAD_PURPOSES.join(", ")}` }),
})
export type CooperativeUploadBody = z.infer<typeof CooperativeUpload>
