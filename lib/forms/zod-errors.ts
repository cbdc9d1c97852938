import type { z } from "zod";
import { addFieldError, type FieldErrors, type Msg } from "./action-state";

/** zod issues → field errors keyed by dotted path ("title", "sources.0.url", "votes.RUS"). */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join(".") || "form";
    // A bad record key ("vote.usa") carries its own issue inside.
    const msg: Msg = { code: issue.code === "invalid_key" ? (issue.issues[0]?.message ?? "invalid") : issue.message };
    if (issue.code === "too_big" && typeof issue.maximum === "number") msg.values = { max: issue.maximum };
    if (issue.message === "tooManyVotes") msg.values = { max: 15 }; // a refine: its issue is "custom", not "too_big"
    if (!errors[field]?.some((e) => e.code === msg.code)) addFieldError(errors, field, msg);
  }
  return errors;
}
