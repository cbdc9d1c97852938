import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/resolutions/[...ref]/route";

// Calls the route handler directly with a Request and the params Next would pass.
async function call(path: string) {
  const segments = path.split("/");
  const res = await GET(new Request(`http://localhost/api/resolutions/${path}`), { params: Promise.resolve({ ref: segments }) });
  return { status: res.status, body: await res.json() };
}

describe("GET /api/resolutions/<ref>", () => {
  it("returns the draft, its meeting, the 15 votes and the veto for S/2024/255", async () => {
    const { status, body } = await call("S/2024/255");
    expect(status).toBe(200);
    expect(body.draft).toMatchObject({
      ref: "S/2024/255",
      symbol: "S/2024/255",
      date: "2024-03-28",
      objectOfVote: "DRAFT",
      procedural: false,
      outcome: "VETOED",
      resolutionNumber: null,
      tally: { yes: 13, no: 1, abstain: 1 },
    });
    expect(typeof body.draft.title === "string" || typeof body.draft.agendaItem === "string").toBe(true);
    expect(body.meeting).toMatchObject({ record: "S/PV.9591" });
    expect(body.votes).toHaveLength(15);
    for (const v of body.votes) {
      expect(Object.keys(v)).toEqual(expect.arrayContaining(["member", "nameEn", "nameTh", "permanent", "vote"]));
      expect(["Y", "N", "A", "X"]).toContain(v.vote);
    }
    expect(body.votes.find((v: { member: string }) => v.member === "RUS")).toMatchObject({ vote: "N", permanent: true });
    expect(body.votes.find((v: { member: string }) => v.member === "CHN")).toMatchObject({ vote: "A", permanent: true });
    expect(body.vetoes).toEqual([expect.objectContaining({ member: "RUS", nameEn: "Russian Federation" })]);
    expect(Array.isArray(body.topics)).toBe(true);
    expect(Array.isArray(body.penholders)).toBe(true);
    expect(Array.isArray(body.sources)).toBe(true);
    expect(Array.isArray(body.dataIssues)).toBe(true);
  });

  it("accepts a bare resolution number and the resolution's symbol", async () => {
    const byNumber = await call("1718");
    expect(byNumber.status).toBe(200);
    expect(byNumber.body.draft).toMatchObject({ resolutionNumber: 1718, outcome: "ADOPTED" });
    const bySymbol = await call("S/RES/1718(2006)");
    expect(bySymbol.status).toBe(200);
    expect(bySymbol.body.draft.ref).toBe(byNumber.body.draft.ref);
  });

  it("accepts a lower-case symbol", async () => {
    const { status, body } = await call("s/2024/255");
    expect(status).toBe(200);
    expect(body.draft.ref).toBe("S/2024/255");
  });

  it.each(["S/1900/1", "99999", "S/RES/1718(2007)"])("answers 404 with a JSON error for unknown %s", async (path) => {
    const { status, body } = await call(path);
    expect(status).toBe(404);
    expect(typeof body.error.message).toBe("string");
  });

  it.each([
    ["S/2024/255;DROP TABLE draft", "forbidden characters"],
    ["S/2024/<script>", "angle brackets"],
    [`S/${"9".repeat(80)}`, "too long"],
    ["S/2024/%E0%A4%A", "broken percent escape"],
    ["X/2024/255", "not a Security Council symbol"],
    ["0", "resolution 0"],
  ])("answers 400 with a clear message for %s (%s)", async (path) => {
    const { status, body } = await call(path);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/symbol|Resolution|URL/);
  });
});
