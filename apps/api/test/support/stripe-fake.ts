import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { text } from "node:stream/consumers";

export interface StripeRequest {
  method: string;
  path: string;
  /** The form fields as Stripe's library encodes them, e.g. `line_items[0][price]`. */
  form: Record<string, string>;
  headers: IncomingMessage["headers"];
}

const now = () => Math.floor(Date.now() / 1000);
const id = (prefix: string) => `${prefix}_${crypto.randomUUID().replaceAll("-", "").slice(0, 24)}`;

/**
 * A subscription as Stripe's API returns it (2026 API versions: the billing period is on the item). Only the fields
 * Hirefolio reads are filled with meaning; the rest keep Stripe's shape.
 */
export function stripeSubscription(values: {
  id: string;
  customer: string;
  price: string;
  status: string;
  quantity?: number;
  cancelAtPeriodEnd?: boolean;
  periodEnd?: number;
  created?: number;
}) {
  const created = values.created ?? now();
  const periodEnd = values.periodEnd ?? created + 30 * 86_400;
  return {
    id: values.id,
    object: "subscription",
    application: null,
    billing_cycle_anchor: created,
    cancel_at: values.cancelAtPeriodEnd ? periodEnd : null,
    cancel_at_period_end: values.cancelAtPeriodEnd ?? false,
    canceled_at: values.status === "canceled" ? created : null,
    collection_method: "charge_automatically",
    created,
    currency: "usd",
    customer: values.customer,
    default_payment_method: null,
    ended_at: values.status === "canceled" ? created : null,
    items: {
      object: "list",
      data: [
        {
          id: `si_${values.id.slice(4)}`,
          object: "subscription_item",
          created,
          current_period_end: periodEnd,
          current_period_start: created,
          metadata: {},
          price: {
            id: values.price,
            object: "price",
            active: true,
            currency: "usd",
            product: "prod_hirefolio",
            recurring: { interval: "month", interval_count: 1, usage_type: "licensed" },
            type: "recurring",
            unit_amount: 1200,
          },
          quantity: values.quantity ?? 1,
          subscription: values.id,
        },
      ],
      has_more: false,
      total_count: 1,
      url: `/v1/subscription_items?subscription=${values.id}`,
    },
    latest_invoice: null,
    livemode: false,
    metadata: {},
    start_date: created,
    status: values.status,
  };
}

/**
 * Stripe's API at the HTTP level, for the calls Hirefolio makes: answers with the objects Stripe returns (field
 * names from its API reference) and records each request so tests can check what was sent.
 */
export async function startStripeFake() {
  const requests: StripeRequest[] = [];
  const subscriptions = new Map<string, ReturnType<typeof stripeSubscription>>();

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://stripe.test");
    const body = await text(request);
    const form = Object.fromEntries(new URLSearchParams(body));
    requests.push({ method: request.method ?? "GET", path: url.pathname, form, headers: request.headers });
    const reply = (status: number, json: unknown) => {
      response.writeHead(status, { "content-type": "application/json", "request-id": id("req") });
      response.end(JSON.stringify(json));
    };
    const created = now();
    if (request.method === "POST" && url.pathname === "/v1/customers") {
      const metadata = Object.fromEntries(
        Object.entries(form).flatMap(([k, v]) => (k.startsWith("metadata[") ? [[k.slice(9, -1), v]] : [])),
      );
      return reply(200, {
        id: id("cus"),
        object: "customer",
        address: null,
        balance: 0,
        created,
        currency: null,
        default_source: null,
        delinquent: false,
        description: null,
        email: form.email ?? null,
        invoice_prefix: "HF0001",
        invoice_settings: { custom_fields: null, default_payment_method: null, footer: null },
        livemode: false,
        metadata,
        name: form.name ?? null,
        phone: null,
        preferred_locales: [],
        shipping: null,
        tax_exempt: "none",
      });
    }
    if (request.method === "POST" && url.pathname === "/v1/checkout/sessions") {
      const sessionId = id("cs_test");
      return reply(200, {
        id: sessionId,
        object: "checkout.session",
        cancel_url: form.cancel_url,
        client_reference_id: form.client_reference_id ?? null,
        created,
        currency: "usd",
        customer: form.customer ?? null,
        expires_at: created + 86_400,
        livemode: false,
        metadata: {},
        mode: form.mode,
        payment_status: "unpaid",
        status: "open",
        subscription: null,
        success_url: form.success_url,
        url: `https://checkout.stripe.com/c/pay/${sessionId}`,
      });
    }
    if (request.method === "POST" && url.pathname === "/v1/billing_portal/sessions") {
      return reply(200, {
        id: id("bps"),
        object: "billing_portal.session",
        configuration: "bpc_default",
        created,
        customer: form.customer,
        flow: null,
        livemode: false,
        locale: null,
        on_behalf_of: null,
        return_url: form.return_url ?? null,
        url: `https://billing.stripe.com/p/session/test_${id("x").slice(2)}`,
      });
    }
    const subscription = url.pathname.match(/^\/v1\/subscriptions\/([^/]+)$/);
    if (request.method === "GET" && subscription) {
      const found = subscriptions.get(subscription[1] as string);
      if (found) return reply(200, found);
      return reply(404, {
        error: {
          code: "resource_missing",
          message: `No such subscription: '${subscription[1]}'`,
          param: "id",
          type: "invalid_request_error",
        },
      });
    }
    reply(404, {
      error: {
        message: `Unrecognized request URL (${request.method}: ${url.pathname}).`,
        type: "invalid_request_error",
      },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** What GET /v1/subscriptions/:id answers from now on. */
    setSubscription: (value: ReturnType<typeof stripeSubscription>) => subscriptions.set(value.id, value),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
