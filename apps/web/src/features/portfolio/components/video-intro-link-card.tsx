import { VideoIcon } from "@/components/icons";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** The video is recorded on its own page; the portfolio shows it at the top once it is processed. */
export function VideoIntroLinkCard() {
  return (
    <Card title="Video introduction">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <p className="max-w-md text-sm text-slate-600">
          Sixty seconds in your own voice. Once processed, it plays at the top of your page.
        </p>
        <ButtonLink href="/profile/video" variant="secondary">
          <VideoIcon />
          Record or change your video
        </ButtonLink>
      </div>
    </Card>
  );
}
