import { describe, expect, it } from "vitest";
import { passwordProblem, changePasswordSchema } from "@/lib/validations/password";
import { clientAddress } from "@/lib/auth/client-address";

describe("passwordProblem", () => {
  it.each([
    ["short-pw", "a@example.org", "passwordTooShort"],
    ["x".repeat(129), "a@example.org", "tooLong"],
    ["qwerty123456", "a@example.org", "passwordCommon"],
    ["QWERTY123456", "a@example.org", "passwordCommon"],
    ["Password2024!", "a@example.org", "passwordCommon"],
    ["!!sunshine!!2024", "a@example.org", "passwordCommon"],
    ["Jane.Doe@Example.org", "jane.doe@example.org", "passwordIsEmail"],
    ["jane.doe.smith", "Jane.Doe.Smith@example.org", "passwordIsEmail"],
    ["veto-ledger-1946-tracker", "a@example.org", null],
    ["correct horse battery", "a@example.org", null],
  ] as const)("%s (%s) → %s", (password, email, expected) => {
    expect(passwordProblem(password, email)).toBe(expected);
  });

  it("the change form: field errors for each field", () => {
    const r = changePasswordSchema("a@example.org").safeParse({ currentPassword: "", newPassword: "letmein12345", confirmPassword: "other" });
    expect(r.success).toBe(false);
    const byField = Object.fromEntries(r.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(byField).toEqual({ currentPassword: "required", newPassword: "passwordCommon", confirmPassword: "passwordMismatch" });
  });
});

describe("clientAddress", () => {
  const h = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });
  it.each([
    [undefined, 0, null],
    ["203.0.113.9", 0, null], // 0 hops: the header is the client's own words
    ["203.0.113.9", 1, "203.0.113.9"],
    ["1.2.3.4, 203.0.113.9", 1, "203.0.113.9"], // the left part is forged
    ["1.2.3.4, 203.0.113.9, 10.0.0.2", 2, "203.0.113.9"],
    ["203.0.113.9", 2, null], // fewer entries than proxies: not set up as said
    ["::ffff:192.0.2.1", 1, "192.0.2.1"],
    ["2001:db8:1:2:3:4:5:6", 1, "2001:db8:1:2::"], // one /64
    ["2001:db8::1", 1, "2001:db8:0:0::"],
    ["not-an-address", 1, null],
  ] as const)("%s with %i hops → %s", (xff, hops, expected) => {
    expect(clientAddress(h(xff), hops)).toBe(expected);
  });
});
