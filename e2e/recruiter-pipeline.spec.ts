import { expect, test } from "@playwright/test";
import { demoPassword, demoRecruiter, saveScreenshot, signIn } from "./support";

test("the demo recruiter opens the seeded job and moves an applicant to screening", async ({ page }) => {
  await signIn(page, demoRecruiter, demoPassword);
  await expect(page).toHaveURL(/\/recruiter$/);

  await page.getByRole("link", { name: "Senior Full-Stack Engineer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Senior Full-Stack Engineer" })).toBeVisible();

  const cards = page.getByRole("button", { name: /^Move / });
  await expect(cards).toHaveCount(2);

  const applied = page.getByRole("region", { name: "Applied" });
  const screening = page.getByRole("region", { name: "Screening" });
  const candidate = applied.getByRole("listitem").first();
  const name = (await candidate.getByRole("button").first().textContent())?.trim() ?? "";
  expect(name).not.toBe("");

  await candidate.getByRole("button", { name: `Move ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Move ${name}` });
  await dialog.getByLabel("Screening").check();
  await dialog.getByLabel("Note").fill("Strong portfolio, schedule a call.");
  await dialog.getByRole("button", { name: "Move to Screening" }).click();

  await expect(dialog).toBeHidden();
  await expect(screening.getByRole("button", { name, exact: true })).toBeVisible();
  await expect(applied.getByRole("button", { name, exact: true })).toHaveCount(0);
  await expect(page.getByText(`${name} moved to Screening`)).toBeVisible();
  // Let the card finish gliding into its new column before the screenshot.
  await page.waitForTimeout(600);
  await saveScreenshot(page, "recruiter-pipeline");
});
