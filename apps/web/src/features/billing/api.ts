import type { BillingOverview, BillingRedirect, CheckoutRequest, PortalRequest } from "@hirefolio/shared";
import { api } from "@/lib/api-client";

export const billingKeys = { overview: ["billing"] as const };

export const fetchBilling = () => api.get<BillingOverview>("/api/v1/billing");
export const startCheckout = (input: CheckoutRequest) => api.post<BillingRedirect>("/api/v1/billing/checkout", input);
export const openPortal = (input: PortalRequest = {}) => api.post<BillingRedirect>("/api/v1/billing/portal", input);
