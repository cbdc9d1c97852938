import { describe, expect, it } from "vitest";
import { agreementAxis, barLength, enoughSharedFirst, MIN_SHARED_VOTES } from "@/lib/agreement";

describe("agreementAxis", () => {
  it.each([
    { rows: [], axis: { from: 0, to: 100 } },
    {
      rows: [
        { agreement: 62.3, shared: 100 },
        { agreement: 100, shared: 50 },
      ],
      axis: { from: 60, to: 100 },
    },
    // A pair with 4 shared votes at 50 % sets no scale.
    {
      rows: [
        { agreement: 50, shared: 4 },
        { agreement: 81, shared: 300 },
      ],
      axis: { from: 80, to: 100 },
    },
    { rows: [{ agreement: 100, shared: 30 }], axis: { from: 90, to: 100 } },
    { rows: [{ agreement: 7.5, shared: 30 }], axis: { from: 0, to: 100 } },
    { rows: [{ agreement: 50, shared: 4 }], axis: { from: 0, to: 100 } },
  ])("$rows → $axis", ({ rows, axis }) => {
    expect(agreementAxis(rows)).toEqual(axis);
  });
});

describe("barLength", () => {
  it.each([
    [62, { from: 60, to: 100 }, 5],
    [100, { from: 60, to: 100 }, 100],
    [60, { from: 60, to: 100 }, 0],
    [40, { from: 60, to: 100 }, 0],
    [50, { from: 0, to: 100 }, 50],
  ])("%d on %o → %d %%", (agreement, axis, length) => {
    expect(barLength(agreement, axis)).toBeCloseTo(length);
  });

  it("62 % and 100 % differ by most of the bar, not by a third of it", () => {
    const axis = agreementAxis([
      { agreement: 62, shared: 100 },
      { agreement: 100, shared: 100 },
    ]);
    expect(barLength(100, axis) - barLength(62, axis)).toBeGreaterThan(90);
  });
});

describe("enoughSharedFirst", () => {
  it("keeps the order within each group, the pairs with too few shared votes last", () => {
    const rows = [
      { code: "YMD", shared: 8 },
      { code: "GBR", shared: 2000 },
      { code: "LVA", shared: MIN_SHARED_VOTES - 1 },
      { code: "RUS", shared: MIN_SHARED_VOTES },
    ];
    expect(enoughSharedFirst(rows).map((r) => r.code)).toEqual(["GBR", "RUS", "YMD", "LVA"]);
  });
});
