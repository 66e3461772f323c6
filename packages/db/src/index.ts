export * from "./client";
export * from "./iso-timestamp";
export * from "./migrate";
export * from "./raw-select";
export * as schema from "./schema";
