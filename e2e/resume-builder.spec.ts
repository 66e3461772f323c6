import { expect, test } from "@playwright/test";
import { saveScreenshot, signUpCandidate } from "./support";

const jobDescription = `Frontend Engineer

We are hiring a Frontend Engineer to build our customer dashboard.

Requirements:
- 3+ years of experience with React and TypeScript
- Experience with GraphQL APIs
- Strong CSS skills

Nice to have: Storybook, accessibility testing.`;

test("a candidate builds a resume, checks it against a job and sees the score rise", async ({ page }) => {
  await signUpCandidate(page, {
    name: "Riley Builder",
    email: `e2e-resume-${Date.now()}@example.com`,
    password: "correct-horse-battery",
  });

  await page.goto("/resume/builder");
  await expect(page.getByRole("heading", { name: "Build your first resume" })).toBeVisible();
  await page.getByRole("button", { name: "New resume" }).first().click();
  await page.getByRole("dialog").getByLabel("Title").fill("Frontend roles");
  await page.getByRole("button", { name: "Create resume" }).click();
  await expect(page).toHaveURL(/\/resume\/builder\/[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Frontend roles" })).toBeVisible();

  await page.getByLabel("Full name").fill("Riley Builder");
  await page.getByLabel("Email").fill("riley@example.com");
  await page.getByRole("button", { name: "Add role" }).click();
  await page.getByLabel("Position").fill("Frontend Engineer");
  await page.getByLabel("Company").fill("Acme");
  await page.getByRole("button", { name: "Add bullet" }).first().click();
  await page
    .getByLabel("Highlights: bullet 1")
    .fill("Built React components for the checkout used by 20,000 customers");

  const status = page.getByRole("status").filter({ hasText: /saved|Saving|Unsaved/ });
  await expect(status).toHaveText("All changes saved", { timeout: 15_000 });

  await page.getByLabel("Job description").fill(jobDescription);
  await page.getByRole("button", { name: "Analyze" }).click();
  const score = page.getByTestId("ats-score");
  await expect(score).toBeVisible();
  const before = Number(await score.textContent());

  const missing = page.getByRole("list", { name: "Missing keywords" });
  await expect(missing.getByText("GraphQL")).toBeVisible();
  await saveScreenshot(page, "resume-builder-ats");

  await page.getByRole("button", { name: "Add skill group" }).click();
  await page.getByLabel("Group name").fill("Frontend");
  await page.getByRole("textbox", { name: "Keywords" }).fill("GraphQL");
  await page.getByRole("textbox", { name: "Keywords" }).press("Enter");
  await expect(page.getByRole("list", { name: "Frontend keywords" }).getByText("GraphQL")).toBeVisible();

  await page.getByRole("button", { name: "Re-analyze" }).click();
  await expect(page.getByText("since the last check")).toBeVisible();
  await expect.poll(async () => Number(await score.textContent())).toBeGreaterThan(before);
  await expect(missing.getByText("GraphQL")).toHaveCount(0);
  await expect(status).toHaveText("All changes saved");

  await page.getByRole("tab", { name: "History" }).click();
  const versions = page.getByRole("list", { name: "Versions, newest first" });
  await expect(versions.getByRole("listitem").first()).toBeVisible();
  await expect(versions.getByText("v1")).toBeVisible();
  await saveScreenshot(page, "resume-builder-history");
});
