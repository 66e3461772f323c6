"use client";

import { type CalendarSource, calendarUploadMaxChars } from "@hirefolio/shared";
import { type FormEvent, useRef, useState } from "react";
import { CalendarIcon, GlobeIcon, UploadIcon } from "@/components/icons";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { TextField } from "@/components/ui/form-field";
import { QueryState } from "@/components/ui/query-state";
import { useToast } from "@/components/ui/toast";
import { UploadProgress } from "@/components/ui/upload-progress";
import { isApiError } from "@/lib/api-client";
import { formatBytes } from "@/lib/format-bytes";
import { formatRelative } from "@/lib/format-date";
import {
  useCalendars,
  useDeleteCalendar,
  useSubscribeCalendar,
  useSyncCalendar,
  useUploadCalendar,
} from "../hooks/use-availability";
import { ConnectCalendarButtons } from "./connect-calendar-buttons";
import { ProblemDetails } from "./problem-details";

const kindLabels: Record<CalendarSource["kind"], string> = {
  "ics-upload": "Uploaded file",
  "ics-url": "Subscribed URL",
  google: "Google Calendar",
  microsoft: "Outlook",
};

function busyBlocks(count: number) {
  return `${count.toLocaleString("en-US")} busy ${count === 1 ? "block" : "blocks"}`;
}

function CalendarRow({ source }: { source: CalendarSource }) {
  const toast = useToast();
  const sync = useSyncCalendar();
  const remove = useDeleteCalendar();
  return (
    <li className="space-y-2 px-5 py-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0 space-y-0.5">
          <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900">
            {source.name}
            <Badge>{kindLabels[source.kind]}</Badge>
            {source.lastError && <Badge tone="danger">Sync failed</Badge>}
          </p>
          <p className="text-xs text-slate-600">
            {busyBlocks(source.busyCount)}
            {source.urlHost && ` · from ${source.urlHost}`}
            {source.lastSyncedAt ? ` · synced ${formatRelative(source.lastSyncedAt)}` : " · not synced yet"}
          </p>
        </div>
        <div className="flex gap-2">
          {source.kind !== "ics-upload" && (
            <Button
              size="sm"
              variant="secondary"
              loading={sync.isPending}
              onClick={() =>
                sync.mutate(source.id, { onSuccess: (s) => toast.show(`${s.name}: ${busyBlocks(s.busyCount)}`) })
              }
            >
              Sync now
            </Button>
          )}
          <Button
            size="sm"
            variant="ghost"
            loading={remove.isPending}
            aria-label={`Remove ${source.name}`}
            onClick={() => remove.mutate(source.id, { onSuccess: () => toast.show(`${source.name} removed`) })}
          >
            Remove
          </Button>
        </div>
      </div>
      {source.lastError && <p className="text-sm text-rose-700">{source.lastError}</p>}
      <ProblemDetails error={sync.error ?? remove.error} />
    </li>
  );
}

function UploadForm() {
  const [progress, setProgress] = useState<number | null>(null);
  const upload = useUploadCalendar(setProgress);
  const input = useRef<HTMLInputElement>(null);
  const [tooLarge, setTooLarge] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setTooLarge(null);
    upload.reset();
    if (file.size > calendarUploadMaxChars) {
      setTooLarge(
        `${file.name} is ${formatBytes(file.size)}; calendars up to ${formatBytes(calendarUploadMaxChars)} can be imported.`,
      );
      return;
    }
    setProgress(0);
    upload.mutate(
      { name: file.name.replace(/\.ics$/i, "") || "Uploaded calendar", ics: await file.text() },
      { onSettled: () => setProgress(null) },
    );
    if (input.current) input.current.value = "";
  };

  return (
    <div className="space-y-3">
      <input
        ref={input}
        type="file"
        accept=".ics,text/calendar"
        className="sr-only"
        aria-label="iCalendar file"
        onChange={(event) => onFile(event.target.files?.[0])}
      />
      <Button variant="secondary" onClick={() => input.current?.click()} loading={upload.isPending}>
        <UploadIcon />
        Upload .ics file
      </Button>
      {progress !== null && <UploadProgress fraction={progress} label="Importing calendar…" />}
      {upload.data && (
        <Alert tone="success" title={`${busyBlocks(upload.data.busyCount)} imported`}>
          From {upload.data.name}. Interviews won't be offered at those times.
        </Alert>
      )}
      {tooLarge && <Alert tone="danger">{tooLarge}</Alert>}
      <ProblemDetails error={upload.error} />
    </div>
  );
}

function SubscribeForm() {
  const toast = useToast();
  const subscribe = useSubscribeCalendar();
  const [url, setUrl] = useState("");
  const [name, setName] = useState("");
  const urlError = isApiError(subscribe.error) ? subscribe.error.fieldErrors.url : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    subscribe.mutate(
      { url: url.trim(), name: name.trim() || "Subscribed calendar" },
      {
        onSuccess: (source) => {
          toast.show(`Subscribed: ${busyBlocks(source.busyCount)}`);
          setUrl("");
          setName("");
        },
      },
    );
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-[1fr_2fr]">
        <TextField
          label="Name"
          optional
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder="Work"
        />
        <TextField
          label="Secret iCal address"
          type="url"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          placeholder="https://calendar.google.com/calendar/ical/…/basic.ics"
          hint="Google: Settings › your calendar › Secret address in iCal format. Outlook: Publish calendar › ICS."
          error={urlError}
        />
      </div>
      <Button type="submit" variant="secondary" loading={subscribe.isPending} disabled={!url.trim()}>
        <GlobeIcon />
        Subscribe
      </Button>
      {!urlError && <ProblemDetails error={subscribe.error} />}
    </form>
  );
}

/** Imported calendars: their busy time keeps interviews off the times you are already taken. */
export function CalendarsCard() {
  const calendars = useCalendars();
  return (
    <Card
      title="Calendars"
      description="Busy time from your other calendars. Event details stay private; only the times are used."
      padding="none"
    >
      <QueryState
        query={calendars}
        loadingLabel="Loading calendars…"
        padded
        isEmpty={(data) => data.items.length === 0}
        empty={
          <EmptyState
            icon={<CalendarIcon className="size-6" />}
            title="No calendars connected"
            description="Upload an .ics export or subscribe to your calendar's secret address below."
          />
        }
      >
        {(data) => (
          <ul className="divide-y divide-slate-100">
            {data.items.map((source) => (
              <CalendarRow key={source.id} source={source} />
            ))}
          </ul>
        )}
      </QueryState>
      {calendars.data && <ConnectCalendarButtons connectable={calendars.data.connectable} />}
      <div className="grid grid-cols-1 gap-6 border-t border-slate-100 p-5 lg:grid-cols-[1fr_2fr]">
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">Import a file</h3>
          <p className="text-sm text-slate-600">A one-time snapshot; upload again to refresh it.</p>
          <UploadForm />
        </div>
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">Subscribe by address</h3>
          <p className="text-sm text-slate-600">Read now and every hour after.</p>
          <SubscribeForm />
        </div>
      </div>
    </Card>
  );
}
