// Placeholder: the seed is being written (see prisma/seed.ts).
import type { PrismaClient } from "../generated/prisma/client";
export interface SeedReport { drafts: number; votes: number; vetoes: number; issues: number }
export async function seedDatabase(_prisma: PrismaClient, _opts: { log?: (m: string) => void } = {}): Promise<SeedReport> {
  return { drafts: 0, votes: 0, vetoes: 0, issues: 0 };
}
