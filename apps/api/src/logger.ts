import pino, { type DestinationStream } from "pino";
import type { Config } from "./config";

/** JSON logs with request ids; credentials never reach them. */
export function createLogger(config: Pick<Config, "LOG_LEVEL">, destination?: DestinationStream) {
  return pino(
    {
      level: config.LOG_LEVEL,
      redact: {
        paths: [
          "req.headers.cookie",
          "req.headers.authorization",
          'res.headers["set-cookie"]',
          "*.password",
          "*.newPassword",
          "*.token",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}
