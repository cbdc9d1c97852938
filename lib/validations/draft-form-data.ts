// FormData → draft form values (a server action receives FormData; so does the live preview in the browser).
import { formText, formTexts } from "../forms/form-data";
import { EMPTY_SOURCE, type DraftFormValues, type SourceValues } from "./draft-form";

export function draftValuesFromFormData(fd: FormData): DraftFormValues {
  const votes: [string, string][] = [];
  const sources = new Map<number, SourceValues>();
  for (const [key, value] of fd.entries()) {
    if (typeof value !== "string") continue;
    if (key.startsWith("vote.") && value !== "") votes.push([key.slice(5), value]);
    const s = /^sources\.(\d{1,2})\.(url|title|outlet|language|text)$/.exec(key);
    if (s) {
      const index = Number(s[1]);
      const row = sources.get(index) ?? { ...EMPTY_SOURCE, language: "" };
      row[s[2] as keyof SourceValues] = value;
      sources.set(index, row);
    }
  }
  return {
    symbol: formText(fd, "symbol"),
    votedOn: formText(fd, "votedOn"),
    meetingRecord: formText(fd, "meetingRecord"),
    title: formText(fd, "title"),
    agendaItem: formText(fd, "agendaItem"),
    modality: formText(fd, "modality") || "RECORDED_VOTE",
    procedural: ["on", "true", "1"].includes(formText(fd, "procedural")),
    resolutionNumber: formText(fd, "resolutionNumber"),
    topics: formTexts(fd, "topics"),
    newTopicEn: formText(fd, "newTopicEn"),
    newTopicTh: formText(fd, "newTopicTh"),
    penholders: formTexts(fd, "penholders"),
    // Object.fromEntries defines own properties, so a hostile "vote.__proto__" cannot touch prototypes.
    votes: Object.fromEntries(votes),
    vetoedBy: formTexts(fd, "vetoedBy"),
    // Blank source rows (the form always offers one more) are not sources.
    sources: [...sources.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, s]) => ({ ...s, language: s.language || "en" }))
      .filter((s) => s.url.trim() !== "" || s.title.trim() !== "" || s.outlet.trim() !== "" || s.text.trim() !== ""),
    version: formText(fd, "version"),
  };
}
