"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { type CameraAccessProblem, cameraAccessProblem, unsupportedProblem } from "../camera-access-problem";

export type CameraState =
  | { status: "off" }
  | { status: "starting" }
  | { status: "live"; stream: MediaStream }
  | { status: "failed"; problem: CameraAccessProblem };

export interface DeviceChoice {
  cameraId: string | undefined;
  microphoneId: string | undefined;
}

const storageKeys = { cameraId: "hirefolio.video.cameraId", microphoneId: "hirefolio.video.microphoneId" } as const;

function storedChoice(): DeviceChoice {
  try {
    return {
      cameraId: localStorage.getItem(storageKeys.cameraId) ?? undefined,
      microphoneId: localStorage.getItem(storageKeys.microphoneId) ?? undefined,
    };
  } catch {
    return { cameraId: undefined, microphoneId: undefined };
  }
}

function rememberChoice(choice: DeviceChoice) {
  try {
    for (const key of ["cameraId", "microphoneId"] as const) {
      const id = choice[key];
      if (id) localStorage.setItem(storageKeys[key], id);
    }
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit only.
  }
}

/** `ideal` rather than `exact`: a remembered camera that was unplugged falls back to another instead of failing. */
function constraintsFor({ cameraId, microphoneId }: DeviceChoice): MediaStreamConstraints {
  return {
    video: {
      deviceId: cameraId ? { ideal: cameraId } : undefined,
      width: { ideal: 1280 },
      height: { ideal: 720 },
      frameRate: { ideal: 30 },
      facingMode: "user",
    },
    audio: {
      deviceId: microphoneId ? { ideal: microphoneId } : undefined,
      echoCancellation: true,
      noiseSuppression: true,
    },
  };
}

function canRecord(): boolean {
  return typeof window !== "undefined" && !!navigator.mediaDevices?.getUserMedia && "MediaRecorder" in window;
}

/** Both permissions already granted (a returning visitor): the preview can start without a click. */
async function permissionsGranted(): Promise<boolean> {
  try {
    const names = ["camera", "microphone"] as unknown as PermissionName[];
    const states = await Promise.all(names.map((name) => navigator.permissions.query({ name })));
    return states.every((state) => state.state === "granted");
  } catch {
    // Firefox and older Safari don't know these permission names; ask with a click instead.
    return false;
  }
}

/**
 * The camera and microphone stream with device choice. The chosen devices are remembered per browser, the
 * stream is stopped when the component goes away, and a newer request always wins over a slower older one.
 */
export function useCamera() {
  const [state, setState] = useState<CameraState>({ status: "off" });
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const [microphones, setMicrophones] = useState<MediaDeviceInfo[]>([]);
  const [choice, setChoice] = useState<DeviceChoice>({ cameraId: undefined, microphoneId: undefined });
  const streamRef = useRef<MediaStream | null>(null);
  const requestRef = useRef(0);

  const listDevices = useCallback(async () => {
    const devices = await navigator.mediaDevices.enumerateDevices();
    setCameras(devices.filter((device) => device.kind === "videoinput" && device.deviceId));
    setMicrophones(devices.filter((device) => device.kind === "audioinput" && device.deviceId));
  }, []);

  const start = useCallback(
    async (wanted?: Partial<DeviceChoice>) => {
      if (!canRecord()) {
        setState({ status: "failed", problem: unsupportedProblem });
        return;
      }
      const request = ++requestRef.current;
      const desired = { ...storedChoice(), ...wanted };
      // A camera can only be opened once on some systems, so release the old stream before asking again.
      for (const track of streamRef.current?.getTracks() ?? []) track.stop();
      setState({ status: "starting" });
      try {
        const stream = await navigator.mediaDevices.getUserMedia(constraintsFor(desired));
        if (request !== requestRef.current) {
          for (const track of stream.getTracks()) track.stop();
          return;
        }
        streamRef.current = stream;
        const actual = {
          cameraId: stream.getVideoTracks()[0]?.getSettings().deviceId,
          microphoneId: stream.getAudioTracks()[0]?.getSettings().deviceId,
        };
        setChoice(actual);
        if (wanted) rememberChoice(actual);
        setState({ status: "live", stream });
        // Device labels are only readable once permission is granted, so list them now.
        await listDevices();
      } catch (error) {
        if (request !== requestRef.current) return;
        setState({ status: "failed", problem: cameraAccessProblem(error, navigator.userAgent) });
      }
    },
    [listDevices],
  );

  useEffect(() => {
    let cancelled = false;
    if (canRecord()) {
      void permissionsGranted().then((granted) => {
        if (granted && !cancelled) void start();
      });
    }
    const mediaDevices = typeof navigator === "undefined" ? undefined : navigator.mediaDevices;
    const onDeviceChange = () => void listDevices();
    mediaDevices?.addEventListener("devicechange", onDeviceChange);
    return () => {
      cancelled = true;
      mediaDevices?.removeEventListener("devicechange", onDeviceChange);
      requestRef.current++;
      for (const track of streamRef.current?.getTracks() ?? []) track.stop();
      streamRef.current = null;
    };
  }, [start, listDevices]);

  return { state, cameras, microphones, choice, start };
}
