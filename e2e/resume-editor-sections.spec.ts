import { expect, test } from "@playwright/test";
import { demoCandidate, demoPassword, saveScreenshot, signIn } from "./support";

test("the demo candidate reorders bullets by dragging and adds an optional section that survives a reload", async ({
  page,
}) => {
  await signIn(page, demoCandidate, demoPassword);
  await page.waitForURL(/\/candidate$/);
  await page.goto("/resume/builder");
  await page
    .getByRole("link", { name: /Casey Jordan — Full-Stack/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Casey Jordan — Full-Stack" })).toBeVisible();

  const bullet = (n: number) => page.getByLabel(`Highlights: bullet ${n}`).first();
  const third = await bullet(3).inputValue();
  const first = await bullet(1).inputValue();
  await page.getByTitle("Drag to move bullet 3").first().dragTo(bullet(1));
  await expect(bullet(1)).toHaveValue(third);
  await expect(bullet(2)).toHaveValue(first);

  await page.getByRole("button", { name: "Volunteering" }).click();
  await page.getByRole("button", { name: "Add volunteer role" }).click();
  await page.getByLabel("Role", { exact: true }).fill("Mentor");
  await page.getByLabel("Organisation", { exact: true }).fill("Code Club Hamburg");
  const status = page.getByRole("status").filter({ hasText: /saved|Saving|Unsaved/ });
  await expect(status).toHaveText("All changes saved", { timeout: 15_000 });
  await page.getByRole("tab", { name: "Preview" }).click();
  const preview = page.getByRole("article", { name: "Live preview" });
  await expect(preview.getByText("Volunteer Experience")).toBeVisible();
  await expect(preview.getByText("Code Club Hamburg")).toBeVisible();
  await saveScreenshot(page, "resume-editor-sections");

  await page.reload();
  await expect(page.getByLabel("Organisation", { exact: true })).toHaveValue("Code Club Hamburg");
  await expect(bullet(1)).toHaveValue(third);
});
