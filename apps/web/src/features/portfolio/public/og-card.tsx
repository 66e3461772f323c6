import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { PortfolioCard, PortfolioTheme } from "@hirefolio/shared";

/** Colours of each theme on the share image, matching portfolio-themes.css. */
const palettes: Record<PortfolioTheme, { bg: string; text: string; muted: string; accent: string; font: string }> = {
  minimal: { bg: "#f8fafc", text: "#0f172a", muted: "#475569", accent: "#4338ca", font: "Geist" },
  developer: { bg: "#0b1020", text: "#e2e8f0", muted: "#a3b1c6", accent: "#34d399", font: "Geist Mono" },
  designer: { bg: "#fff8f1", text: "#1c1917", muted: "#57534e", accent: "#be123c", font: "Geist" },
  executive: { bg: "#fbfaf7", text: "#1f2937", muted: "#4b5563", accent: "#1e3a5f", font: "Geist" },
};

/**
 * Geist from the installed `geist` package (TTF, which the image renderer reads), loaded once per process: the
 * image must never depend on a font download.
 */
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700 }[]> | undefined;
export function loadOgFonts() {
  fonts ??= (async () => {
    const dist = path.dirname(createRequire(path.join(process.cwd(), "package.json")).resolve("geist/font/sans"));
    const file = (name: string) => readFile(path.join(dist, "fonts", name));
    const [regular, bold, mono] = await Promise.all([
      file("geist-sans/Geist-Regular.ttf"),
      file("geist-sans/Geist-Bold.ttf"),
      file("geist-mono/GeistMono-Bold.ttf"),
    ]);
    return [
      { name: "Geist", data: regular, weight: 400 as const },
      { name: "Geist", data: bold, weight: 700 as const },
      { name: "Geist Mono", data: mono, weight: 700 as const },
    ];
  })();
  return fonts;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");

/** The 1200×630 share card: name, headline and avatar in the page's theme; a plain brand card without a card. */
export function OgCard({ card, avatar }: { card: PortfolioCard | null; avatar: string | null }) {
  const palette = palettes[card?.theme ?? "minimal"];
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 80,
        background: palette.bg,
        color: palette.text,
        fontFamily: "Geist",
        borderTop: `16px solid ${palette.accent}`,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 48 }}>
        {card &&
          (avatar ? (
            // biome-ignore lint/performance/noImgElement: rendered to PNG by satori, not a page
            <img src={avatar} alt="" width={200} height={200} style={{ borderRadius: 100, objectFit: "cover" }} />
          ) : (
            <div
              style={{
                width: 200,
                height: 200,
                borderRadius: 100,
                background: palette.accent,
                color: palette.bg,
                display: "flex",
                alignItems: "center",
                justifyContent: "center",
                fontSize: 80,
                fontWeight: 700,
              }}
            >
              {initials(card.name)}
            </div>
          ))}
        <div style={{ display: "flex", flexDirection: "column", flex: 1 }}>
          <div style={{ fontFamily: palette.font, fontSize: 76, fontWeight: 700, lineHeight: 1.05, letterSpacing: -2 }}>
            {card?.name ?? "A portfolio on Hirefolio"}
          </div>
          {card?.headline && (
            <div style={{ marginTop: 24, fontSize: 36, color: palette.muted, lineHeight: 1.3 }}>{card.headline}</div>
          )}
        </div>
      </div>
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 28, color: palette.muted }}>
        <span style={{ fontWeight: 700, color: palette.accent }}>Hirefolio</span>
        {card && <span style={{ fontFamily: "Geist Mono" }}>/p/{card.handle}</span>}
      </div>
    </div>
  );
}
