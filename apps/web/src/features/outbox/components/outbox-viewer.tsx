"use client";

import type { OutboxMessage } from "@hirefolio/shared";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ExternalLinkIcon, InboxIcon } from "@/components/icons";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FadeIn } from "@/components/ui/fade-in";
import { PageHeader } from "@/components/ui/page-header";
import { QueryState } from "@/components/ui/query-state";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { isApiError } from "@/lib/api-client";
import { cx } from "@/lib/class-names";
import { formatDateTime, formatRelative } from "@/lib/format-date";
import { fetchOutbox, outboxQueryKey } from "../api";
import { framedHtml, messageLinks } from "../message-links";

type View = "html" | "text";

function MessageView({ message }: { message: OutboxMessage }) {
  const [view, setView] = useState<View>(message.html ? "html" : "text");
  const links = messageLinks(message.text);
  return (
    <article className="flex h-full flex-col" aria-labelledby="message-subject">
      <header className="space-y-3 border-b border-slate-100 p-5">
        <h2 id="message-subject" className="text-lg font-semibold text-slate-900">
          {message.subject}
        </h2>
        <dl className="grid grid-cols-[4rem_1fr] gap-y-1 text-sm">
          <dt className="text-slate-500">To</dt>
          <dd className="text-slate-900">{message.to}</dd>
          <dt className="text-slate-500">Sent</dt>
          <dd className="text-slate-900">{formatDateTime(message.createdAt)}</dd>
          {message.attachments.length > 0 && (
            <>
              <dt className="text-slate-500">Files</dt>
              <dd className="text-slate-900">{message.attachments.map((file) => file.filename).join(", ")}</dd>
            </>
          )}
        </dl>
        {links.length > 0 && (
          <ul className="flex flex-wrap gap-2">
            {links.map((link) => (
              <li key={link}>
                <a
                  href={link}
                  target="_blank"
                  rel="noreferrer"
                  className="inline-flex max-w-full items-center gap-1.5 rounded-md bg-brand-50 px-2.5 py-1 text-xs font-medium text-brand-800 ring-1 ring-brand-200 hover:bg-brand-100"
                >
                  <ExternalLinkIcon className="size-3.5 shrink-0" />
                  <span className="truncate">{link.length > 60 ? `${link.slice(0, 60)}…` : link}</span>
                </a>
              </li>
            ))}
          </ul>
        )}
        {message.html && (
          <SegmentedControl
            label="Message format"
            value={view}
            onChange={setView}
            options={[
              { value: "html", label: "HTML" },
              { value: "text", label: "Plain text" },
            ]}
          />
        )}
      </header>
      {view === "html" && message.html ? (
        <iframe
          title={`Email: ${message.subject}`}
          sandbox="allow-popups allow-popups-to-escape-sandbox"
          srcDoc={framedHtml(message.html)}
          className="min-h-[28rem] w-full flex-1 bg-white"
        />
      ) : (
        <pre className="flex-1 overflow-auto p-5 font-mono text-sm whitespace-pre-wrap text-slate-800">
          {message.text}
        </pre>
      )}
    </article>
  );
}

function Inbox({ messages }: { messages: OutboxMessage[] }) {
  const [selectedId, setSelectedId] = useState(messages[0]?.id);
  const selected = messages.find((message) => message.id === selectedId) ?? messages[0];
  return (
    <div className="grid grid-cols-1 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-card lg:grid-cols-[22rem_1fr]">
      <nav
        aria-label="Messages"
        className="border-b border-slate-200 lg:max-h-[40rem] lg:overflow-y-auto lg:border-r lg:border-b-0"
      >
        <ul className="divide-y divide-slate-100">
          {messages.map((message) => {
            const active = message.id === selected?.id;
            return (
              <li key={message.id}>
                <button
                  type="button"
                  aria-current={active ? "true" : undefined}
                  onClick={() => setSelectedId(message.id)}
                  className={cx(
                    "block w-full px-4 py-3 text-left transition-colors",
                    active ? "bg-brand-50" : "hover:bg-slate-50",
                  )}
                >
                  <span className="flex items-baseline justify-between gap-2">
                    <span className="truncate text-sm font-medium text-slate-900">{message.subject}</span>
                    <span className="shrink-0 text-xs text-slate-500">{formatRelative(message.createdAt)}</span>
                  </span>
                  <span className="block truncate text-xs text-slate-600">To {message.to}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
      {selected && <MessageView key={selected.id} message={selected} />}
    </div>
  );
}

/** The development mail outbox: every email the API would have sent, so verification and reset links can be followed. */
export function OutboxViewer() {
  const outbox = useQuery({
    queryKey: outboxQueryKey,
    queryFn: fetchOutbox,
    refetchInterval: (query) => (isApiError(query.state.error, 404) ? false : 5_000),
  });
  const disabled = isApiError(outbox.error, 404);

  return (
    <FadeIn>
      <PageHeader
        title="Dev outbox"
        description="Emails the API would have sent. Refreshes every few seconds."
        actions={
          !disabled && (
            <Button variant="secondary" onClick={() => outbox.refetch()}>
              Refresh
            </Button>
          )
        }
      />
      {disabled ? (
        <Alert tone="info" title="Outbox disabled (SMTP configured or production)">
          Emails are delivered by the configured mail server instead of being kept here.
        </Alert>
      ) : (
        <QueryState
          query={outbox}
          loadingLabel="Loading messages…"
          isEmpty={(messages) => messages.length === 0}
          empty={
            <Card>
              <EmptyState
                icon={<InboxIcon className="size-6" />}
                title="No emails yet"
                description="Sign up, request a password reset or invite a teammate, and the email will appear here."
              />
            </Card>
          }
        >
          {(messages) => <Inbox messages={messages} />}
        </QueryState>
      )}
    </FadeIn>
  );
}
