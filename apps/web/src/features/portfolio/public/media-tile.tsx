import type { PublicPortfolio } from "@hirefolio/shared";
import { formatBytes } from "@/lib/format-bytes";

type PublicMedia = PublicPortfolio["workSamples"][number];

/** What a screen reader hears for a picture: the caption the owner wrote, else its title, else its kind. */
const altText = (media: PublicMedia) => media.caption || media.title || `${media.kind} from the portfolio`;

/**
 * One gallery item or work sample. Images and PDF first pages are lazy thumbnails with their real proportions
 * reserved, each linking to the full file; videos load nothing until played.
 */
export function MediaTile({ media }: { media: PublicMedia }) {
  const width = media.width ?? 4;
  const height = media.height ?? 3;
  const frame =
    "block overflow-hidden rounded-[calc(var(--pf-radius)*0.75)] border border-(--pf-border) bg-(--pf-accent-soft)";
  if (media.kind === "video") {
    return (
      // biome-ignore lint/a11y/useMediaCaption: uploaded gallery clips come without captions; the caption text names them
      <video
        controls
        preload="none"
        playsInline
        src={media.url}
        width={width}
        height={height}
        style={{ aspectRatio: `${width} / ${height}` }}
        className={`${frame} h-auto w-full`}
        aria-label={altText(media)}
      />
    );
  }
  const isPdf = media.kind === "pdf";
  const preview = media.previewUrl ?? (isPdf ? null : media.url);
  return (
    <figure className="pf-lift">
      <a href={media.url} className={frame} target="_blank" rel="noopener">
        {preview ? (
          // biome-ignore lint/performance/noImgElement: signed, short-lived URLs from the API; Next's optimiser can't cache them
          <img
            src={preview}
            alt={altText(media)}
            width={width}
            height={height}
            loading="lazy"
            decoding="async"
            style={{ aspectRatio: `${width} / ${height}` }}
            className={`h-auto w-full ${isPdf ? "bg-white object-contain" : "object-cover"}`}
          />
        ) : (
          <span className="flex aspect-[3/4] items-center justify-center text-sm text-(--pf-muted)">PDF</span>
        )}
      </a>
      {(media.title || media.caption || isPdf) && (
        <figcaption className="mt-2 text-sm">
          {media.title && <span className="font-medium">{media.title}</span>}
          {media.caption && <span className="block text-(--pf-muted)">{media.caption}</span>}
          {isPdf && (
            <span className="pf-label block text-xs text-(--pf-muted)">
              PDF{media.pageCount ? ` · ${media.pageCount} ${media.pageCount === 1 ? "page" : "pages"}` : ""} ·{" "}
              {formatBytes(media.bytes)}
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
