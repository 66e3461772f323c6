"use client";

import type { Media } from "@hirefolio/shared";
import { useMediaUploads } from "../hooks/use-media";
import { MediaDropzone } from "./media-dropzone";
import { MediaTile } from "./media-tile";
import { UploadQueue } from "./upload-queue";

const uploadHint = "Images up to 25 MB, PDFs up to 20 MB, MP4 or WebM videos up to 100 MB. Several at once is fine.";

/** Drop zone, uploads under way and the items, for one project or (projectId null) the work samples. */
export function MediaGallery({
  projectId,
  items,
  label,
  listLabel,
}: {
  projectId: string | null;
  items: Media[];
  label: string;
  listLabel: string;
}) {
  const uploads = useMediaUploads(projectId);
  return (
    <div className="space-y-3">
      {items.length > 0 && (
        <ul aria-label={listLabel} className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {items.map((media) => (
            <MediaTile key={media.id} media={media} />
          ))}
        </ul>
      )}
      <UploadQueue pending={uploads.pending} onDismiss={uploads.dismiss} />
      <MediaDropzone label={label} hint={uploadHint} onFiles={uploads.add} compact={items.length > 0} />
    </div>
  );
}
