import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { MediaFailure } from "./media-failure";

export interface RunToolOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  onStdoutLine?: (line: string) => void;
  onStderrLine?: (line: string) => void;
  /** How much of stderr's end to keep for error messages. */
  stderrTailChars?: number;
}

export interface ToolExit {
  exitCode: number;
  stderrTail: string;
}

/**
 * Runs ffmpeg or ffprobe with an argument array (never a shell), streams its output line by line, keeps only the
 * end of stderr, and kills it on timeout or abort. Resolves with the exit code; a non-zero code is the caller's
 * to interpret.
 */
export function runTool(command: string, args: string[], options: RunToolOptions): Promise<ToolExit> {
  const tailLimit = options.stderrTailChars ?? 4000;
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new MediaFailure("aborted", `${command} was cancelled`));
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stderrTail = "";
    let stopped: { code: "timeout" | "aborted"; message: string } | null = null;
    const stop = (code: "timeout" | "aborted", message: string) => {
      stopped ??= { code, message };
      child.kill("SIGKILL");
    };
    const timer = setTimeout(
      () => stop("timeout", `${command} took longer than ${options.timeoutMs} ms`),
      options.timeoutMs,
    );
    const onAbort = () => stop("aborted", `${command} was cancelled`);
    options.signal?.addEventListener("abort", onAbort, { once: true });

    createInterface({ input: child.stdout }).on("line", (line) => options.onStdoutLine?.(line));
    createInterface({ input: child.stderr }).on("line", (line) => {
      options.onStderrLine?.(line);
      stderrTail = `${stderrTail}${line}\n`.slice(-tailLimit);
    });

    const finish = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
    };
    child.on("error", (error: NodeJS.ErrnoException) => {
      finish();
      reject(
        error.code === "ENOENT"
          ? new MediaFailure(
              "ffmpeg-missing",
              `${command} was not found on PATH; install ffmpeg (apt-get install ffmpeg)`,
            )
          : error,
      );
    });
    // "close" (not "exit") fires after stdout/stderr end, so every line has been delivered.
    child.on("close", (code) => {
      finish();
      if (stopped) reject(new MediaFailure(stopped.code, stopped.message, stderrTail));
      else resolve({ exitCode: code ?? -1, stderrTail });
    });
  });
}
