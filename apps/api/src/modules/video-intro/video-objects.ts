import type { StorageDriver } from "../../platform/storage/storage-driver";

/** Where a processed video's files live; one folder per recording, so a deletion is easy to check. */
export const videoObjectKey = (userId: string, videoId: string, file: "source" | "video.mp4" | "poster.jpg") =>
  `videos/${userId}/${videoId}/${file}`;

/**
 * Deletes the uploaded source. With S3 the tus store wrote it straight into the bucket and keeps its upload
 * record beside it as `<key>.info`; deleting a key that is not there is a no-op on both drivers.
 */
export async function deleteVideoSource(storage: StorageDriver, sourceKey: string) {
  await Promise.all([storage.delete(sourceKey), storage.delete(`${sourceKey}.info`)]);
}

/** Every object a recording may have: source, MP4 and poster. */
export async function deleteVideoObjects(
  storage: StorageDriver,
  row: { sourceKey: string | null; videoKey: string | null; posterKey: string | null },
) {
  await Promise.all([
    row.sourceKey ? deleteVideoSource(storage, row.sourceKey) : undefined,
    row.videoKey ? storage.delete(row.videoKey) : undefined,
    row.posterKey ? storage.delete(row.posterKey) : undefined,
  ]);
}
