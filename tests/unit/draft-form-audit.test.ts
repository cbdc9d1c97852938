import { describe, expect, it } from "vitest";
import { diffSnapshots } from "@/lib/admin/audit";

// What the audit trail shows as "what changed" between a draft's before and after snapshots.
describe("diffSnapshots", () => {
  it.each<[string, unknown, unknown, { field: string; before: unknown; after: unknown }[]]>([
    ["nothing changed", { title: "A", votes: { USA: "N" } }, { title: "A", votes: { USA: "N" } }, []],
    ["a field changed", { title: "A", version: 1 }, { title: "B", version: 1 }, [{ field: "title", before: "A", after: "B" }]],
    [
      "one vote changed, shown member by member",
      { votes: { USA: "N", FRA: "Y" } },
      { votes: { USA: "Y", FRA: "Y" } },
      [{ field: "votes.USA", before: "N", after: "Y" }],
    ],
    ["a list changed as a whole", { vetoedBy: ["USA"] }, { vetoedBy: [] }, [{ field: "vetoedBy", before: ["USA"], after: [] }]],
    ["creation: everything after", null, { ref: "S/2025/1" }, [{ field: "ref", before: null, after: "S/2025/1" }]],
    ["deletion: everything before", { ref: "S/2025/1" }, null, [{ field: "ref", before: "S/2025/1", after: null }]],
    ["a member added to the grid", { votes: {} }, { votes: { CHN: "A" } }, [{ field: "votes.CHN", before: null, after: "A" }]],
  ])("%s", (_label, before, after, expected) => {
    expect(diffSnapshots(before, after)).toEqual(expected);
  });
});
