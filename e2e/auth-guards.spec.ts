import { expect, test } from "@playwright/test";
import { demoCandidate, saveScreenshot } from "./support";

test("a signed-out visit to the candidate dashboard redirects to sign in", async ({ page }) => {
  await page.goto("/candidate");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcandidate$/);
  await expect(page.getByRole("heading", { level: 1, name: "Welcome back" })).toBeVisible();
  await saveScreenshot(page, "signed-out-redirect");
});

test("signing in with a wrong password shows a readable error and keeps the email", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(demoCandidate);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();

  await expect(page.getByRole("alert").filter({ hasText: "That email and password don't match" })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(demoCandidate);
  await expect(page).toHaveURL(/\/sign-in/);
  await saveScreenshot(page, "sign-in-wrong-password");
});
