import { readFileSync } from "node:fs";
import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { createLocalJWKSet, jwtVerify } from "jose";
import config from "../playwright.config";
import { saveScreenshot, signUpCandidate, testimonialLinkFor } from "./support";

// Issue 6 "Done when", end to end: a candidate nobody else uses records a clip with Chromium's fake camera, builds
// a portfolio around it, and a signed-out visitor plays the video, sees the work and checks the badges' credentials.

const launchOptions = config.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...launchOptions,
    args: [...(launchOptions.args ?? []), "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
  },
});

/** A real document from the resume-import fixtures: a multi-font PDF as people export them, not a generated one. */
const workSamplePdf = readFileSync(
  new URL("../apps/api/test/fixtures/reactive-resume/pdf/pikachu.pdf", import.meta.url),
);
const transcript = "Hi, I'm Robin Vale. I build payment systems that never lose a cent.";
const testimonialText = "Robin moved our ledger to events without a minute of downtime.";

/** Records a few seconds at /profile/video, uploads them and waits for real ffmpeg processing to finish. */
async function recordIntroVideo(page: Page) {
  await page.goto("/profile/video");
  await expect(page.getByRole("heading", { name: "Video introduction" })).toBeVisible();
  const turnOn = page.getByRole("button", { name: "Turn on camera" });
  const preview = page.getByLabel("Camera preview");
  await expect(preview.or(turnOn)).toBeVisible();
  if (await turnOn.isVisible()) await turnOn.click();
  await expect.poll(() => preview.evaluate((video: HTMLVideoElement) => video.videoWidth)).toBeGreaterThan(0);

  await page.getByRole("button", { name: "Start recording" }).click();
  await expect(page.getByText("REC")).toBeVisible({ timeout: 15_000 });
  // The recording clock, not a fixed wait: a busy machine starts the fake camera late.
  await expect(page.getByText(/REC\s*0:0[4-9]/)).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Stop recording" }).click();
  await page.getByRole("button", { name: "Upload video" }).click();

  const player = page.getByLabel("Your video introduction");
  // Upload, ffprobe, transcode, poster and quality checks on a loaded 2-core machine.
  await expect(player).toBeVisible({ timeout: 200_000 });
  await expect(page.getByText("Live on your portfolio")).toBeVisible();
  await page.getByLabel("Transcript").fill(transcript);
  await page.getByRole("button", { name: "Save captions" }).click();
  await expect(page.getByText("Captions saved")).toBeVisible();
  await saveScreenshot(page, "done-video-ready");
}

/** Claims the handle and makes the page public. */
async function publishPortfolio(page: Page, handle: string) {
  await page.goto("/profile/portfolio");
  await expect(page.getByRole("heading", { level: 1, name: "Portfolio" })).toBeVisible();
  await page.getByLabel("Handle").fill(handle);
  await expect(page.getByText(`Saved: your page is now at /p/${handle}`)).toBeVisible();
  await page.getByRole("radio", { name: /Public/ }).check();
  await expect(page.getByRole("textbox", { name: "Page address" })).toHaveValue(new RegExp(`/p/${handle}$`));
}

/** A project with a Python snippet whose lines 2–3 are highlighted. */
async function addProjectWithSnippet(page: Page) {
  await page.getByRole("tab", { name: "Projects" }).click();
  await page.getByRole("button", { name: "Add your first project" }).click();
  const sheet = page.getByRole("dialog", { name: "Add a project" });
  await sheet.getByLabel("Title").fill("Event-sourced ledger");
  await sheet.getByLabel("Your role").fill("Lead engineer");
  await sheet.getByLabel("Description").fill("Moved **2M** payments a day onto an append-only ledger.");
  await sheet.getByRole("button", { name: "Add project" }).click();
  await expect(sheet).toBeHidden();
  const project = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Event-sourced ledger" }) });

  await project.getByRole("button", { name: "Add code snippet" }).click();
  const snippetSheet = page.getByRole("dialog", { name: "Add a code snippet" });
  await snippetSheet.getByLabel("Title").fill("Posting once");
  await snippetSheet.getByLabel("Language").selectOption("python");
  await snippetSheet
    .getByLabel("Code", { exact: true })
    .fill("def post(entry):\n    if seen(entry.key):\n        return\n    ledger.append(entry)");
  await snippetSheet.getByLabel("Highlight lines").fill("2-3");
  await snippetSheet.getByRole("button", { name: "Add snippet" }).click();
  await expect(snippetSheet).toBeHidden();
  await expect(project.getByRole("figure", { name: "Posting once" }).locator(".line.highlighted")).toHaveCount(2);
}

