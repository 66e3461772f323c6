import { AlertCircleIcon, PauseIcon, PlayIcon, RefreshIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Spinner } from "@/components/ui/spinner";
import { UploadProgress } from "@/components/ui/upload-progress";
import { formatBytes } from "@/lib/format-bytes";
import type { Take } from "../hooks/use-recorder";
import type { VideoUploadState } from "../hooks/use-video-upload";
import { TakePlayer } from "./take-player";

interface UploadPanelProps {
  take: Take;
  state: VideoUploadState;
  onPause: () => void;
  onResume: () => void;
  onCancel: () => void;
}

function statusLine(state: VideoUploadState): string {
  switch (state.status) {
    case "uploading":
      if (state.reconnecting) return "Connection lost — reconnecting…";
      return state.paused ? "Paused" : "Uploading…";
    case "failed":
      return "Upload stopped";
    case "done":
      return "Uploaded — starting processing…";
    default:
      return "Preparing upload…";
  }
}

/** The take being sent, with bytes and percent, pause/resume, and what happens when the connection drops. */
export function UploadPanel({ take, state, onPause, onResume, onCancel }: UploadPanelProps) {
  const total = "bytesTotal" in state && state.bytesTotal > 0 ? state.bytesTotal : take.file.size;
  const sent = state.status === "done" ? total : "bytesSent" in state ? state.bytesSent : 0;
  const label = statusLine(state);

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <div className="overflow-hidden rounded-2xl bg-slate-950 shadow-raised lg:col-span-2">
        <div className="aspect-video">
          <TakePlayer file={take.file} />
        </div>
      </div>
      <Card
        className="self-start"
        title="Uploading your introduction"
        description="Keep this tab open until it's done; you can watch your take meanwhile."
      >
        <div className="space-y-4">
          <UploadProgress fraction={sent / total} label={label} />
          <p className="text-sm text-slate-600 tabular-nums">
            {formatBytes(sent)} of {formatBytes(total)}
          </p>
          {state.status === "uploading" && state.reconnecting && (
            <p role="status" className="flex items-center gap-2 text-sm text-amber-800">
              <Spinner className="size-4" />
              We'll carry on from where it stopped as soon as the connection is back.
            </p>
          )}
          {state.status === "failed" && (
            <p role="alert" className="flex gap-2 text-sm text-rose-800">
              <AlertCircleIcon className="mt-0.5 size-4 shrink-0 text-rose-600" />
              {state.message}
            </p>
          )}
          <div className="flex flex-wrap gap-2">
            {state.status === "uploading" &&
              (state.paused ? (
                <Button onClick={onResume}>
                  <PlayIcon className="size-4" />
                  Resume upload
                </Button>
              ) : (
                <Button variant="secondary" onClick={onPause}>
                  <PauseIcon className="size-4" />
                  Pause
                </Button>
              ))}
            {state.status === "failed" && (
              <Button onClick={onResume}>
                <RefreshIcon className="size-4" />
                Retry upload
              </Button>
            )}
            {state.status !== "done" && (
              <Button variant="ghost" onClick={onCancel}>
                Cancel
              </Button>
            )}
          </div>
        </div>
      </Card>
    </div>
  );
}
