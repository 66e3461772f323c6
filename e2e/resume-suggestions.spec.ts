import { expect, type Page, test } from "@playwright/test";
import { saveScreenshot, signUpCandidate } from "./support";

const jobDescription = `Frontend Engineer

We are hiring a Frontend Engineer to build our customer dashboard.

Requirements:
- 3+ years of experience with React and TypeScript
- Experience with GraphQL APIs
- Strong CSS skills

Nice to have: Storybook, accessibility testing.`;

const weakBullet = "Responsible for building React components for the checkout";

/** Runs the ATS check and waits for its answer; the score is then the new one. */
async function analyze(page: Page, button: "Analyze" | "Re-analyze") {
  const answered = page.waitForResponse((r) => r.url().endsWith("/api/v1/ats/analyze") && r.ok());
  await page.getByRole("button", { name: button, exact: true }).click();
  await answered;
  const score = page.getByTestId("ats-score");
  await expect(score).toBeVisible();
  return score;
}

test("suggestions: applying raises the score, a dismissed one stays gone after reload, AI drafts say their source", async ({
  page,
}) => {
  await signUpCandidate(page, {
    name: "Sam Suggest",
    email: `e2e-suggest-${Date.now()}@example.com`,
    password: "correct-horse-battery",
  });
  await page.goto("/resume/builder");
  await page.getByRole("button", { name: "New resume" }).first().click();
  await page.getByRole("dialog").getByLabel("Title").fill("Frontend roles");
  await page.getByRole("button", { name: "Create resume" }).click();
  await expect(page).toHaveURL(/\/resume\/builder\/[\w-]+$/);

  await page.getByLabel("Full name").fill("Sam Suggest");
  await page.getByLabel("Email").fill("sam@example.com");
  await page.getByRole("button", { name: "Add role" }).click();
  await page.getByLabel("Position").fill("Frontend Engineer");
  await page.getByLabel("Company").fill("Acme");
  await page.getByLabel("Start").fill("2019-02");
  await page.getByRole("button", { name: "Add bullet" }).first().click();
  await page.getByLabel("Highlights: bullet 1").fill(weakBullet);
  const status = page.getByRole("status").filter({ hasText: /saved|Saving|Unsaved/ });
  await expect(status).toHaveText("All changes saved", { timeout: 15_000 });

  await page.getByLabel("Job description").fill(jobDescription);
  const score = await analyze(page, "Analyze");
  const first = Number(await score.textContent());
  const suggestions = page.getByRole("list", { name: "Suggestions" }).getByRole("listitem");

  // Dismiss the rewrite of the weak bullet.
  const rewrite = suggestions.filter({ hasText: "Rewrite bullet" }).filter({ hasText: weakBullet });
  await expect(rewrite).toHaveCount(1);
  await rewrite.getByRole("button", { name: "Dismiss" }).click();
  await expect(rewrite).toHaveCount(0);

  // Apply the missing GraphQL keyword, then re-analyze: the score rises and the trend shows it.
  const keyword = suggestions.filter({ hasText: "Add keyword" }).filter({ hasText: "GraphQL" });
  await keyword.getByRole("button", { name: "Apply" }).click();
  await expect(keyword).toHaveCount(0);
  await analyze(page, "Re-analyze");
  await expect.poll(async () => Number(await score.textContent())).toBeGreaterThan(first);
  const improved = Number(await score.textContent());
  await expect(page.getByTestId("score-trend")).toContainText(`Score ${first} → ${improved}`);

  // An AI draft names its source (the built-in engine when no LLM is configured) and counts the years from the
  // role's start date where the analysis's suggestion leaves a placeholder.
  await page.getByRole("button", { name: "Draft summary with AI" }).click();
  const summaryDraft = suggestions.filter({ hasText: "Built-in engine" }).filter({ hasText: "Summary" });
  await expect(summaryDraft).toHaveCount(1);
  await expect(summaryDraft).toContainText(/Frontend Engineer with \d+ years of experience in/);
  await saveScreenshot(page, "resume-suggestions-ats-panel");

  // After a reload the dismissed rewrite is not offered again.
  await page.reload();
  await page.getByLabel("Job description").fill(jobDescription);
  await analyze(page, "Analyze");
  await expect(suggestions.first()).toBeVisible();
  await expect(suggestions.filter({ hasText: weakBullet }).filter({ hasText: "Rewrite bullet" })).toHaveCount(0);
  await expect(page.getByTestId("score-trend")).toContainText(`Score ${first} → ${improved}`);
});
