// "Change your password" as a person does it: an admin creates an editor, who signs in in two
// browsers, is told why a weak new password is refused, changes it in one browser, and the other
// browser's session ends. The seeded admin's password is left alone (other specs use it).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN, signIn } from "./support/admin";

const EDITOR = { email: `pw-editor-${Date.now().toString(36)}@example.org`, password: `first-${Date.now().toString(36)}-ledger-pass` };
const NEXT = `second-${Date.now().toString(36)}-ledger-pass`;

test.skip(!ADMIN.email || !ADMIN.password, "E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD are not set");
// Three browsers and five sign-ins (scrypt each): allow for a busy machine.
test.setTimeout(180_000);

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

test("an editor changes their password; weak ones are refused and other sessions end", async ({ browser }) => {
  const admin = await newPage(browser);
  await signIn(admin, ADMIN);
  await admin.goto("/admin/users");
  await admin.waitForLoadState("networkidle");
  const create = admin.locator("form", { has: admin.getByRole("button", { name: "Create the account" }) });
  await create.getByLabel("Email").fill(EDITOR.email);
  await create.getByLabel("Name").fill("Password editor");
  await create.getByLabel("Initial password").fill(EDITOR.password);
  await create.getByRole("button", { name: "Create the account" }).click();
  await expect(admin.getByText(`The account ${EDITOR.email} was created.`)).toBeVisible();

  const [here, elsewhere] = [await newPage(browser), await newPage(browser)];
  await signIn(here, EDITOR);
  await signIn(elsewhere, EDITOR);

  await here.getByRole("link", { name: "Password" }).click();
  await expect(here.getByRole("heading", { name: "Change your password" })).toBeVisible();
  await here.waitForLoadState("networkidle");
  const fill = async (current: string, next: string, again = next) => {
    await here.getByLabel("Current password").fill(current);
    await here.locator("#f-newPassword").fill(next);
    await here.getByLabel("New password again").fill(again);
    await here.getByRole("button", { name: "Change the password" }).click();
  };
  await fill(EDITOR.password, "Password2024!");
  await expect(here.getByText("This is one of the most common passwords. Choose another.")).toBeVisible();
  await expect(here.locator("#f-newPassword")).toHaveAttribute("aria-invalid", "true");
  await fill("not-my-password-at-all", NEXT);
  await expect(here.getByText("The current password is not right.")).toBeVisible();
  await fill(EDITOR.password, NEXT);
  await expect(here.getByText("Your password was changed. 1 other session was ended.")).toBeVisible();

  // This browser stays signed in; the other one is sent to sign-in.
  await here.goto("/admin");
  await expect(here).toHaveURL(/\/admin$/);
  await elsewhere.goto("/admin");
  await expect(elsewhere).toHaveURL(/\/admin\/login/);
  await signIn(elsewhere, { email: EDITOR.email, password: NEXT });
});
