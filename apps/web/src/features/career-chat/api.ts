import type {
  CareerChatFeedback,
  CareerConversation,
  CareerConversationDetail,
  careerConversationPageSchema,
} from "@hirefolio/shared";
import { type InfiniteData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api } from "@/lib/api-client";

type ConversationPage = z.infer<typeof careerConversationPageSchema>;

export const conversationsPath = "/api/v1/career-chat/conversations";

/** Where `useChat` posts a question; the API answers with an AI SDK UI message stream. */
export const messagesPath = (conversationId: string) => `${conversationsPath}/${conversationId}/messages`;

export const careerChatKeys = {
  list: ["career-chat", "conversations"] as const,
  detail: (id: string) => ["career-chat", "conversation", id] as const,
};

/** The caller's conversations, newest first, a page at a time. */
export function useConversations() {
  return useInfiniteQuery({
    queryKey: careerChatKeys.list,
    queryFn: ({ pageParam }) =>
      api.get<ConversationPage>(conversationsPath, { query: { limit: 30, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** One conversation with its stored messages; the chat owns them once mounted, so no background refetching. */
export function useConversation(id: string | null) {
  return useQuery({
    queryKey: careerChatKeys.detail(id ?? ""),
    queryFn: () => api.get<CareerConversationDetail>(`${conversationsPath}/${id}`),
    enabled: id !== null,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

/** Creating, renaming and deleting conversations; each keeps the cached list in step. */
export function useConversationMutations() {
  const queryClient = useQueryClient();
  const refreshList = () => queryClient.invalidateQueries({ queryKey: careerChatKeys.list });
  const replaceInList = (updated: CareerConversation) =>
    queryClient.setQueryData<InfiniteData<ConversationPage>>(careerChatKeys.list, (data) =>
      data
        ? {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              items: page.items.map((item) => (item.id === updated.id ? updated : item)),
            })),
          }
        : data,
    );

  return {
    create: useMutation({
      mutationFn: () => api.post<CareerConversation>(conversationsPath, {}),
      onSuccess: (conversation) => {
        // The new chat opens at once instead of waiting for a GET that can only return no messages.
        queryClient.setQueryData<CareerConversationDetail>(careerChatKeys.detail(conversation.id), {
          ...conversation,
          messages: [],
        });
        return refreshList();
      },
    }),
    rename: useMutation({
      mutationFn: ({ id, title }: { id: string; title: string }) =>
        api.patch<CareerConversation>(`${conversationsPath}/${id}`, { title }),
      onSuccess: (conversation) => {
        replaceInList(conversation);
        return refreshList();
      },
    }),
    remove: useMutation({
      mutationFn: (id: string) => api.delete(`${conversationsPath}/${id}`),
      onSuccess: (_result, id) => {
        queryClient.removeQueries({ queryKey: careerChatKeys.detail(id) });
        return refreshList();
      },
    }),
    /** After an answer: the server may have titled the conversation, and its stored messages changed. */
    answered: (id: string) => {
      queryClient.invalidateQueries({ queryKey: careerChatKeys.detail(id), refetchType: "none" });
      return refreshList();
    },
  };
}

/** Thumbs and "accept" for one of the coach's answers; the API records them for the success metrics. */
export function useMessageFeedback(conversationId: string, messageId: string) {
  return useMutation({
    mutationFn: (feedback: Partial<CareerChatFeedback>) =>
      api.post(`${conversationsPath}/${conversationId}/messages/${messageId}/feedback`, feedback),
  });
}

/** The conversation's 1–5 stars: shown at once, kept in the cached conversation, rolled back if refused. */
export function useRateConversation(conversationId: string) {
  const queryClient = useQueryClient();
  const key = careerChatKeys.detail(conversationId);
  const setRating = (rating: number | null) =>
    queryClient.setQueryData<CareerConversationDetail>(key, (detail) => detail && { ...detail, rating });
  return useMutation({
    mutationFn: (rating: number) =>
      api.put<CareerConversation>(`${conversationsPath}/${conversationId}/rating`, { rating }),
    onMutate: (rating) => {
      const before = queryClient.getQueryData<CareerConversationDetail>(key)?.rating ?? null;
      setRating(rating);
      return { before };
    },
    onError: (_error, _rating, context) => setRating(context?.before ?? null),
  });
}
