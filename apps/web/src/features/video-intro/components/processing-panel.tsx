import { SparklesIcon } from "@/components/icons";
import { Card } from "@/components/ui/card";
import { UploadProgress } from "@/components/ui/upload-progress";

/** Shown while the server transcodes and checks the video; the page polls, so the bar moves on its own. */
export function ProcessingPanel({ progress }: { progress: number }) {
  return (
    <Card className="mx-auto max-w-2xl">
      <div className="flex flex-col items-center px-2 py-8 text-center sm:px-8">
        <span className="mb-5 grid size-14 place-items-center rounded-2xl bg-linear-to-br from-brand-500 to-accent-600 text-white shadow-raised">
          <SparklesIcon className="size-7 motion-safe:animate-pulse" />
        </span>
        <h2 className="text-lg font-semibold text-slate-900">Getting your video ready</h2>
        <p className="mt-1 max-w-md text-sm text-pretty text-slate-600">
          We're converting it so it plays in every browser, making a thumbnail, and checking the light and sound. This
          usually takes less than a minute — you can leave this page and come back.
        </p>
        <div className="mt-6 w-full max-w-md text-left">
          <UploadProgress fraction={progress} label="Processing" />
        </div>
      </div>
    </Card>
  );
}
