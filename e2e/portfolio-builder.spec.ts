import { expect, type Page, test } from "@playwright/test";
import { minimalPdf, solidImage } from "../apps/api/test/support/portfolio-fixtures";
import { demoCandidate, demoPassword, saveScreenshot, signIn, testimonialLinkFor } from "./support";

interface Item {
  id: string;
}

/** Deletes what an earlier run left (projects take their media and snippets with them), so counts are exact. */
async function startEmpty(page: Page) {
  const origin = new URL(page.url()).origin;
  const clear = async (list: string, item: string) => {
    const { items } = (await (await page.request.get(list)).json()) as { items: Item[] };
    for (const { id } of items) {
      expect((await page.request.delete(`${item}/${id}`, { headers: { origin } })).ok()).toBe(true);
    }
  };
  await clear("/api/v1/me/portfolio/projects", "/api/v1/me/portfolio/projects");
  await clear("/api/v1/me/portfolio/media", "/api/v1/me/portfolio/media");
  await clear("/api/v1/me/portfolio/snippets", "/api/v1/me/portfolio/snippets");
  await clear("/api/v1/me/testimonials", "/api/v1/me/testimonials");
}

test("a candidate builds a portfolio: page settings, a project with an image and a snippet, a PDF work sample, an approved testimonial, all on the public page", async ({
  page,
  browser,
}) => {
  // Image re-encoding, PDF rendering and a dev server compiling pages on a busy 2-core machine.
  test.setTimeout(240_000);
  await signIn(page, demoCandidate, demoPassword);
  await page.waitForURL(/\/candidate$/);
  await startEmpty(page);
  const run = Date.now().toString(36);
  const handle = `casey-${run}`;

  await page.getByRole("link", { name: "Portfolio", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Portfolio" })).toBeVisible();

  // Handle: a bad one is explained as typed, a free one is claimed once typing stops.
  const handleField = page.getByLabel("Handle");
  await handleField.fill("ab");
  await expect(page.getByText("At least 3 characters")).toBeVisible();
  await handleField.fill("admin");
  await expect(handleField).toHaveAttribute("aria-invalid", "true");
  await handleField.fill(handle);
  await expect(page.getByText(`Saved: your page is now at /p/${handle}`)).toBeVisible();

  // Theme and visibility save on choice and survive a reload.
  await page.getByRole("radio", { name: /Developer/ }).check();
  await page.getByRole("radio", { name: /Public/ }).check();
  await expect(page.getByRole("textbox", { name: "Page address" })).toHaveValue(new RegExp(`/p/${handle}$`));

  await page.getByLabel("Bio", { exact: true }).fill("I build **reliable** payment systems.");
  await page.getByLabel("Website").fill("http://insecure.example");
  await page.getByRole("button", { name: "Save about and links" }).click();
  await expect(page.getByText("An https:// address")).toBeVisible();
  await page.getByLabel("Website").fill("https://casey.example");
  await page.getByRole("button", { name: "Save about and links" }).click();
  await expect(page.getByText("About and links saved")).toBeVisible();
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.locator("strong", { hasText: "reliable" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("radio", { name: /Developer/ })).toBeChecked();
  await expect(page.getByRole("radio", { name: /Public/ })).toBeChecked();
  await saveScreenshot(page, "portfolio-builder-page");

  // A project, opened for media and code as soon as it is added.
  await page.getByRole("tab", { name: "Projects" }).click();
  await page.getByRole("button", { name: "Add your first project" }).click();
  const sheet = page.getByRole("dialog", { name: "Add a project" });
  await sheet.getByLabel("Title").fill("Payments ledger");
  await sheet.getByLabel("Your role").fill("Lead engineer");
  await sheet.getByLabel("Description").fill("Moved **2M** payments a day to an event-sourced ledger.");
  await sheet.getByLabel("Tags", { exact: true }).fill("Kotlin");
  await sheet.getByLabel("Tags", { exact: true }).press("Enter");
  await sheet.getByRole("button", { name: "Add project" }).click();
  await expect(sheet).toBeHidden();
  const project = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Payments ledger" }) });
  await expect(project.locator("strong", { hasText: "2M" })).toBeVisible();

  await project.getByLabel("Add images, PDFs or videos").setInputFiles({
    name: "ledger-dashboard.png",
    mimeType: "image/png",
    buffer: await solidImage("png", 640, 400),
  });
  const gallery = project.getByRole("list", { name: "Media of Payments ledger" });
  await expect(gallery.getByRole("img", { name: "ledger-dashboard" })).toBeVisible();
  await gallery.getByLabel("Caption for ledger-dashboard").fill("The live dashboard");
  await gallery.getByLabel("Caption for ledger-dashboard").press("Enter");

  // A file that lies about its type is refused with the server's reason, naming the file.
  await project.getByLabel("Add images, PDFs or videos").setInputFiles({
    name: "logo.png",
    mimeType: "image/png",
    buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  });
  await expect(project.getByRole("alert").filter({ hasText: "logo.png can't be used." })).toBeVisible();

  await project.getByRole("button", { name: "Add code snippet" }).click();
  const snippetSheet = page.getByRole("dialog", { name: "Add a code snippet" });
  await snippetSheet.getByLabel("Title").fill("Idempotent posting");
  await snippetSheet.getByLabel("Language").selectOption("python");
  await snippetSheet
    .getByLabel("Code", { exact: true })
    .fill("def post(entry):\n    if seen(entry.key):\n        return\n    ledger.append(entry)");
  await snippetSheet.getByLabel("Highlight lines").fill("9");
  await snippetSheet.getByRole("button", { name: "Add snippet" }).click();
  await expect(snippetSheet.getByText("The code has 4 lines; 9 is past the end")).toBeVisible();
  await snippetSheet.getByLabel("Highlight lines").fill("2-3");
  await snippetSheet.getByRole("button", { name: "Add snippet" }).click();
  await expect(snippetSheet).toBeHidden();
  const code = project.getByRole("figure", { name: "Idempotent posting" });
  await expect(code).toContainText("ledger.append(entry)");
  await expect(code.locator(".line.highlighted")).toHaveCount(2);
  await saveScreenshot(page, "portfolio-builder-projects");

  // A second project moves above the first from the keyboard, the order is saved, then it is deleted after a confirm.
  await page.getByRole("button", { name: "Add project", exact: true }).click();
  await sheet.getByLabel("Title").fill("Design system");
  await sheet.getByRole("button", { name: "Add project" }).click();
  await expect(sheet).toBeHidden();
  const titles = page.getByRole("list", { name: "Projects" }).getByRole("heading", { level: 3 });
  await expect(titles).toHaveText(["Payments ledger", "Design system"]);
  await page.getByRole("button", { name: "Move Design system up" }).press("Enter");
  await expect(titles).toHaveText(["Design system", "Payments ledger"]);
  await expect(page.getByRole("button", { name: "Move Design system down" })).toBeFocused();
  await expect
    .poll(async () => {
      const { items } = (await (await page.request.get("/api/v1/me/portfolio/projects")).json()) as {
        items: { title: string }[];
      };
      return items.map((item) => item.title);
    })
    .toEqual(["Design system", "Payments ledger"]);
  await page.getByRole("button", { name: "Remove Design system" }).click();
  await page
    .getByRole("dialog", { name: "Delete “Design system”?" })
    .getByRole("button", { name: "Delete project" })
    .click();
  await expect(titles).toHaveText(["Payments ledger"]);

  // A PDF work sample, shown by its first page.
  await page.getByRole("tab", { name: "Work samples" }).click();
  await page.getByLabel("Add work samples").setInputFiles({
    name: "case-study.pdf",
    mimeType: "application/pdf",
    buffer: minimalPdf(2),
  });
  const samples = page.getByRole("list", { name: "Work samples" });
  await expect(samples.getByRole("img", { name: "First page of case-study" })).toBeVisible();
  await expect(samples.getByText("PDF · 2 pages")).toBeVisible();
  await saveScreenshot(page, "portfolio-builder-samples");

  // A testimonial: requested here, written through the emailed one-time link, approved here.
  const colleague = `morgan-${run}@example.com`;
  await page.getByRole("tab", { name: "Testimonials" }).click();
  await page.getByLabel("Their name").fill("Morgan Lee");
  await page.getByLabel("Their email").fill(colleague);
  await page.getByLabel("How you know each other").fill("Engineering manager at Acme");
  await page.getByRole("button", { name: "Send request" }).click();
  const request = page.getByRole("listitem", { name: "Testimonial from Morgan Lee" });
  await expect(request.getByText("Waiting for them")).toBeVisible();

  const stranger = await browser.newContext();
  const writer = await stranger.newPage();
  await writer.goto(await testimonialLinkFor(page, colleague));
  await writer
    .getByLabel("Your testimonial")
    .fill("Casey rebuilt our ledger without a minute of downtime. Calm, precise and generous with the team.");
  await writer.getByRole("button", { name: "Send testimonial" }).click();
  await expect(writer.getByRole("heading", { name: "Thank you" })).toBeVisible();
  await stranger.close();

  await page.reload();
  await expect(request.getByText("Needs your approval")).toBeVisible();
  await expect(request.getByText("without a minute of downtime")).toBeVisible();
  await request.getByRole("button", { name: "Approve" }).click();
  await expect(request.getByText("Shown on your page")).toBeVisible();
  await saveScreenshot(page, "portfolio-builder-testimonials");

  // What visitors get: the owner's preview and the public page agree.
  const preview = (await (await page.request.get("/api/v1/me/portfolio/preview")).json()) as {
    theme: string;
    projects: { title: string; media: unknown[]; snippets: { title: string }[] }[];
    workSamples: { kind: string }[];
    testimonials: { authorName: string }[];
  };
  expect(preview.theme).toBe("developer");
  expect(preview.projects.map((p) => [p.title, p.media.length, p.snippets.map((s) => s.title)])).toEqual([
    ["Payments ledger", 1, ["Idempotent posting"]],
  ]);
  expect(preview.workSamples.map((sample) => sample.kind)).toEqual(["pdf"]);
  expect(preview.testimonials.map((t) => t.authorName)).toEqual(["Morgan Lee"]);

  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto(`/p/${handle}`);
  await expect(publicPage.getByRole("heading", { name: "Payments ledger" })).toBeVisible();
  await expect(publicPage.getByText("ledger.append(entry)")).toBeVisible();
  await expect(publicPage.getByRole("heading", { name: "Work samples" })).toBeVisible();
  await expect(publicPage.getByText("without a minute of downtime")).toBeVisible();
  await saveScreenshot(publicPage, "portfolio-builder-public");
  await visitor.close();
});
