// What the Guiyang replay creates, shared by seed-replay.ts (the check) and seed-replay-guiyang.ts (the writer).
export const GUIYANG = {
  region: "5201",
  year: 2025,
  official: "guiyang@bench.fengshou.local",
  households: 562,
  persons: 2325,
  farmgate_fen_per_kg: 120,
} as const
