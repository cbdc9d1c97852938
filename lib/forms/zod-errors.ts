import type { z } from "zod";
import { addFieldError, type FieldErrors, type Msg } from "./action-state";

/** zod issues → field errors keyed by dotted path ("title", "sources.0.url", "votes.RUS"). */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join(".") || "form";
    // A bad record key ("vote.usa") carries its own issue inside.
    const msg: Msg = { code: issue.code === "invalid_key" ? (issue.issues[0]?.message ?? "invalid") : issue.message };
    const values = issueValues(issue);
    if (values) msg.values = values;
    if (!errors[field]?.some((e) => e.code === msg.code)) addFieldError(errors, field, msg);
  }
  return errors;
}

/**
 * The values a message's {placeholders} need: a bound of too_big / too_small ({max}, {min}), or the
 * `params` a refine states ({ error: "tooManyVotes", params: { max: 15 } }), so no message is shown
 * with a raw "{max}".
 */
function issueValues(issue: z.core.$ZodIssue): Msg["values"] | undefined {
  if (issue.code === "too_big" && (typeof issue.maximum === "number" || typeof issue.maximum === "bigint")) return { max: Number(issue.maximum) };
  if (issue.code === "too_small" && (typeof issue.minimum === "number" || typeof issue.minimum === "bigint")) return { min: Number(issue.minimum) };
  if (issue.code === "custom" && issue.params) {
    const entries = Object.entries(issue.params).filter((e): e is [string, string | number] => typeof e[1] === "string" || typeof e[1] === "number");
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return undefined;
}
