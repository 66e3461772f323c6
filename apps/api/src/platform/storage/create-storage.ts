import path from "node:path";
import type { Config } from "../../config";
import { LocalStorage } from "./local-storage";
import { S3Storage } from "./s3-storage";
import type { StorageDriver } from "./storage-driver";

type StorageConfig = Pick<Config, "s3" | "S3_FORCE_PATH_STYLE" | "DATA_DIR" | "PUBLIC_URL" | "SESSION_SECRET">;

/** S3 when configured, so replicas share media; otherwise files under the data dir for one machine. */
export function createStorage(config: StorageConfig): StorageDriver {
  if (config.s3) return new S3Storage({ ...config.s3, forcePathStyle: config.S3_FORCE_PATH_STYLE });
  return new LocalStorage({
    rootDir: path.join(config.DATA_DIR, "files"),
    publicBaseUrl: config.PUBLIC_URL,
    secret: config.SESSION_SECRET,
  });
}
