"use client";

import type { CheckoutRequest, PortalRequest } from "@hirefolio/shared";
import { useMutation, useQuery } from "@tanstack/react-query";
import { billingKeys, fetchBilling, openPortal, startCheckout } from "../api";

export function useBilling() {
  return useQuery({ queryKey: billingKeys.overview, queryFn: fetchBilling });
}

/** Checkout and the portal are Stripe's pages: on success the browser goes there. */
function useStripeRedirect<T>(create: (input: T) => Promise<{ url: string }>) {
  return useMutation({
    mutationFn: create,
    onSuccess: ({ url }) => window.location.assign(url),
  });
}

export const useCheckout = () => useStripeRedirect((input: CheckoutRequest) => startCheckout(input));
export const usePortal = () => useStripeRedirect((input: PortalRequest) => openPortal(input));
