module.exports = (async () => (await import("@fengshou/eslint-config")).default)()
