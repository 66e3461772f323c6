import type { Problem } from "@hirefolio/shared";

/** An API failure as RFC 9457 problem details, whatever shape the server (or the network) produced. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = "ApiError";
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  /** The first message per invalid field, keyed by field name, for forms to show beside inputs. */
  get fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const { field, message } of this.problem.errors ?? []) {
      const name = field.replace(/^\/?(body\/|body\.)?/, "");
      byField[name] ??= message;
    }
    return byField;
  }
}

const tooManyAttemptsMessage = "Too many attempts, try again in a minute.";

const statusTitles: Record<number, string> = {
  400: "That request wasn't valid.",
  401: "Please sign in to continue.",
  403: "You don't have access to this.",
  404: "We couldn't find that.",
  409: "That conflicts with something that already exists.",
  413: "That file is too large.",
  415: "That file type isn't supported.",
  422: "Some details need another look.",
  429: tooManyAttemptsMessage,
  500: "Something went wrong on our side. Please try again.",
  503: "Hirefolio is temporarily unavailable. Please try again shortly.",
};

function titleFor(status: number): string {
  return statusTitles[status] ?? (status >= 500 ? statusTitles[500]! : "Something went wrong. Please try again.");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Normalises problem+json, better-auth's `{code, message}` and bare status codes into one Problem. */
function toProblem(status: number, payload: unknown): Problem {
  if (status === 429) return { type: "rate-limited", title: tooManyAttemptsMessage, status };
  if (isRecord(payload) && typeof payload.title === "string") {
    return { ...(payload as Problem), status };
  }
  if (isRecord(payload) && typeof payload.message === "string" && payload.message) {
    const code = typeof payload.code === "string" ? payload.code : "about:blank";
    return { type: code, title: payload.message, status };
  }
  return { type: "about:blank", title: titleFor(status), status };
}

function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The parsed body on success; an ApiError carrying the problem otherwise. Shared by fetch and XHR requests. */
function settle<T>(status: number, ok: boolean, text: string): T {
  const payload = parseBody(text);
  if (!ok) throw new ApiError(toProblem(status, payload));
  return payload as T;
}

function networkError(): ApiError {
  return new ApiError({
    type: "network-error",
    title: "We can't reach Hirefolio right now. Check your connection and try again.",
    status: 0,
  });
}

type QueryValue = string | number | boolean | null | undefined;

interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

function withQuery(path: string, query: RequestOptions["query"]): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const hasBody = method !== "GET";
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      credentials: "include",
      headers: hasBody
        ? { accept: "application/json", "content-type": "application/json" }
        : { accept: "application/json" },
      // Fastify rejects an empty body sent as JSON, so bodiless mutations send `{}`.
      body: hasBody ? JSON.stringify(options.body ?? {}) : undefined,
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw networkError();
  }
  return settle<T>(response.status, response.ok, await response.text());
}

export interface DownloadedFile {
  blob: Blob;
  /** From Content-Disposition, or `fallbackName` when the server sent none. */
  filename: string;
  headers: Headers;
}

/** The filename in a Content-Disposition header, preferring the RFC 5987 `filename*` form. */
export function dispositionFilename(header: string | null): string | undefined {
  if (!header) return undefined;
  const encoded = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // Fall through to the plain form.
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/.exec(header)?.[1]?.trim() || undefined;
}

/** A file from a GET endpoint as a Blob, with the same problem handling as JSON requests when it fails. */
async function download(
  path: string,
  fallbackName: string,
  options: Omit<RequestOptions, "body"> = {},
): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      credentials: "include",
      headers: { accept: "*/*" },
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw networkError();
  }
  if (!response.ok) settle(response.status, false, await response.text());
  return {
    blob: await response.blob(),
    filename: dispositionFilename(response.headers.get("content-disposition")) ?? fallbackName,
    headers: response.headers,
  };
}

export interface UploadOptions {
  /** Called with 0–1 as the body is sent. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * Sends a file as the raw request body with its own Content-Type. XMLHttpRequest rather than fetch, because
 * only XHR reports upload progress; the browser still adds the Origin header the API's CSRF guard checks.
 */
function upload<T>(method: "PUT" | "POST", path: string, file: Blob, options: UploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(options.signal.reason);
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    xhr.withCredentials = true;
    xhr.setRequestHeader("accept", "application/json");
    xhr.setRequestHeader("content-type", file.type || "application/octet-stream");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      try {
        resolve(settle<T>(xhr.status, xhr.status >= 200 && xhr.status < 300, xhr.responseText));
      } catch (error) {
        reject(error);
      }
    };
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(options.signal?.reason ?? new DOMException("Upload aborted", "AbortError"));
    options.signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, "body">) => request<T>("GET", path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>("POST", path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>("PUT", path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>("PATCH", path, { ...options, body }),
  delete: <T = void>(path: string, options?: Omit<RequestOptions, "body">) => request<T>("DELETE", path, options),
  upload,
  download,
};

/** A sentence to show a person for any thrown value. */
export function errorMessage(error: unknown): string {
  // A validation problem's detail lists raw field paths; its title reads better, and fields show their own messages.
  if (error instanceof ApiError) {
    return error.problem.errors?.length ? error.problem.title : error.problem.detail || error.problem.title;
  }
  return "Something went wrong. Please try again.";
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
