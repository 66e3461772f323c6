import { expect, test } from "@playwright/test";
import { saveScreenshot } from "./support";

// Without an Employer subscription an employer schedules with 2 interviewers (the e2e server's default plan,
// Candidate Pro, includes no seats beyond those).
test("a new employer sees its interviewer seats fill up and is sent to add seats", async ({ page }) => {
  const stamp = Date.now();
  await page.goto("/sign-up");
  await page.getByText("I'm hiring").click();
  await expect(page.getByLabel("I'm hiring")).toBeChecked();
  await page.getByLabel("Full name").fill("Robin Seats");
  await page.getByLabel("Email").fill(`e2e-seats-${stamp}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill("correct-horse-battery");
  await page.getByLabel("Company name").fill(`Seatwise ${stamp}`);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/recruiter$/);

  await page.goto("/recruiter/team");
  const seats = page.getByText("Interviewer seats").locator("..");
  await expect(seats).toContainText("0 of 2");
  for (const [index, name] of ["ana", "ben"].entries()) {
    await page.getByLabel("Email address").fill(`${name}-${stamp}@example.com`);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText(`Invitation sent to ${name}-${stamp}@example.com`)).toBeVisible();
    await expect(seats).toContainText(`${index + 1} of 2`);
  }

  await expect(page.getByText("2 invited")).toBeVisible();
  await expect(page.getByText("All seats are in use")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send invitation" })).toBeDisabled();
  await expect(page.getByRole("link", { name: "Add seats" })).toHaveAttribute("href", "/settings/billing");
  await saveScreenshot(page, "billing-limits-seats");
});
