// The FormData the admin forms post, for tests that call the Server Actions directly.
import type { DraftFormValues } from "@/lib/validations/draft-form";

/** A form of plain fields (text or files), as a browser posts it. */
export function formOf(fields: Record<string, string | File>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.set(k, v);
  return fd;
}

/** What the draft form posts for these values (English form); `extra` sets or overrides fields. */
export function draftFormData(v: DraftFormValues, extra: Record<string, string> = {}): FormData {
  const fd = new FormData();
  for (const key of [
    "symbol",
    "votedOn",
    "meetingRecord",
    "title",
    "agendaItem",
    "modality",
    "resolutionNumber",
    "newTopicEn",
    "newTopicTh",
    "version",
  ] as const)
    fd.set(key, v[key]);
  if (v.procedural) fd.set("procedural", "on");
  for (const t of v.topics) fd.append("topics", t);
  for (const p of v.penholders) fd.append("penholders", p);
  for (const m of v.vetoedBy) fd.append("vetoedBy", m);
  for (const [m, c] of Object.entries(v.votes)) fd.set(`vote.${m}`, c);
  v.sources.forEach((s, i) => Object.entries(s).forEach(([k, val]) => fd.set(`sources.${i}.${k}`, val)));
  fd.set("locale", "en");
  for (const [k, val] of Object.entries(extra)) fd.set(k, val);
  return fd;
}
