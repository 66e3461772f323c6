import type { VideoIntro } from "@hirefolio/shared";
import { RefreshIcon } from "@/components/icons";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function FailedVideo({ video, onRecordAgain }: { video: VideoIntro; onRecordAgain: () => void }) {
  return (
    <div className="mx-auto max-w-2xl">
      <Alert
        tone="danger"
        title="We couldn't use that recording"
        action={
          <Button onClick={onRecordAgain}>
            <RefreshIcon className="size-4" />
            Record again
          </Button>
        }
      >
        {video.failure?.message ?? "Something went wrong while processing it. Please record it again."}
      </Alert>
    </div>
  );
}
