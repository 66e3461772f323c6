"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { containerType, pickRecorderMime, takeFileName } from "../recorder-format";
import { countdownSeconds, recordingLimitMs } from "../recording-clock";

/** A finished recording, as a File so tus can fingerprint it and the server gets a name and a type. */
export interface Take {
  file: File;
  durationMs: number;
}

export type RecorderState =
  /** `problem` says why the last attempt didn't record, e.g. the camera was unplugged during the countdown. */
  | { phase: "ready"; problem?: string }
  | { phase: "countdown"; secondsLeft: number }
  | { phase: "recording"; elapsedMs: number }
  | { phase: "review"; take: Take };

/** How often the timer redraws while recording; smooth enough for a ring, cheap enough for a 2-core laptop. */
const tickMs = 100;

/**
 * Countdown, recording with a hard stop at the limit, and the resulting take. MediaRecorder writes a chunk
 * every second, so a crash or a stop at the limit loses at most the last second.
 */
export function useRecorder(stream: MediaStream | null, initialTake?: Take) {
  const [state, setState] = useState<RecorderState>(
    initialTake ? { phase: "review", take: initialTake } : { phase: "ready" },
  );
  const recorderRef = useRef<MediaRecorder | null>(null);
  const timersRef = useRef<number[]>([]);

  const clearTimers = useCallback(() => {
    // Timeouts and intervals share one id pool (HTML spec), so clearTimeout clears both kinds.
    for (const timer of timersRef.current) window.clearTimeout(timer);
    timersRef.current = [];
  }, []);

  const stop = useCallback(() => {
    clearTimers();
    const recorder = recorderRef.current;
    if (recorder && recorder.state !== "inactive") recorder.stop();
    else setState((current) => (current.phase === "countdown" ? { phase: "ready" } : current));
  }, [clearTimers]);

  const record = useCallback(
    (source: MediaStream) => {
      const mimeType = pickRecorderMime((type) => MediaRecorder.isTypeSupported(type));
      let recorder: MediaRecorder;
      try {
        recorder = new MediaRecorder(source, { mimeType, videoBitsPerSecond: 2_500_000 });
      } catch {
        setState({ phase: "ready", problem: "Recording didn't start. Turn the camera off and on, then try again." });
        return;
      }
      const chunks: Blob[] = [];
      const startedAt = performance.now();
      const recordedAt = Date.now();
      recorder.ondataavailable = (event) => {
        if (event.data.size > 0) chunks.push(event.data);
      };
      recorder.onstop = () => {
        clearTimers();
        recorderRef.current = null;
        const type = recorder.mimeType || mimeType || "video/webm";
        const durationMs = Math.min(recordingLimitMs, performance.now() - startedAt);
        const file = new File(chunks, takeFileName(type, recordedAt), {
          type: containerType(type),
          lastModified: recordedAt,
        });
        setState({ phase: "review", take: { file, durationMs } });
      };
      try {
        // Throws when the stream ended meanwhile (camera unplugged or taken by another app).
        recorder.start(1000);
      } catch {
        setState({
          phase: "ready",
          problem: "The camera stopped before recording began. Check it's connected and try again.",
        });
        return;
      }
      recorderRef.current = recorder;
      setState({ phase: "recording", elapsedMs: 0 });
      timersRef.current.push(
        window.setInterval(() => setState({ phase: "recording", elapsedMs: performance.now() - startedAt }), tickMs),
        // The limit is enforced here, not by the timer display, so a throttled background tab still stops on time.
        window.setTimeout(() => {
          if (recorder.state !== "inactive") recorder.stop();
        }, recordingLimitMs),
      );
    },
    [clearTimers],
  );

  const start = useCallback(() => {
    if (!stream) return;
    clearTimers();
    setState({ phase: "countdown", secondsLeft: countdownSeconds });
    for (let second = 1; second <= countdownSeconds; second++) {
      const secondsLeft = countdownSeconds - second;
      timersRef.current.push(
        window.setTimeout(() => {
          if (secondsLeft > 0) setState({ phase: "countdown", secondsLeft });
          else record(stream);
        }, second * 1000),
      );
    }
  }, [stream, clearTimers, record]);

  const retake = useCallback(() => setState({ phase: "ready" }), []);

  useEffect(
    () => () => {
      clearTimers();
      const recorder = recorderRef.current;
      if (recorder && recorder.state !== "inactive") {
        recorder.onstop = null;
        recorder.stop();
      }
    },
    [clearTimers],
  );

  return { state, start, stop, retake };
}
