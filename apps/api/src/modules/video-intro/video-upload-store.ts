import path from "node:path";
import { FileStore } from "@tus/file-store";
import { S3Store } from "@tus/s3-store";
import type { Config } from "../../config";

/** An upload not finished this long after it started is abandoned: its URL is gone and its bytes are deleted. */
export const videoUploadTtlMs = 24 * 60 * 60 * 1000;

export type VideoUploadStore = FileStore | S3Store;

/**
 * Where tus keeps uploads in progress: DATA_DIR/tus on local storage, an S3 multipart upload in the bucket
 * otherwise. `expireAfterMs` is for the expiry job: the store's own sweep (`deleteExpired`) then removes bytes
 * older than that. The tus server's store is left without it, because with an expiration period tus re-reads an
 * upload after onUploadFinish has moved it away (a single-request upload would answer 404); the API refuses
 * uploads past their deadline itself (VideoIntroService.ownsUpload).
 */
export function createVideoUploadStore(config: Config, expireAfterMs = 0): VideoUploadStore {
  if (!config.s3) {
    return new FileStore({
      directory: path.join(config.DATA_DIR, "tus"),
      expirationPeriodInMilliseconds: expireAfterMs,
    });
  }
  return new S3Store({
    s3ClientConfig: {
      bucket: config.s3.bucket,
      endpoint: config.s3.endpoint,
      region: config.s3.region,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      credentials: { accessKeyId: config.s3.accessKeyId, secretAccessKey: config.s3.secretAccessKey },
    },
    expirationPeriodInMilliseconds: expireAfterMs,
    // The tags only serve bucket lifecycle rules; the expiry job deletes instead, and not every S3 store tags.
    useTags: false,
  });
}
