import { expect, test } from "@playwright/test";
import { saveScreenshot, signIn } from "./support";

test("a new candidate signs up, signs out and signs back in to their dashboard", async ({ page }) => {
  const email = `e2e-candidate-${Date.now()}@example.com`;
  const password = "correct-horse-battery";

  await page.goto("/sign-up");
  await page.getByLabel("I'm looking for a job").check();
  await page.getByLabel("Full name").fill("Robin Tester");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/candidate$/);
  await expect(page.getByRole("heading", { level: 1, name: /Robin/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "My applications" })).toBeVisible();

  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();

  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/candidate$/);
  await expect(page.getByRole("heading", { level: 1, name: /Robin/ })).toBeVisible();
  await saveScreenshot(page, "candidate-sign-up-dashboard");
});
