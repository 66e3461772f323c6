"use client";

import { motion } from "motion/react";
import { useEffect } from "react";
import { RefreshIcon, UploadIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { cx } from "@/lib/class-names";
import { formatBytes } from "@/lib/format-bytes";
import { useCamera } from "../hooks/use-camera";
import { type RecorderState, type Take, useRecorder } from "../hooks/use-recorder";
import { formatClock, recordingLimitMs, remainingLabel } from "../recording-clock";
import { CameraSetupPanel } from "./camera-setup-panel";
import { DeviceSettings } from "./device-settings";
import { FramingGuide } from "./framing-guide";
import { LivePreview } from "./live-preview";
import { RecordButton } from "./record-button";
import { RecordingTips } from "./recording-tips";
import { TakePlayer } from "./take-player";

interface RecorderProps {
  /** A take to go back to, e.g. after cancelling its upload. */
  initialTake?: Take;
  onUpload: (take: Take) => void;
}

/** What a screen reader hears as the recorder moves on; the visible UI shows the same through the stage. */
function announcementFor(state: RecorderState): string {
  switch (state.phase) {
    case "countdown":
      return `Recording starts in ${state.secondsLeft}`;
    case "recording":
      // Announce the start and the last ten seconds, not every tick.
      return recordingLimitMs - state.elapsedMs <= 10_000 ? "10 seconds left" : "Recording";
    case "review":
      return `Recording stopped: ${Math.round(state.take.durationMs / 1000)} seconds recorded. Watch your take, then upload it or record again.`;
    default:
      return "";
  }
}

const isTypingTarget = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT", "BUTTON", "A", "VIDEO"].includes(target.tagName));

/**
 * Camera preview, 3-2-1 countdown, recording up to 60 s, and the take to review. Space starts and stops
 * (unless focus is on a control, which Space already activates).
 */
export function Recorder({ initialTake, onUpload }: RecorderProps) {
  const camera = useCamera();
  const stream = camera.state.status === "live" ? camera.state.stream : null;
  const setupState = camera.state.status === "live" ? null : camera.state;
  const recorder = useRecorder(stream, initialTake);
  const { state } = recorder;
  const busy = state.phase === "countdown" || state.phase === "recording";

  const toggle = () => {
    if (state.phase === "ready") recorder.start();
    else if (busy) recorder.stop();
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== " " || event.repeat || isTypingTarget(event.target)) return;
      if (state.phase === "review" || !stream) return;
      event.preventDefault();
      if (state.phase === "ready") recorder.start();
      else recorder.stop();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [state.phase, stream, recorder.start, recorder.stop]);

  const elapsedMs = state.phase === "recording" ? state.elapsedMs : 0;

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <div className="space-y-4 lg:col-span-2">
        <div className="relative overflow-hidden rounded-2xl bg-slate-950 shadow-raised ring-1 ring-slate-900/10">
          {state.phase === "review" ? (
            <div className="aspect-[4/5] sm:aspect-video">
              <TakePlayer file={state.take.file} />
            </div>
          ) : stream ? (
            <div className="relative aspect-[4/5] sm:aspect-video">
              <LivePreview stream={stream} />
              {state.phase !== "recording" && <FramingGuide />}
              {state.phase === "countdown" && (
                <div className="absolute inset-0 grid place-items-center bg-slate-950/30">
                  <motion.span
                    key={state.secondsLeft}
                    aria-hidden="true"
                    initial={{ opacity: 0, scale: 1.5 }}
                    animate={{ opacity: 1, scale: 1 }}
                    transition={{ duration: 0.35, ease: [0.22, 1, 0.36, 1] }}
                    className="grid size-32 place-items-center rounded-full bg-slate-950/55 text-7xl font-semibold text-white tabular-nums ring-1 ring-white/20 backdrop-blur-sm"
                  >
                    {state.secondsLeft}
                  </motion.span>
                </div>
              )}
              {state.phase === "recording" && (
                <>
                  <div className="absolute top-3 left-3 flex items-center gap-2 rounded-full bg-slate-950/70 px-3 py-1.5 text-sm font-medium text-white backdrop-blur">
                    <span className="size-2.5 animate-pulse rounded-full bg-rose-500" aria-hidden="true" />
                    REC <span className="tabular-nums">{formatClock(elapsedMs)}</span>
                  </div>
                  <div className="absolute inset-x-0 bottom-0 h-1 bg-white/20" aria-hidden="true">
                    <div
                      className="h-full bg-rose-500 motion-safe:transition-[width] motion-safe:duration-100"
                      style={{ width: `${(elapsedMs / recordingLimitMs) * 100}%` }}
                    />
                  </div>
                </>
              )}
            </div>
          ) : (
            setupState && (
              <div className="grid min-h-80 place-items-center p-6 sm:aspect-video sm:min-h-0">
                <CameraSetupPanel state={setupState} onStart={() => void camera.start()} />
              </div>
            )
          )}
        </div>

        {state.phase === "review" ? (
          <div className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-card sm:flex-row sm:items-center">
            <p className="flex-1 text-sm text-slate-600">
              <span className="font-semibold text-slate-900 tabular-nums">{formatClock(state.take.durationMs)}</span>{" "}
              recorded · {formatBytes(state.take.file.size)}. Happy with it?
            </p>
            <div className="flex gap-2">
              <Button variant="secondary" onClick={recorder.retake} className="flex-1 sm:flex-none">
                <RefreshIcon className="size-4" />
                Record again
              </Button>
              <Button onClick={() => onUpload(state.take)} className="flex-1 sm:flex-none">
                <UploadIcon className="size-4" />
                Upload video
              </Button>
            </div>
          </div>
        ) : (
          <div className="flex items-center gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-card">
            <div className="min-w-0 flex-1">
              <p className="text-2xl font-semibold text-slate-900 tabular-nums">
                {formatClock(elapsedMs)}
                <span className="text-base font-normal text-slate-500"> / {formatClock(recordingLimitMs)}</span>
              </p>
              {state.phase === "ready" && state.problem ? (
                <p role="alert" className="text-sm text-rose-700">
                  {state.problem}
                </p>
              ) : (
                <p className="text-sm text-slate-600">
                  {state.phase === "recording"
                    ? remainingLabel(elapsedMs)
                    : state.phase === "countdown"
                      ? "Get ready…"
                      : "Up to 60 seconds"}
                </p>
              )}
            </div>
            <RecordButton
              recording={busy}
              progress={elapsedMs / recordingLimitMs}
              disabled={!stream}
              label={
                state.phase === "countdown"
                  ? "Cancel countdown"
                  : state.phase === "recording"
                    ? "Stop recording"
                    : "Start recording"
              }
              onClick={toggle}
            />
            <p className={cx("hidden flex-1 text-right text-sm text-slate-500 sm:block", !stream && "invisible")}>
              Press{" "}
              <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-sans text-xs">Space</kbd>{" "}
              to {busy ? "stop" : "start"}
            </p>
          </div>
        )}
        <p className="sr-only" aria-live="assertive" aria-atomic="true">
          {announcementFor(state)}
        </p>
      </div>

      <aside className="space-y-6">
        <DeviceSettings
          cameras={camera.cameras}
          microphones={camera.microphones}
          choice={camera.choice}
          stream={stream}
          locked={busy}
          onChange={(choice) => void camera.start(choice)}
        />
        <RecordingTips />
      </aside>
    </div>
  );
}