async function addWorkSample(page: Page) {
  await page.getByRole("tab", { name: "Work samples" }).click();
  await page.getByLabel("Add work samples").setInputFiles({
    name: "ledger-case-study.pdf",
    mimeType: "application/pdf",
    buffer: workSamplePdf,
  });
  const samples = page.getByRole("list", { name: "Work samples" });
  await expect(samples.getByRole("img", { name: "First page of ledger-case-study" })).toBeVisible({
    timeout: 30_000,
  });
}

/** Requested by the candidate, written by the colleague (another browser) through the link, approved. */
async function collectTestimonial(page: Page, browser: Browser, colleague: string) {
  await page.getByRole("tab", { name: "Testimonials" }).click();
  await page.getByLabel("Their name").fill("Morgan Lee");
  await page.getByLabel("Their email").fill(colleague);
  await page.getByLabel("How you know each other").fill("Engineering manager at Acme");
  await page.getByRole("button", { name: "Send request" }).click();
  const request = page.getByRole("listitem", { name: "Testimonial from Morgan Lee" });
  await expect(request.getByText("Waiting for them")).toBeVisible();

  const colleagueBrowser = await browser.newContext();
  const writer = await colleagueBrowser.newPage();
  await writer.goto(await testimonialLinkFor(page, colleague));
  await writer.getByLabel("Your testimonial").fill(testimonialText);
  await writer.getByRole("button", { name: "Send testimonial" }).click();
  await expect(writer.getByRole("heading", { name: "Thank you" })).toBeVisible();
  await colleagueBrowser.close();

  await page.reload();
  await expect(request.getByText("Needs your approval")).toBeVisible();
  await request.getByRole("button", { name: "Approve" }).click();
  await expect(request.getByText("Shown on your page")).toBeVisible();
}

