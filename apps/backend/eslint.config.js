// The shared flat config, plus the backend's layout rules: data moves one way (api → workflows/queries →
// modules → lib), and no actor's routes reach into another actor's folder.
const LAYERS_ABOVE_LIB = ["modules", "workflows", "api", "queries", "serializers", "links", "subscribers"]
const ACTORS = ["admin", "cooperative", "host", "official", "store", "hooks"]

// A relative import that climbs into one of `folders` (from src/lib or src/api/<actor>, "../" leads to them).
const climbsInto = (folders, prefix = "") => `^(\\.\\./)+${prefix}(${folders.join("|")})(/|$)`

const libRule = {
  files: ["src/lib/**"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        paths: [
          {
            name: "@medusajs/framework/workflows-sdk",
            message: "src/lib holds pure helpers: steps and workflows live in src/workflows.",
          },
          {
            name: "@medusajs/framework/http",
            message: "src/lib holds pure helpers: request handling lives in src/api.",
          },
          {
            name: "@medusajs/framework/utils",
            importNames: ["ContainerRegistrationKeys", "Modules"],
            message: "src/lib never resolves the container: read modules in src/queries/<domain> or a workflow step.",
          },
          {
            name: "@medusajs/framework/types",
            importNames: ["MedusaContainer", "RemoteQueryFunction", "Query"],
            message:
              "src/lib never takes the container or query: read modules in src/queries/<domain> or a workflow step.",
          },
        ],
        patterns: [
          {
            regex: climbsInto(LAYERS_ABOVE_LIB),
            message:
              "src/lib holds pure helpers and imports nothing above it: move the reader to src/queries/<domain>.",
          },
        ],
      },
    ],
  },
}

const actorRules = ACTORS.map((actor) => ({
  files: [`src/api/${actor}/**`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            regex: climbsInto(
              ACTORS.filter((other) => other !== actor),
              "(api/)?",
            ),
            message: `Routes of ${actor} do not import another actor's folder: share through src/serializers, src/queries or src/api/utils.`,
          },
        ],
      },
    ],
  },
}))

module.exports = (async () => {
  const base = (await import("@fengshou/eslint-config")).default
  return [...base, libRule, ...actorRules]
})()
