import type { OutboxMessage } from "@hirefolio/shared";
import { api } from "@/lib/api-client";

export const outboxQueryKey = ["dev", "outbox"] as const;

export const fetchOutbox = () => api.get<OutboxMessage[]>("/api/v1/dev/outbox", { query: { limit: 50 } });
