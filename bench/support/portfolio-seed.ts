import sharp from "sharp";
import { minimalPdf } from "../../apps/api/test/support/portfolio-fixtures";

/** One authenticated API call as the candidate; each harness (fetch, Playwright) supplies its own. */
export type SeedCall = (
  method: "GET" | "POST" | "PUT" | "PATCH",
  path: string,
  body?: object | Buffer,
) => Promise<unknown>;

/** A screenshot-like picture (title bar, panels, a chart line) drawn as SVG and rasterised, so no binaries are kept. */
function mockScreen(title: string, hue: number, width = 1280, height = 800) {
  const bars = Array.from({ length: 8 }, (_, i) => {
    const h = 60 + ((i * 37 + hue) % 140);
    return `<rect x="${720 + i * 62}" y="${640 - h}" width="40" height="${h}" rx="6" fill="hsl(${hue} 70% ${45 + i * 3}%)"/>`;
  }).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue} 80% 96%)"/><stop offset="1" stop-color="hsl(${hue + 40} 70% 88%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <rect x="60" y="60" width="${width - 120}" height="${height - 120}" rx="24" fill="#fff" opacity="0.92"/>
    <rect x="60" y="60" width="${width - 120}" height="64" rx="24" fill="hsl(${hue} 60% 30%)"/>
    <circle cx="100" cy="92" r="9" fill="#f87171"/><circle cx="128" cy="92" r="9" fill="#fbbf24"/>
    <circle cx="156" cy="92" r="9" fill="#34d399"/>
    <text x="${width / 2}" y="102" font-family="sans-serif" font-size="28" fill="#fff" text-anchor="middle">${title}</text>
    <rect x="110" y="170" width="520" height="40" rx="10" fill="hsl(${hue} 70% 92%)"/>
    <rect x="110" y="240" width="460" height="22" rx="8" fill="#e2e8f0"/>
    <rect x="110" y="280" width="500" height="22" rx="8" fill="#e2e8f0"/>
    <rect x="110" y="320" width="380" height="22" rx="8" fill="#e2e8f0"/>
    <rect x="110" y="400" width="520" height="240" rx="16" fill="hsl(${hue} 70% 95%)"/>
    <polyline points="130,600 210,540 290,560 370,470 450,500 530,420 610,440" fill="none"
      stroke="hsl(${hue} 70% 40%)" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/>
    ${bars}
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

const handlerCode = `import { z } from "zod";

const bookingSchema = z.object({
  slotId: z.string().uuid(),
  email: z.email(),
});

/** Books a slot exactly once: the exclusion constraint refuses overlaps. */
export async function bookSlot(db: Db, input: unknown) {
  const { slotId, email } = bookingSchema.parse(input);
  return db.transaction(async (tx) => {
    const slot = await findOpenSlot(tx, slotId);
    if (!slot) throw problems.conflict("That time was just taken.");
    return insertBooking(tx, { slotId, email });
  });
}`;

const queryCode = `select date_trunc('day', occurred_at) as day,
       count(distinct visitor_key)     as visitors
from event
where subject_id = $1 and type = 'portfolio.view'
group by 1
order by 1;`;

/**
 * A portfolio as a working candidate would fill it: bio and links, three projects with galleries, links, tags and
 * highlighted code, a stand-alone snippet and two work samples (an image and a PDF). Returns the settings.
 */
export async function seedPortfolio(call: SeedCall, theme: string) {
  await call("PATCH", "/api/v1/me/profile", {
    headline: "Full-stack engineer who ships accessible, fast web apps",
    location: "Hamburg, Germany",
  });
  const settings = (await call("PUT", "/api/v1/me/portfolio", {
    visibility: "public",
    theme,
    bio:
      "I build **calm, fast web products** — from the database schema to the last focus ring. Eight years across " +
      "fintech and health, most recently leading a team of four on a scheduling platform used by 300 clinics.\n\n" +
      "I care about accessible interfaces, boring infrastructure and [writing things down](https://example.com/notes).",
    linkedinUrl: "https://www.linkedin.com/in/casey-jordan",
    websiteUrl: "https://casey.example.com",
  })) as { handle: string; unlistedToken: string; publicPath: string };

  const projects = [
    {
      title: "Clinic scheduling platform",
      role: "Tech lead",
      startDate: "2022-03",
      endDate: null,
      description:
        "Rebuilt booking for 300 clinics: **no more double bookings**, reminders that arrive, and a calendar that " +
        "loads in under a second.\n\n- Cut p95 API latency from 480 ms to 90 ms\n- Moved 2M appointments without downtime",
      tags: ["TypeScript", "PostgreSQL", "React", "Redis"],
      links: [
        { label: "Case study", url: "https://casey.example.com/clinics" },
        { label: "Source", url: "https://github.com/casey-jordan/clinic-booking" },
      ],
      shots: [
        ["Weekly calendar", 232],
        ["Booking flow", 262],
        ["Reminders", 200],
      ],
      code: { title: "Booking a slot exactly once", language: "typescript", code: handlerCode, lines: [11, 12] },
    },
    {
      title: "Open-source accessibility checker",
      role: "Maintainer",
      startDate: "2020",
      endDate: "2022-06",
      description: "A CLI and CI step that catches contrast, heading-order and label problems before review.",
      tags: ["Node.js", "axe-core", "CLI"],
      links: [{ label: "Repository", url: "https://github.com/casey-jordan/a11y-check" }],
      shots: [["Audit report", 150]],
      code: null,
    },
    {
      title: "Payments dashboard",
      role: "Senior engineer",
      startDate: "2018-09",
      endDate: "2020-01",
      description: "Real-time payouts and dispute handling for 40,000 merchants.",
      tags: ["Go", "Kafka", "Next.js"],
      links: [],
      shots: [
        ["Payouts", 20],
        ["Disputes", 340],
      ],
      code: null,
    },
  ];
  for (const [index, project] of projects.entries()) {
    const { shots, code, ...fields } = project;
    const created = (await call("POST", "/api/v1/me/portfolio/projects", fields)) as { id: string };
    for (const [title, hue] of shots as [string, number][]) {
      const query = new URLSearchParams({ projectId: created.id, title });
      await call("POST", `/api/v1/me/portfolio/media?${query}`, await mockScreen(title, hue + index));
    }
    if (code) {
      await call("POST", "/api/v1/me/portfolio/snippets", {
        projectId: created.id,
        title: code.title,
        language: code.language,
        code: code.code,
        highlightLines: code.lines,
      });
    }
  }
  await call("POST", "/api/v1/me/portfolio/snippets", {
    title: "Unique visitors per day",
    language: "sql",
    code: queryCode,
    highlightLines: [2],
  });
  await call(
    "POST",
    `/api/v1/me/portfolio/media?${new URLSearchParams({ title: "Design system audit" })}`,
    minimalPdf(3),
  );
  await call(
    "POST",
    `/api/v1/me/portfolio/media?${new URLSearchParams({ title: "Architecture sketch" })}`,
    await mockScreen("Architecture", 190),
  );
  return settings;
}
