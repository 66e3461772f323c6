import type { Metadata } from "next";
import { OutboxViewer } from "@/features/outbox/components/outbox-viewer";

export const metadata: Metadata = { title: "Dev outbox", robots: { index: false } };

export default function OutboxPage() {
  return <OutboxViewer />;
}
