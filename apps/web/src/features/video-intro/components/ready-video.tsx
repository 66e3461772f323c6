"use client";

import type { VideoIntro } from "@hirefolio/shared";
import { useRef, useState } from "react";
import { RefreshIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { formatClock } from "../recording-clock";
import { CaptionsEditor } from "./captions-editor";
import { DeleteVideoButton } from "./delete-video-button";
import { IntroPlayer } from "./intro-player";
import { QualityTipsCard } from "./quality-tips-card";

/**
 * The finished introduction: player, quality tips and captions. The signed URLs are kept from the first load:
 * every poll or refetch signs new ones, and swapping the src would restart playback.
 */
export function ReadyVideo({ video, onRecordNew }: { video: VideoIntro; onRecordNew: () => void }) {
  const [urls] = useState({ videoUrl: video.videoUrl ?? "", posterUrl: video.posterUrl });
  const playerRef = useRef<HTMLVideoElement>(null);

  const seek = (seconds: number) => {
    const player = playerRef.current;
    if (!player) return;
    player.currentTime = seconds;
    void player.play().catch(() => undefined);
    player.focus();
  };

  return (
    // Grid order puts the tips right under the player on phones, and beside player and captions on wide screens.
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <section
        aria-label="Your video"
        className="overflow-hidden rounded-2xl bg-white shadow-card ring-1 ring-slate-200 lg:col-span-2"
      >
        <IntroPlayer
          ref={playerRef}
          videoUrl={urls.videoUrl}
          posterUrl={urls.posterUrl}
          captionsVtt={video.captionsVtt}
        />
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 px-5 py-3.5">
          <p className="flex-1 text-sm text-slate-600">
            {video.durationMs !== null && (
              // Rounded like the player's own display, so the two don't disagree by a second.
              <span className="font-medium text-slate-900 tabular-nums">
                {formatClock(Math.round(video.durationMs / 1000) * 1000)}
              </span>
            )}
            {video.height ? ` · ${video.height}p` : ""} · shown on your portfolio
          </p>
          <div className="flex gap-2">
            <Button variant="secondary" onClick={onRecordNew}>
              <RefreshIcon className="size-4" />
              Record a new one
            </Button>
            <DeleteVideoButton videoId={video.id} />
          </div>
        </div>
      </section>
      <aside className="self-start lg:row-span-2">
        <QualityTipsCard tips={video.qualityTips} onSeek={seek} />
      </aside>
      <div className="lg:col-span-2">
        <CaptionsEditor key={video.id} videoId={video.id} captionsVtt={video.captionsVtt} />
      </div>
    </div>
  );
}
