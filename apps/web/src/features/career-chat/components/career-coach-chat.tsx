"use client";

import type { CareerConversationDetail } from "@hirefolio/shared";
import type { UIMessage } from "ai";
import { usePathname, useSearchParams } from "next/navigation";
import { type ReactNode, useState } from "react";
import { InboxIcon, MenuIcon, PlusIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { ListSkeleton } from "@/components/ui/skeleton";
import { isApiError } from "@/lib/api-client";
import { useConversation, useConversationMutations, useConversations } from "../api";
import { useChatSessions } from "../hooks/use-chat-sessions";
import { ChatView } from "./chat-view";
import { ConversationChat } from "./conversation-chat";
import { ConversationList } from "./conversation-list";

const toUiMessages = (detail: CareerConversationDetail) =>
  detail.messages.map(({ id, role, parts }) => ({ id, role, parts }) as UIMessage);

/**
 * The Career Coach: conversation history beside the chat (in a drawer on small screens). The URL carries the open
 * conversation (`?c=<id>`), so a reload or a shared link reopens it from the stored messages.
 */
export function CareerCoachChat() {
  const pathname = usePathname();
  const selectedId = useSearchParams()?.get("c") ?? null;
  const conversations = useConversations();
  const mutations = useConversationMutations();
  const sessions = useChatSessions(mutations.answered);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [firstQuestion, setFirstQuestion] = useState("");

  const existing = selectedId ? sessions.get(selectedId) : undefined;
  const detail = useConversation(selectedId && !existing ? selectedId : null);
  // Opening is idempotent per conversation, so doing it while rendering is safe.
  const chat = existing ?? (selectedId && detail.data ? sessions.open(selectedId, toUiMessages(detail.data)) : null);
  const title =
    conversations.data?.pages.flatMap((page) => page.items).find((c) => c.id === selectedId)?.title ??
    detail.data?.title ??
    (selectedId ? "" : "New conversation");

  const go = (id: string | null) => {
    setDrawerOpen(false);
    // The native history API updates the URL and useSearchParams at once; the page stays the same route, so there is
    // no server round trip (router.push's could be lost when an answer started streaming during it).
    window.history.pushState(null, "", id ? `${pathname}?c=${id}` : pathname);
  };

  /** The first question creates the conversation, starts its answer, then opens it. */
  const start = async (text: string) => {
    setFirstQuestion(text);
    const conversation = await mutations.create.mutateAsync().catch(() => null);
    if (!conversation) return false;
    void sessions.open(conversation.id, []).sendMessage({ text });
    go(conversation.id);
    return true;
  };

  const list = (
    <ConversationList
      selectedId={selectedId}
      onSelect={go}
      onNew={() => go(null)}
      onDeleted={(id) => {
        sessions.close(id);
        if (id === selectedId) go(null);
      }}
    />
  );

  let pane: ReactNode;
  if (!selectedId) {
    pane = (
      <ChatView
        conversationId={null}
        messages={[]}
        status={mutations.create.isPending ? "submitted" : "ready"}
        error={mutations.create.error ?? undefined}
        onSend={start}
        onStop={() => undefined}
        onRetry={() => void start(firstQuestion)}
        onDismissError={() => mutations.create.reset()}
      />
    );
  } else if (chat) {
    pane = <ConversationChat key={selectedId} conversationId={selectedId} chat={chat} />;
  } else if (isApiError(detail.error, 404) || isApiError(detail.error, 400)) {
    pane = (
      <EmptyState
        className="my-auto"
        icon={<InboxIcon className="size-6" />}
        title="Conversation not found"
        description="It may have been deleted, or it belongs to another account."
        action={<Button onClick={() => go(null)}>Start a new conversation</Button>}
      />
    );
  } else if (detail.error) {
    pane = (
      <div className="p-6">
        <ErrorState error={detail.error} onRetry={() => detail.refetch()} title="We couldn't open this conversation" />
      </div>
    );
  } else {
    pane = (
      <div className="mx-auto w-full max-w-3xl p-6">
        <ListSkeleton rows={3} label="Loading the conversation…" />
      </div>
    );
  }

  return (
    <div className="flex h-[calc(100dvh-11.25rem)] min-h-[28rem] sm:h-[calc(100dvh-13.5rem)] sm:min-h-[32rem] overflow-clip rounded-2xl border border-slate-200 bg-white shadow-card">
      <aside
        aria-label="Conversation history"
        className="hidden w-72 shrink-0 flex-col border-r border-slate-200 bg-slate-50/80 md:flex"
      >
        {list}
      </aside>
      <section aria-label="Chat" className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-14 shrink-0 items-center gap-2 border-b border-slate-100 px-3 sm:px-6">
          <Button
            variant="ghost"
            size="sm"
            className="md:hidden"
            aria-label="Conversation history"
            onClick={() => setDrawerOpen(true)}
          >
            <MenuIcon className="size-5" />
          </Button>
          <h2 className="min-w-0 flex-1 truncate text-sm font-semibold text-slate-900">{title}</h2>
          <p className="hidden text-xs text-slate-500 lg:block">Grounded in O*NET, ESCO and BLS data</p>
          <Button
            variant="ghost"
            size="sm"
            className="md:hidden"
            aria-label="New conversation"
            onClick={() => go(null)}
          >
            <PlusIcon className="size-5" />
          </Button>
        </header>
        {pane}
      </section>
      <Dialog open={drawerOpen} onClose={() => setDrawerOpen(false)} title="Conversations" variant="sheet">
        <div className="-mx-6 -my-5 flex h-full flex-col">{list}</div>
      </Dialog>
    </div>
  );
}
