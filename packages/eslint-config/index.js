// Shared flat config: recommended JS + TypeScript rules, and the few rules this codebase leans on.
import js from "@eslint/js"
import tseslint from "typescript-eslint"

export default tseslint.config(
  { ignores: ["**/.medusa/**", "**/.next/**", "**/node_modules/**", "**/dist/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "LogicalExpression[operator='||'] > MemberExpression[property.name=/SECRET|_KEY$/] ~ Literal",
          message: "Secrets never get a hard-coded fallback: validate them in env.ts instead.",
        },
      ],
    },
  },
)
