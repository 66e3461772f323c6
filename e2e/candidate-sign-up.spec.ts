import { expect, test } from "@playwright/test";
import { saveScreenshot, signIn, signUpCandidate } from "./support";

test("a new candidate signs up, signs out and signs back in to their dashboard", async ({ page }) => {
  const email = `e2e-candidate-${Date.now()}@example.com`;
  const password = "correct-horse-battery";

  await signUpCandidate(page, { name: "Robin Tester", email, password });
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
