import { UPLOAD_PURPOSES, type UploadPurpose } from "@fengshou/store-contract"
import { z } from "zod"

/** The multipart form's text fields (the file itself is `file`, read by multer). */
export const CooperativeUpload = z.object({
  // A custom check, not z.enum: Medusa rewrites an enum's message into "Field 'purpose' is required" for a form body.
  purpose: z.custom<UploadPurpose>((v) => (UPLOAD_PURPOSES as readonly unknown[]).includes(v), {
    message: `purpose must be one of ${UPLOAD_PURPOSES.join(", ")}`,
  }),
})
export type CooperativeUploadBody = z.infer<typeof CooperativeUpload>
