import type { PortfolioVideo } from "@hirefolio/shared";

export const introVideoId = "pf-intro-video";

/**
 * The intro video with its poster. Width, height and aspect-ratio are set before anything loads, so the poster
 * arriving does not move the page; `preload="none"` keeps the video bytes off the first load.
 */
export function VideoIntro({ video, name }: { video: PortfolioVideo; name: string }) {
  const width = video.width ?? 1280;
  const height = video.height ?? 720;
  return (
    <div className="overflow-hidden rounded-(--pf-radius) border border-(--pf-border) bg-black shadow-(--pf-shadow)">
      {/* biome-ignore lint/a11y/useMediaCaption: the track is there whenever the owner wrote captions */}
      <video
        id={introVideoId}
        controls
        preload="none"
        playsInline
        poster={video.posterUrl ?? undefined}
        width={width}
        height={height}
        style={{ aspectRatio: `${width} / ${height}` }}
        className="block h-auto w-full"
        aria-label={`Video introduction by ${name}`}
      >
        <source src={video.url} type="video/mp4" />
        {video.captionsUrl && <track kind="captions" src={video.captionsUrl} srcLang="en" label="English" default />}
      </video>
    </div>
  );
}
