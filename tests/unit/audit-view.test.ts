import { describe, expect, it } from "vitest";
import { accountAlias, emailMasker, isAccountAlias, maskJson } from "@/lib/admin/audit-view";

const SECRET = "test-secret";
const editor = { email: "me@example.org", role: "editor" as const };
const admin = { email: "boss@example.org", role: "admin" as const };
const alias = (e: string) => accountAlias(e, SECRET);

describe("emailMasker", () => {
  it.each([
    ["an admin reads every address", admin, "someone@example.org", "someone@example.org"],
    ["an editor reads their own", editor, "me@example.org", "me@example.org"],
    ["their own in another case", editor, "Me@Example.org", "Me@Example.org"],
    ["another account becomes its alias", editor, "someone@example.org", alias("someone@example.org")],
    ["inside a sentence", editor, "admin form (someone@example.org)", `admin form (${alias("someone@example.org")})`],
    ["two addresses", editor, "a@x.org, me@example.org", `${alias("a@x.org")}, me@example.org`],
    ["no address", editor, "seed", "seed"],
    ["a draft symbol", editor, "S/2024/255", "S/2024/255"],
  ])("%s", (_label, viewer, text, expected) => {
    expect(emailMasker(viewer, SECRET)(text)).toBe(expected);
  });

  it("gives one account one alias, whatever the case, and different accounts different ones", () => {
    expect(alias("Someone@Example.org")).toBe(alias("someone@example.org"));
    expect(alias("someone@example.org")).not.toBe(alias("someone.else@example.org"));
    expect(isAccountAlias(alias("someone@example.org"))).toBe(true);
    expect(isAccountAlias("seed")).toBe(false);
  });

  it("depends on the secret (a plain hash of an address is reversed by guessing it)", () => {
    expect(accountAlias("someone@example.org", "one")).not.toBe(accountAlias("someone@example.org", "two"));
  });
});

describe("maskJson", () => {
  it("masks every string and key of a snapshot, leaving other values alone", () => {
    const mask = emailMasker(editor, SECRET);
    expect(maskJson({ email: "x@y.org", role: "editor", n: 3, ok: true, none: null, list: ["x@y.org"], nested: { "x@y.org": 1 } }, mask)).toEqual({
      email: alias("x@y.org"),
      role: "editor",
      n: 3,
      ok: true,
      none: null,
      list: [alias("x@y.org")],
      nested: { [alias("x@y.org")]: 1 },
    });
  });
});
