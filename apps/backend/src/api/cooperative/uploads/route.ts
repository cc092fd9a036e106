import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { UPLOAD_RULES } from "@fengshou/store-contract"
import type { MemoryFile } from "multer"
import { randomUUID } from "node:crypto"
import { describeRule, mb } from "./describe-upload-rules"
import { sniffFileType } from "./sniff-file-type"
import type { CooperativeUploadBody } from "./validators"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Stores one photo, certificate document or licence through Medusa's File Module (local or S3, medusa-config.ts)
 * and answers its id and public URL, which product and certificate bodies then carry.
 */
export async function POST(req: AuthenticatedMedusaRequest<CooperativeUploadBody>, res: MedusaResponse) {
  const { purpose } = req.validatedBody
  const file = (req as unknown as { file?: MemoryFile }).file
  if (!file?.buffer.length)
    throw invalid(`file is missing: send it as the multipart field "file"; ${describeRule(purpose)}`)
  // The type comes from the bytes: a name or a declared type is whatever the sender says.
  const type = sniffFileType(file.buffer)
  if (!type || !UPLOAD_RULES[purpose].mime_types.includes(type.mime_type)) {
    throw invalid(
      `file ${file.originalname} is ${type ? type.mime_type : "not an accepted type"} by its contents; ${describeRule(purpose)}`,
    )
  }
  if (file.size > UPLOAD_RULES[purpose].max_bytes) {
    throw invalid(`file ${file.originalname} is ${mb(file.size)}; ${describeRule(purpose)}`)
  }
  const { result } = await uploadFilesWorkflow(req.scope).run({
    input: {
      files: [
        {
          // Our own name: the sender's may carry paths or odd characters; the extension matches the bytes.
          filename: `${purpose}-${randomUUID().slice(0, 8)}.${type.extension}`,
          mimeType: type.mime_type,
          content: file.buffer.toString("base64"),
          // Public: photos and certificate documents are shown in the store, and the licence to the operator.
          access: "public",
        },
      ],
    },
  })
  const stored = result[0]!
  res.status(201).json({ file: { id: stored.id, url: stored.url, mime_type: type.mime_type, size: file.size } })
}
