import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { explainDraft, explanationSentences } from "@/components/resolutions/explanation";
import { getDraftByRef } from "@/lib/queries/draft-detail";
import en from "@/messages/en/common.json";
import th from "@/messages/th/common.json";

// The seed's real examples of each kind of vote, explained in both languages as the draft's page
// shows them (OutcomeSummary's text: the same explanation and the same formatting).
async function explained(ref: string, locale: "en" | "th") {
  const draft = await getDraftByRef(ref);
  expect(draft, ref).not.toBeNull();
  const t = createTranslator({ locale, messages: { common: locale === "en" ? en : th }, namespace: "common" });
  const { headline, notes } = explanationSentences(explainDraft(draft!), t, locale);
  return [headline, ...notes].join(" ");
}

describe("explained outcomes on the record", () => {
  it("a vetoed draft: S/2024/255", async () => {
    expect(await explained("S/2024/255", "en")).toBe("Not adopted: 13 in favour, 9 needed, but vetoed by the Russian Federation.");
    expect(await explained("S/2024/255", "th")).toMatch(/^ไม่ผ่าน: เห็นชอบ 13 เสียง ต้องการ 9 เสียง แต่ถูกยับยั้งโดยสหพันธรัฐรัสเซีย/);
  });

  it("a vetoed amendment is the amendment's failure, not the resolution's: S/2023/1029 amendment 1", async () => {
    const text = await explained("S/2023/1029:amendment-1", "en");
    expect(text).toContain("The amendment was not adopted: 10 in favour, 9 needed, but vetoed by the United States.");
    expect(text).toContain("Only the amendment failed");
    expect(await explained("S/2023/1029:amendment-1", "th")).toContain("ข้อแก้ไขไม่ผ่าน: เห็นชอบ 10 เสียง");
  });

  it("an amendment lacking the votes: permanent members' 'no' is not a veto (S/2024/323)", async () => {
    const text = await explained("S/2024/323", "en");
    expect(text).toContain("The amendment was not adopted: 7 in favour, 9 needed (insufficient votes).");
    expect(text).toMatch(/France, the United Kingdom,? and the United States voted against, but that was not a veto/);
  });

  it("a procedural vote failing: S/PV.8105 (no veto applies, 9 needed)", async () => {
    const text = await explained("S/PV.8105:1", "en");
    expect(text).toContain("Not adopted: 3 in favour, 9 needed for a procedural vote (insufficient votes).");
    expect(text).toContain("A procedural vote needs 9 votes in favour (7 before 1966), and no veto applies.");
    expect(text).toContain("voted against; on a procedural vote that is not a veto.");
    expect(await explained("S/PV.8105:1", "th")).toContain("ไม่มีการใช้สิทธิยับยั้ง");
  });

  it("a procedural vote adopted over two permanent members (31 January 2022)", async () => {
    const text = await explained("vote:2022-01-31:1", "en");
    expect(text).toContain("Adopted by a procedural vote: 10 in favour, 9 needed.");
    expect(text).toContain("China and the Russian Federation voted against; on a procedural vote that is not a veto.");
  });

  it("the 1948 preliminary question: the double veto (S/PV.303)", async () => {
    const text = await explained("S/PV.303:2", "en");
    expect(text).toContain("The proposal that the matter is procedural was not adopted: 8 in favour, 7 needed, but vetoed by");
    expect(text).toContain("“double veto”");
    const thai = await explained("S/PV.303:2", "th");
    expect(thai).toContain("ต้องการ 7 เสียง");
    expect(thai).toContain("การยับยั้งซ้อน");
  });

  it("a part of a draft voted separately (S/1076, 1948)", async () => {
    const text = await explained("S/1076:paragraph-5", "en");
    expect(text).toContain("This part of the draft was not adopted: 2 in favour, 7 needed (insufficient votes).");
    expect(text).toContain("it does not decide the draft as a whole");
  });

  it("a resolution adopted without a vote (S/RES/2638 (2022))", async () => {
    expect(await explained("S/RES/2638(2022)", "en")).toBe("Adopted without a vote: the Council agreed without voting, so no member’s vote is recorded.");
    expect(await explained("S/RES/2638(2022)", "th")).toMatch(/^รับรองโดยไม่มีการลงคะแนน/);
  });

  it("a resolution adopted over a permanent member's 'no' says so, not that no one voted against (S/RES/119 (1956))", async () => {
    const text = await explained("S/RES/119(1956)", "en");
    expect(text).toContain("Adopted: 7 in favour, 7 needed.");
    expect(text).toMatch(/France and the United Kingdom voted against, yet it was adopted/);
    expect(await explained("S/RES/119(1956)", "th")).toContain("แต่ร่างนี้ยังผ่านการรับรอง");
  });
});
