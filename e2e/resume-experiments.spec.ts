import { expect, test } from "@playwright/test";
import { saveScreenshot, signUpCandidate } from "./support";

test("a candidate A/B tests two resumes, shares a variant and sees the not-enough-data state", async ({
  page,
  browser,
}) => {
  await signUpCandidate(page, {
    name: "Robin Variant",
    email: `e2e-ab-${Date.now()}@example.com`,
    password: "correct-horse-battery",
  });
  const document = {
    basics: { name: "Robin Variant", label: "Data Engineer", email: "robin@example.com" },
    work: [{ name: "Acme", position: "Data Engineer", startDate: "2020-01", highlights: ["Built the warehouse"] }],
  };
  for (const title of ["Generalist", "Analytics-focused"]) {
    const response = await page.request.post("/api/v1/resumes", { data: { title, document } });
    expect(response.status()).toBe(201);
  }

  await page.goto("/resume/builder");
  await page.getByRole("link", { name: "A/B tests" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Resume A/B tests" })).toBeVisible();
  await page.getByLabel("Experiment name").fill("Analytics roles");
  await page.getByLabel("Baseline resume (A)").selectOption({ label: "Generalist" });
  await page.getByLabel("Analytics-focused").check();
  await page.getByRole("button", { name: "Start experiment" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Analytics roles" })).toBeVisible();
  await expect(page.getByText("Not enough data yet — 40 more applications needed before a verdict.")).toBeVisible();
  const variantB = page.getByRole("article", { name: "Variant B" });
  await expect(variantB.getByRole("link", { name: "Analytics-focused" })).toBeVisible();
  const shareLink = await variantB.getByLabel("Share link of variant B", { exact: true }).inputValue();
  expect(shareLink).toMatch(/\/r\/[\w-]{22}$/);

  // A recruiter opens the link without an account: the resume and a PDF download.
  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto(shareLink);
  await expect(publicPage.getByRole("heading", { level: 1, name: "Robin Variant" })).toBeVisible();
  await expect(publicPage.getByText("Built the warehouse")).toBeVisible();
  const downloadStarted = publicPage.waitForEvent("download");
  await publicPage.getByRole("link", { name: "Download PDF" }).click();
  expect((await downloadStarted).suggestedFilename()).toMatch(/\.pdf$/);
  await saveScreenshot(publicPage, "shared-resume");
  await visitor.close();

  // The visit and the download are counted for variant B only.
  await page.reload();
  const counts = page.getByRole("article", { name: "Variant B" });
  await expect(counts.getByText("Views", { exact: true }).locator("..").getByRole("definition")).toHaveText("1");
  await expect(counts.getByText("Downloads", { exact: true }).locator("..").getByRole("definition")).toHaveText("1");
  await expect(page.getByText("Not enough data yet — 40 more applications needed before a verdict.")).toBeVisible();
  await saveScreenshot(page, "resume-experiment-results");
});
