// The account the end-to-end run creates (playwright.config.ts) and the sign-in steps the admin
// specs share.
import { expect, type Page } from "@playwright/test";

export const ADMIN = { email: process.env.E2E_ADMIN_EMAIL ?? "", password: process.env.E2E_ADMIN_PASSWORD ?? "" };

/** Signs in through the form (after hydration, so the post is the form's) and lands on /admin. */
export async function signIn(page: Page, who: { email: string; password: string } = ADMIN) {
  await page.goto("/admin/login");
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/, { timeout: 30_000 }); // a busy machine
}
