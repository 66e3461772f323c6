import { expect, test } from "@playwright/test";
import { demoCandidate, demoPassword, saveScreenshot, signIn } from "./support";

test("a candidate explores a move from web to software developer and practises an interview answer", async ({
  page,
}) => {
  await signIn(page, demoCandidate, demoPassword);
  await page.waitForURL(/\/candidate$/);
  await page.goto("/career-coach");
  // The explorer sits beside the coach's chat, one tab away.
  await page.getByRole("link", { name: "Explorer" }).click();
  await expect(page).toHaveURL(/\/career-coach\/explorer$/);
  await expect(page.getByRole("heading", { level: 1, name: "Career coach" })).toBeVisible();

  const current = page.getByRole("combobox", { name: "Current role" });
  await current.fill("web developer");
  await page
    .getByRole("option", { name: /Web Developers/ })
    .first()
    .click();
  await expect(current).toHaveValue("Web Developers");

  const target = page.getByRole("combobox", { name: "Target role" });
  await target.fill("software developer");
  await page
    .getByRole("option", { name: /Software Developers/ })
    .first()
    .click();
  await expect(target).toHaveValue("Software Developers");

  // The gap chart ranks what Software Developers need above a web developer's level, citing O*NET.
  await expect(page.getByRole("list", { name: /skill gaps: required level against yours/ })).toBeVisible();
  await expect(page.getByText(/Source: O\*NET/).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Path to your target" })).toBeVisible();

  await expect(page.getByRole("img", { name: /Annual wage range/ })).toBeVisible();
  await page.getByLabel(/Your salary/).fill("95000");
  await expect(page.getByText(/\$95,000 is /)).toBeVisible();
  await expect(page.getByText(/Source: BLS OEWS/)).toBeVisible();

  await page
    .getByLabel("Your answer")
    .fill(
      "Our checkout page was slow and my task was to fix it. I profiled it with Chrome DevTools and rewrote the rendering in React, which cut load time by 40% and raised conversion 3%.",
    );
  await page.getByRole("button", { name: "Assess answer" }).click();
  const feedback = page.getByRole("region", { name: "Answer feedback" });
  await expect(feedback.getByText(/Score \d+\/100/)).toBeVisible();
  await expect(feedback.getByText("40%, 3%", { exact: false })).toBeVisible();

  await saveScreenshot(page, "career-coach");

  // A next role becomes the target in one click, and the picker shows it.
  const nextRoles = page.locator("section", { has: page.getByRole("heading", { name: "Next roles" }) });
  const nextRole = (await nextRoles.locator("li p").first().textContent()) ?? "";
  await nextRoles.getByRole("button", { name: "Set as target" }).first().click();
  await expect(target).toHaveValue(nextRole);
  await expect(page.getByText(`Web Developers → ${nextRole}`).first()).toBeVisible();
});
