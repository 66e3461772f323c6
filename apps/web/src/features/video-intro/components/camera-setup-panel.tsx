import { AlertCircleIcon, CameraIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import type { CameraState } from "../hooks/use-camera";

/** What fills the stage before the camera is live: the ask, the wait for the browser's prompt, or what went wrong. */
export function CameraSetupPanel({
  state,
  onStart,
}: {
  state: Exclude<CameraState, { status: "live" }>;
  onStart: () => void;
}) {
  if (state.status === "starting") {
    return (
      <div className="flex flex-col items-center gap-3 text-center" role="status">
        <Spinner className="size-6 text-white" />
        <p className="font-medium text-white">Waiting for your camera…</p>
        <p className="max-w-sm text-sm text-slate-300">
          If your browser asks, choose Allow for the camera and microphone.
        </p>
      </div>
    );
  }
  if (state.status === "failed") {
    return (
      <div className="flex max-w-md flex-col items-center gap-3 text-center" role="alert">
        <span className="grid size-12 place-items-center rounded-full bg-rose-500/15 text-rose-300 ring-1 ring-rose-400/30">
          <AlertCircleIcon className="size-6" />
        </span>
        <p className="text-lg font-semibold text-white">{state.problem.title}</p>
        <p className="text-sm text-pretty text-slate-300">{state.problem.help}</p>
        {state.problem.kind !== "unsupported" && (
          <Button variant="secondary" className="mt-2" onClick={onStart}>
            Try again
          </Button>
        )}
      </div>
    );
  }
  return (
    <div className="flex max-w-md flex-col items-center gap-3 text-center">
      <span className="grid size-14 place-items-center rounded-2xl bg-linear-to-br from-brand-500 to-accent-600 text-white shadow-raised">
        <CameraIcon className="size-7" />
      </span>
      <p className="text-lg font-semibold text-white">Let's set up your camera</p>
      <p className="text-sm text-pretty text-slate-300">
        Your browser will ask to use the camera and microphone. Nothing is recorded until you press record, and nothing
        leaves this device until you choose to upload.
      </p>
      <Button size="lg" className="mt-2" onClick={onStart}>
        Turn on camera
      </Button>
    </div>
  );
}