/** Badges are awarded by a background job; the Badges tab shows them once it has run. */
async function expectBadgesEarned(page: Page, names: string[]) {
  await page.getByRole("tab", { name: "Badges" }).click();
  const earned = page.getByRole("list", { name: "Earned badges" });
  await expect(async () => {
    await page.reload();
    for (const name of names) await expect(earned.getByRole("heading", { name })).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await saveScreenshot(page, "done-badges");
}

/** Starts the public video muted (no autoplay prompt) and resolves once it has played to its end. */
function playToEnd(page: Page, label: string) {
  return page.getByLabel(label).evaluate(
    (video: HTMLVideoElement) =>
      new Promise<{ ended: boolean; furthest: number; duration: number }>((resolve, reject) => {
        let furthest = 0;
        video.addEventListener("timeupdate", () => {
          furthest = Math.max(furthest, video.currentTime);
        });
        video.addEventListener("ended", () => resolve({ ended: true, furthest, duration: video.duration }), {
          once: true,
        });
        video.addEventListener("error", () => reject(new Error(`video error ${video.error?.code}`)), { once: true });
        video.muted = true;
        video.play().catch(reject);
      }),
  );
}

interface IssuedCredential {
  status: string;
  credential: { id: string; issuer: { id: string }; credentialSubject: { achievement: { name: string } } };
  jws: string;
}

/** Flips one character in the middle of the JWS payload: the signed content no longer matches the signature. */
function tamper(jws: string) {
  const [header, payload, signature] = jws.split(".") as [string, string, string];
  const at = Math.floor(payload.length / 2);
  const flipped = payload[at] === "A" ? "B" : "A";
  return [header, `${payload.slice(0, at)}${flipped}${payload.slice(at + 1)}`, signature].join(".");
}

/**
 * Checks one badge credential from its public URL twice, independently: with jose against the issuer's published
 * JWKS, and with the public verify endpoint. One changed character must fail both.
 */
async function verifyCredential(request: APIRequestContext, url: string, badgeName: string, email: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const issued = (await response.json()) as IssuedCredential;
  expect(issued.status).toBe("active");
  expect(issued.credential.credentialSubject.achievement.name).toBe(badgeName);

  const jwks = createLocalJWKSet(await (await request.get("/api/v1/issuer/jwks")).json());
  const verifyOptions = { issuer: issued.credential.issuer.id, algorithms: ["EdDSA"], typ: "vc+jwt" };
  const { payload } = await jwtVerify(issued.jws, jwks, verifyOptions);
  expect(payload).toMatchObject(issued.credential);
  await expect(jwtVerify(tamper(issued.jws), jwks, verifyOptions)).rejects.toThrow();

  const verify = async (data: object) => {
    const answer = await request.post("/api/v1/credentials/verify", { data });
    expect(answer.status()).toBe(200);
    return (await answer.json()) as { valid: boolean; checks: { check: string; passed: boolean }[] };
  };
  const genuine = await verify({ jws: issued.jws, recipientEmail: email });
  expect(genuine.checks.filter((check) => !check.passed)).toEqual([]);
  expect(genuine.valid).toBe(true);

  const forged = await verify({ jws: tamper(issued.jws) });
  expect(forged.valid).toBe(false);
  expect(forged.checks.find((check) => check.check === "signature")?.passed).toBe(false);
  const renamed = { ...issued.credential, id: `${issued.credential.id.slice(0, -1)}x` };
  expect((await verify({ credential: renamed })).valid).toBe(false);
}

test("issue 6 done: a new candidate's recorded intro, project, work sample, testimonial and verifiable badges on their public page", async ({
  page,
  browser,
  request,
}) => {
  // Recording, real ffmpeg processing, PDF rendering and a dev server compiling pages on a busy 2-core machine.
  test.setTimeout(480_000);
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const name = "Robin Vale";
  const email = `robin-${run}@example.com`;
  const handle = `robin-${run}`;
  await signUpCandidate(page, { name, email, password: `video-done-${run}` });

  await recordIntroVideo(page);
  await publishPortfolio(page, handle);
  await addProjectWithSnippet(page);
  await addWorkSample(page);
  await collectTestimonial(page, browser, `morgan-${run}@example.com`);
  const badgeNames = ["On camera", "Portfolio live"];
  await expectBadgesEarned(page, badgeNames);

  // The visitor: a browser with no session.
  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  const errors: string[] = [];
  publicPage.on("pageerror", (error) => errors.push(error.message));
  expect((await publicPage.goto(`/p/${handle}`))?.status()).toBe(200);
  await expect(publicPage.getByRole("heading", { level: 1, name })).toBeVisible();

  // The video: a poster that loads, captions, and playback to the end.
  const videoLabel = `Video introduction by ${name}`;
  const video = publicPage.getByLabel(videoLabel);
  await expect(video).toBeVisible();
  const posterUrl = await video.getAttribute("poster");
  expect(posterUrl).toBeTruthy();
  const poster = await visitor.request.get(posterUrl as string);
  expect(poster.status()).toBe(200);
  expect(poster.headers()["content-type"]).toBe("image/jpeg");
  await expect(video.locator('track[kind="captions"]')).toHaveCount(1);
  const played = await playToEnd(publicPage, videoLabel);
  expect(played.ended).toBe(true);
  expect(played.duration).toBeGreaterThan(2);
  expect(played.furthest).toBeGreaterThan(played.duration - 1);
  const cues = await video.evaluate((element: HTMLVideoElement) =>
    Array.from(element.textTracks[0]?.cues ?? []).map((cue) => (cue as VTTCue).text),
  );
  expect(cues.join(" ")).toContain("Robin Vale");

  // The project with its highlighted snippet, the work sample's first page, the approved testimonial.
  const project = publicPage.getByRole("article", { name: "Event-sourced ledger" });
  await expect(project.locator("strong", { hasText: "2M" })).toBeVisible();
  const snippet = project.getByRole("figure").filter({ hasText: "Posting once" });
  await expect(snippet).toContainText("ledger.append(entry)");
  await expect(snippet.locator(".line.highlighted")).toHaveCount(2);
  const samples = publicPage.getByRole("region", { name: "Work samples" });
  const firstPage = samples.getByRole("img", { name: "ledger-case-study" });
  await firstPage.scrollIntoViewIfNeeded();
  await expect.poll(() => firstPage.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  const testimonials = publicPage.getByRole("region", { name: "What colleagues say" });
  await expect(testimonials.getByText(testimonialText)).toBeVisible();
  await expect(testimonials.getByText("Morgan Lee")).toBeVisible();

  // Every badge shown links to its credential, and each one verifies.
  const badges = publicPage.getByRole("region", { name: "Badges" });
  for (const badgeName of badgeNames) await expect(badges.getByText(badgeName, { exact: true })).toBeVisible();
  const verifyLinks = badges.getByRole("link", { name: /^Verify the .+ credential$/ });
  await expect(verifyLinks).toHaveCount(badgeNames.length);
  for (const badgeName of badgeNames) {
    const url = await badges.getByRole("link", { name: `Verify the ${badgeName} credential` }).getAttribute("href");
    await verifyCredential(request, url as string, badgeName, email);
  }
  await saveScreenshot(publicPage, "done-public-page");
  expect(errors).toEqual([]);
  await visitor.close();
});
