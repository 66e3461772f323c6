import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

export const repoRoot = path.resolve(import.meta.dirname, "../../..");

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();
const optionalUrl = (protocols: RegExp, example: string) =>
  optionalString.pipe(
    z
      .string()
      .refine((v) => URL.canParse(v) && protocols.test(new URL(v).protocol), `must be a URL like ${example}`)
      .optional(),
  );
const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", ""])
    .optional()
    .transform((v) => (v === undefined || v === "" ? fallback : v === "true" || v === "1"));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("0.0.0.0"),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .default("http://localhost:3000")
    .transform((v) => v.replace(/\/$/, "")),
  DATA_DIR: z.string().default(path.join(repoRoot, ".data")),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

  DATABASE_URL: optionalUrl(/^postgres(ql)?:$/, "postgres://user:pass@host:5432/db"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(20),
  REDIS_URL: optionalUrl(/^rediss?:$/, "redis://127.0.0.1:6379"),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, "use letters, digits, - and _")
    .default("hirefolio"),
  RUN_WORKERS_IN_API: flag(false),

  S3_ENDPOINT: optionalUrl(/^https?:$/, "https://s3.eu-central-1.amazonaws.com"),
  S3_BUCKET: optionalString,
  S3_ACCESS_KEY: optionalString,
  S3_SECRET_KEY: optionalString,
  S3_REGION: z.string().default("us-east-1"),
  S3_FORCE_PATH_STYLE: flag(true),

  LLM_BASE_URL: optionalUrl(/^https?:$/, "https://api.openai.com/v1"),
  LLM_API_KEY: optionalString,
  LLM_MODEL: z.string().default("gpt-4o-mini"),

  SMTP_URL: optionalUrl(/^smtps?:$/, "smtp://user:pass@smtp.example.com:587"),
  MAIL_FROM: z.string().default("Hirefolio <no-reply@hirefolio.local>"),
  DEV_OUTBOX_PUBLIC: optionalString.pipe(z.enum(["true", "false"]).optional()),

  GOOGLE_CLIENT_ID: optionalString,
  GOOGLE_CLIENT_SECRET: optionalString,
  MICROSOFT_CLIENT_ID: optionalString,
  MICROSOFT_CLIENT_SECRET: optionalString,
  MICROSOFT_TENANT_ID: z.string().default("common"),

  STRIPE_SECRET_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  /** Price ids of the two paid plans in your Stripe account (Candidate Pro monthly; Employer per interviewer seat). */
  STRIPE_PRICE_CANDIDATE_PRO: optionalString,
  STRIPE_PRICE_EMPLOYER_SEAT: optionalString,
  /** Where the Stripe API is: unset for Stripe itself; a stripe-mock or test server otherwise. */
  STRIPE_API_URL: optionalUrl(/^https?:$/, "http://localhost:12111"),
  /** The plan everyone has without a paid subscription; self-hosters without Stripe can raise it. */
  DEFAULT_PLAN: z.enum(["free", "candidate_pro", "employer"]).default("free"),

  SESSION_SECRET: optionalString.pipe(
    z.string().min(32, "must be at least 32 characters (try: openssl rand -hex 32)").optional(),
  ),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(2048).default(200),
  SEED_DEMO: flag(true),
  /** An Ed25519 private key (JWK JSON) to sign badge credentials with; unset, one is generated and kept in the database. */
  SIGNING_KEY_PRIVATE_JWK: optionalString,
  /** Optional token for GitHub's REST API: raises the public-stats rate limit from 60 to 5,000 requests an hour. */
  GITHUB_TOKEN: optionalString,
  /** GitHub's REST API root; tests and GitHub Enterprise point it elsewhere. */
  GITHUB_API_URL: optionalUrl(/^https?:$/, "https://api.github.com").transform((v) => v ?? "https://api.github.com"),
  /** Lets calendar subscriptions reach loopback and private addresses over plain http: tests and on-premise only. */
  CALENDAR_FETCH_ALLOW_LOCAL: flag(false),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

export interface Config extends Omit<Env, "SESSION_SECRET" | "DEV_OUTBOX_PUBLIC"> {
  SESSION_SECRET: string;
  /** Whether anyone may read the development outbox; admins always may. */
  devOutboxPublic: boolean;
  s3: { endpoint: string; bucket: string; accessKeyId: string; secretAccessKey: string; region: string } | undefined;
  llm: { baseURL: string; apiKey: string | undefined; model: string } | undefined;
}

const pairs: [string, string[]][] = [
  ["S3", ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY", "S3_SECRET_KEY"]],
  ["Google OAuth", ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"]],
  ["Microsoft OAuth", ["MICROSOFT_CLIENT_ID", "MICROSOFT_CLIENT_SECRET"]],
  [
    "Stripe billing",
    ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_PRICE_CANDIDATE_PRO", "STRIPE_PRICE_EMPLOYER_SEAT"],
  ],
];

/** Parses the environment once; every problem names its variable so start-up fails readably. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const problems: string[] = [];
  for (const [what, names] of pairs) {
    const set = names.filter((n) => e[n as keyof Env] !== undefined);
    if (set.length > 0 && set.length < names.length) {
      const missing = names.filter((n) => !set.includes(n));
      problems.push(
        `  ${missing.join(", ")}: required when ${set.join(", ")} ${set.length > 1 ? "are" : "is"} set (${what})`,
      );
    }
  }
  if (e.NODE_ENV === "production" && !e.SESSION_SECRET) {
    problems.push("  SESSION_SECRET: required when NODE_ENV=production");
  }
  if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.join("\n")}`);

  const { DEV_OUTBOX_PUBLIC, SESSION_SECRET, ...rest } = e;
  return {
    ...rest,
    SESSION_SECRET: SESSION_SECRET ?? localSessionSecret(e.DATA_DIR),
    devOutboxPublic: DEV_OUTBOX_PUBLIC ? DEV_OUTBOX_PUBLIC === "true" : e.NODE_ENV !== "production",
    s3:
      e.S3_ENDPOINT && e.S3_BUCKET && e.S3_ACCESS_KEY && e.S3_SECRET_KEY
        ? {
            endpoint: e.S3_ENDPOINT,
            bucket: e.S3_BUCKET,
            accessKeyId: e.S3_ACCESS_KEY,
            secretAccessKey: e.S3_SECRET_KEY,
            region: e.S3_REGION,
          }
        : undefined,
    llm: e.LLM_BASE_URL ? { baseURL: e.LLM_BASE_URL, apiKey: e.LLM_API_KEY, model: e.LLM_MODEL } : undefined,
  };
}

/** A fresh clone has no secret configured: make one per data dir so sessions survive restarts. */
function localSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, "session-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
