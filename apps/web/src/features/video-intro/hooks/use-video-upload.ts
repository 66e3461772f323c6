"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { type DetailedError, Upload } from "tus-js-client";
import { videoUploadEndpoint } from "../api";

export type VideoUploadState =
  | { status: "idle" }
  | { status: "uploading"; bytesSent: number; bytesTotal: number; paused: boolean; reconnecting: boolean }
  | { status: "failed"; message: string; bytesSent: number; bytesTotal: number }
  | { status: "done" };

/** Five chunks a minute of video: small enough that a drop loses little, big enough to keep requests few. */
const chunkSize = 5 * 1024 * 1024;
/** Back off for about a minute in all before giving up and offering a retry button. */
const retryDelays = [0, 1_000, 3_000, 5_000, 10_000, 20_000, 20_000];

function statusOf(error: Error | DetailedError): number {
  return "originalResponse" in error ? (error.originalResponse?.getStatus() ?? 0) : 0;
}

/** tus retries a 409/423 (offset conflict, locked) and any network or 5xx failure; other 4xx are final answers. */
function isRetryable(status: number): boolean {
  return status < 400 || status >= 500 || status === 409 || status === 423;
}

function failureMessage(error: Error | DetailedError): string {
  const status = statusOf(error);
  if (status === 413) return "This recording is too large to upload. Record a shorter take.";
  if (status === 415) return "This recording's format isn't supported. Try another browser.";
  if (status === 401) return "Your session has ended. Sign in again, then retry the upload.";
  if (status === 0) return "The connection dropped and didn't come back. Check your internet, then retry.";
  return "The upload didn't finish. Retry to continue where it stopped.";
}

/**
 * A resumable (tus) upload of one take with progress, pause and resume. A dropped connection is retried by
 * tus-js-client from the last acknowledged byte; if the browser goes offline for longer, the upload waits for
 * the `online` event and carries on. Starting the same take again resumes its earlier upload (by fingerprint).
 */
export function useVideoUpload(onUploaded: () => void) {
  const [state, setState] = useState<VideoUploadState>({ status: "idle" });
  const uploadRef = useRef<Upload | null>(null);
  const onUploadedRef = useRef(onUploaded);
  onUploadedRef.current = onUploaded;

  const progress = useCallback(
    (patch: Partial<Extract<VideoUploadState, { status: "uploading" }>>) =>
      setState((current) =>
        current.status === "uploading"
          ? { ...current, ...patch }
          : { status: "uploading", bytesSent: 0, bytesTotal: 0, paused: false, reconnecting: false, ...patch },
      ),
    [],
  );

  const resume = useCallback(() => {
    const upload = uploadRef.current;
    if (!upload) return;
    progress({ paused: false, reconnecting: false });
    void upload.findPreviousUploads().then((previous) => {
      const [latest] = previous;
      if (latest && !upload.url) upload.resumeFromPreviousUpload(latest);
      upload.start();
    });
  }, [progress]);

  const start = useCallback(
    (file: File) => {
      void uploadRef.current?.abort();
      const upload = new Upload(file, {
        endpoint: videoUploadEndpoint,
        chunkSize,
        retryDelays,
        metadata: { filename: file.name, filetype: file.type },
        removeFingerprintOnSuccess: true,
        onProgress: (bytesSent, bytesTotal) => progress({ bytesSent, bytesTotal, reconnecting: false }),
        onShouldRetry: (error) => {
          const retry = isRetryable(statusOf(error));
          if (retry) progress({ reconnecting: true });
          return retry;
        },
        onError: (error) => {
          const waitForNetwork = !navigator.onLine && isRetryable(statusOf(error));
          if (waitForNetwork) {
            progress({ reconnecting: true });
            window.addEventListener("online", resume, { once: true });
            return;
          }
          setState((current) => ({
            status: "failed",
            message: failureMessage(error),
            bytesSent: current.status === "uploading" ? current.bytesSent : 0,
            bytesTotal: file.size,
          }));
        },
        onSuccess: () => {
          uploadRef.current = null;
          setState({ status: "done" });
          onUploadedRef.current();
        },
      });
      uploadRef.current = upload;
      setState({ status: "uploading", bytesSent: 0, bytesTotal: file.size, paused: false, reconnecting: false });
      resume();
    },
    [resume, progress],
  );

  const pause = useCallback(() => {
    void uploadRef.current?.abort();
    progress({ paused: true, reconnecting: false });
  }, [progress]);

  /** Stops and deletes the partial upload on the server, so nothing half-sent is left behind. */
  const cancel = useCallback(() => {
    const upload = uploadRef.current;
    uploadRef.current = null;
    void upload?.abort(true).catch(() => undefined);
    setState({ status: "idle" });
  }, []);

  const reset = useCallback(() => setState({ status: "idle" }), []);

  useEffect(
    () => () => {
      window.removeEventListener("online", resume);
      void uploadRef.current?.abort();
    },
    [resume],
  );

  return { state, start, pause, resume, cancel, reset };
}
