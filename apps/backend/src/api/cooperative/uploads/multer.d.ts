// multer ships no types and @types/multer is not installed: only what uploads/middlewares.ts uses.
declare module "multer" {
  import type { RequestHandler } from "express"

  export type MemoryFile = { fieldname: string; originalname: string; mimetype: string; size: number; buffer: Buffer }
  export class MulterError extends Error {
    code: string
    field?: string
  }
  type Multer = { single(field: string): RequestHandler }
  type Options = {
    storage?: unknown
    limits?: { fileSize?: number; files?: number; fields?: number; fieldSize?: number; parts?: number }
  }
  function multer(options?: Options): Multer
  namespace multer {
    function memoryStorage(): unknown
  }
  export default multer
}
