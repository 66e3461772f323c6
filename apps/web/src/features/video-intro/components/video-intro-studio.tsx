"use client";

import type { VideoIntro } from "@hirefolio/shared";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { FadeIn } from "@/components/ui/fade-in";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/skeleton";
import { myVideoQueryKey } from "../api";
import { useMyVideo } from "../hooks/use-my-video";
import type { Take } from "../hooks/use-recorder";
import { useVideoUpload } from "../hooks/use-video-upload";
import { FailedVideo } from "./failed-video";
import { ProcessingPanel } from "./processing-panel";
import { ReadyVideo } from "./ready-video";
import { Recorder } from "./recorder";
import { UploadPanel } from "./upload-panel";

const statusBadges = {
  uploading: { tone: "sky", label: "Uploading" },
  processing: { tone: "sky", label: "Processing" },
  ready: { tone: "success", label: "Live on your portfolio" },
  failed: { tone: "danger", label: "Needs a new take" },
} as const;

/**
 * Record → upload → processing → ready, for the one video introduction a candidate has. The server keeps the
 * current video until a new one is ready, so recording a new take never leaves the portfolio without one.
 */
export function VideoIntroStudio() {
  const queryClient = useQueryClient();
  const query = useMyVideo();
  const [recordingNew, setRecordingNew] = useState(false);
  const [uploadingTake, setUploadingTake] = useState<Take | null>(null);
  const [returnTake, setReturnTake] = useState<Take | undefined>(undefined);
  const upload = useVideoUpload(async () => {
    await queryClient.refetchQueries({ queryKey: myVideoQueryKey });
    setUploadingTake(null);
    setReturnTake(undefined);
    setRecordingNew(false);
    upload.reset();
  });

  const startUpload = (take: Take) => {
    setUploadingTake(take);
    upload.start(take.file);
  };

  const cancelUpload = () => {
    upload.cancel();
    setReturnTake(uploadingTake ?? undefined);
    setUploadingTake(null);
  };

  const video: VideoIntro | null | undefined = query.data;
  if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (video === undefined) return <PageSkeleton label="Loading your video…" />;

  const showing = uploadingTake
    ? "upload"
    : recordingNew || !video || video.status === "uploading"
      ? "record"
      : video.status;
  const badge = video && showing !== "record" && showing !== "upload" ? statusBadges[video.status] : null;

  return (
    <FadeIn>
      <PageHeader
        title="Video introduction"
        description="Sixty seconds to say who you are, in your own voice. Employers see it first on your portfolio."
        back={{ href: "/profile", label: "Profile" }}
        meta={
          badge && (
            <Badge tone={badge.tone} dot>
              {badge.label}
            </Badge>
          )
        }
        actions={
          recordingNew &&
          video?.status === "ready" &&
          !uploadingTake && (
            <Button variant="secondary" onClick={() => setRecordingNew(false)}>
              Back to my video
            </Button>
          )
        }
      />
      {showing === "upload" && uploadingTake && (
        <UploadPanel
          take={uploadingTake}
          state={upload.state}
          onPause={upload.pause}
          onResume={upload.resume}
          onCancel={cancelUpload}
        />
      )}
      {showing === "record" && <Recorder initialTake={returnTake} onUpload={startUpload} />}
      {showing === "processing" && video && <ProcessingPanel progress={video.progress} />}
      {showing === "ready" && video && (
        <ReadyVideo key={video.id} video={video} onRecordNew={() => setRecordingNew(true)} />
      )}
      {showing === "failed" && video && <FailedVideo video={video} onRecordAgain={() => setRecordingNew(true)} />}
    </FadeIn>
  );
}
