"use client";

import { Card } from "@/components/ui/card";
import { QueryState } from "@/components/ui/query-state";
import { useMedia } from "../hooks/use-media";
import { MediaGallery } from "./media-gallery";

/** Files that stand on their own: a report, a deck, a design board, a demo video. */
export function WorkSamplesPanel() {
  const media = useMedia();
  return (
    <Card
      title="Work samples"
      description="Files that speak for themselves and belong to no project: PDFs show their first page, images and videos play in place."
    >
      <QueryState query={media} loadingLabel="Loading your work samples…">
        {(items) => {
          const samples = items.filter((item) => item.projectId === null);
          return (
            <div className="space-y-3">
              {samples.length === 0 && (
                <p className="text-sm text-slate-600">
                  No work samples yet. A case study PDF, a slide deck or a short demo video is a good start.
                </p>
              )}
              <MediaGallery projectId={null} items={samples} label="Add work samples" listLabel="Work samples" />
            </div>
          );
        }}
      </QueryState>
    </Card>
  );
}
