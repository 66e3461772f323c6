import type { PortfolioCard } from "@hirefolio/shared";
import { ImageResponse } from "next/og";
import { loadOgFonts, OgCard } from "@/features/portfolio/public/og-card";

const apiOrigin = process.env.API_INTERNAL_URL ?? "http://127.0.0.1:4000";

export const alt = "Portfolio on Hirefolio";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/** The avatar inlined as a data URL, so the renderer makes no request of its own; none when it cannot be read. */
async function avatarDataUrl(url: string | null) {
  if (!url) return null;
  const response = await fetch(new URL(url, apiOrigin)).catch(() => null);
  const type = response?.headers.get("content-type") ?? "";
  if (!response?.ok || !/^image\/(png|jpeg|webp|gif)/.test(type)) return null;
  return `data:${type};base64,${Buffer.from(await response.arrayBuffer()).toString("base64")}`;
}

/**
 * The share image. It reads the page's card (public pages only, and not counted as a view); unlisted and private
 * pages get the plain brand card, since a preview must not name someone whose link was not shared.
 */
export default async function OpenGraphImage({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const response = await fetch(`${apiOrigin}/api/v1/portfolios/${encodeURIComponent(handle)}/card`, {
    cache: "no-store",
  });
  const card = response.ok ? ((await response.json()) as PortfolioCard) : null;
  const [avatar, fonts] = await Promise.all([avatarDataUrl(card?.avatarUrl ?? null), loadOgFonts()]);
  return new ImageResponse(<OgCard card={card} avatar={avatar} />, {
    ...size,
    fonts: fonts.map((font) => ({ ...font, style: "normal" as const })),
  });
}
