export type FileStorageEnv = {
  MEDUSA_BACKEND_URL: string
  S3_BUCKET?: string
  S3_ENDPOINT?: string
  S3_REGION: string
  S3_ACCESS_KEY_ID?: string
  S3_SECRET_ACCESS_KEY?: string
  S3_FILE_URL?: string
}

/** The S3 provider's options from the environment (parseEnv has checked they come together). */
export function s3ProviderOptions(env: FileStorageEnv) {
  return {
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    access_key_id: env.S3_ACCESS_KEY_ID,
    secret_access_key: env.S3_SECRET_ACCESS_KEY,
    // Public URLs are <file_url>/<key>: the bucket's public address (MinIO: http://host:9002/<bucket>).
    file_url: env.S3_FILE_URL?.replace(/\/+$/, ""),
    endpoint: env.S3_ENDPOINT,
    // MinIO and most S3-compatible servers address buckets by path, not by subdomain; AWS accepts both.
    additional_client_config: env.S3_ENDPOINT ? { forcePathStyle: true } : {},
  }
}

/**
 * Medusa's File Module for photos, certificate documents and licences (POST /cooperative/uploads): an S3-compatible
 * bucket when S3_BUCKET is set (MinIO in docker-compose), else Medusa's local provider, which writes under the
 * backend's static/ folder that Medusa serves at /static. The local URLs start with MEDUSA_BACKEND_URL (Medusa's
 * default would say http://localhost:9000 whatever the host), so a phone on the network can load them.
 */
export function fileModule(env: FileStorageEnv) {
  const provider = env.S3_BUCKET
    ? { resolve: "@medusajs/medusa/file-s3", id: "s3", options: s3ProviderOptions(env) }
    : {
        resolve: "@medusajs/medusa/file-local",
        id: "local",
        options: { backend_url: `${env.MEDUSA_BACKEND_URL.replace(/\/+$/, "")}/static` },
      }
  // "file" is Modules.FILE (src/lib stays free of container imports).
  return { key: "file", resolve: "@medusajs/medusa/file", options: { providers: [provider] } }
}
