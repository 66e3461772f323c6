"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { CalendarIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { type CalendarProvider, linkCalendarAccount, type MyCalendars } from "../api";
import { useConnectCalendar } from "../hooks/use-availability";
import { ProblemDetails } from "./problem-details";

const providerLabels: Record<CalendarProvider, string> = {
  google: "Connect Google Calendar",
  microsoft: "Connect Microsoft Calendar",
};

/** The query parameter the provider's redirect comes back with, naming what was linked. */
const returnParam = "connect-calendar";

function isProvider(value: string | null): value is CalendarProvider {
  return value === "google" || value === "microsoft";
}

/**
 * Links a Google or Microsoft account with free/busy scopes through better-auth (a redirect to the provider),
 * then, back on this page, adds that account's calendar. Only providers the server has keys for are offered.
 */
export function ConnectCalendarButtons({ connectable }: { connectable: MyCalendars["connectable"] }) {
  const toast = useToast();
  const connect = useConnectCalendar();
  const link = useMutation({
    mutationFn: async (provider: CalendarProvider) => {
      const back = new URL(window.location.href);
      back.searchParams.set(returnParam, provider);
      const { url } = await linkCalendarAccount(provider, `${back.pathname}${back.search}`);
      window.location.assign(url);
    },
  });
  const returned = useRef(false);

  useEffect(() => {
    if (returned.current) return;
    returned.current = true;
    const url = new URL(window.location.href);
    const provider = url.searchParams.get(returnParam);
    if (!isProvider(provider)) return;
    url.searchParams.delete(returnParam);
    window.history.replaceState(null, "", url);
    connect.mutate(provider, { onSuccess: (source) => toast.show(`${source.name} connected`) });
  }, [connect, toast]);

  const providers = (Object.keys(providerLabels) as CalendarProvider[]).filter((provider) => connectable[provider]);
  if (providers.length === 0) return null;

  return (
    <div className="space-y-2 border-t border-slate-100 px-5 py-4">
      <div className="flex flex-wrap gap-2">
        {providers.map((provider) => (
          <Button
            key={provider}
            variant="secondary"
            size="sm"
            loading={
              (connect.isPending && connect.variables === provider) || (link.isPending && link.variables === provider)
            }
            onClick={() => link.mutate(provider)}
          >
            <CalendarIcon />
            {providerLabels[provider]}
          </Button>
        ))}
      </div>
      <p className="text-xs text-slate-500">Only free/busy times are read, never what your events are.</p>
      <ProblemDetails error={link.error ?? connect.error} />
    </div>
  );
}
