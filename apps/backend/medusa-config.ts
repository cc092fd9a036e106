import { defineConfig, Modules } from "@medusajs/framework/utils"
import { env } from "./src/env"
import { fileModule } from "./src/lib/file-storage"

// Redis-backed infrastructure when REDIS_URL is set (production, docker-compose);
// Medusa's in-memory defaults otherwise (a fresh dev machine with nothing installed).
const redisModules = env.REDIS_URL
  ? [
      {
        key: Modules.EVENT_BUS,
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl: env.REDIS_URL },
      },
      {
        key: Modules.WORKFLOW_ENGINE,
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl: env.REDIS_URL } },
      },
      {
        key: Modules.LOCKING,
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              // Flash sales queue many checkouts on one inventory item's lock; Medusa's 5 s default wait turns that
              // queue into 409s (measured in bench/livestream.ts), so waiters get the same 30 s the cart lock gives.
              options: { redisUrl: env.REDIS_URL, waitLockingTimeout: 30 },
            },
          ],
        },
      },
    ]
  : []

// Medusa's Caching Module serves the store API's product reads (GET /store/products and, through our route in
// src/api/store/products/[id], a product page) and its region, price-context and promotion look-ups; its strategy
// clears entries by tags on every module event (product, variant, price, cooperative…). Redis when REDIS_URL is set,
// so every process shares one cache and one event stream; otherwise Medusa's built-in memory provider, which is
// right only for the single process such a setup runs (its events are in-process too).
// STORE_CACHE=off turns it off (bench/catalog.ts measures with and without it in one run). Integration specs run
// without it unless they ask (STORE_CACHE=on): Medusa's test runner restores the database between tests behind the
// cache's back, with no event to clear it, which no running shop does.
const storeCache = env.STORE_CACHE
const cachingModule = {
  key: Modules.CACHING,
  resolve: "@medusajs/medusa/caching",
  options: env.REDIS_URL
    ? {
        providers: [
          {
            resolve: "@medusajs/medusa/caching-redis",
            id: "caching-redis",
            is_default: true,
            options: { redisUrl: env.REDIS_URL },
          },
        ],
      }
    : { in_memory: { enable: true } },
}

// Payments: Medusa's system provider always (orders complete with no payment account, as in the demo);
// Medusa's Stripe provider (id pp_stripe_stripe, signed webhooks at /hooks/payment/stripe_stripe) when STRIPE_API_KEY is set.
const paymentModule = {
  key: Modules.PAYMENT,
  resolve: "@medusajs/medusa/payment",
  options: {
    webhook_delay: env.PAYMENT_WEBHOOK_DELAY_MS,
    providers: env.STRIPE_API_KEY
      ? [
          {
            resolve: "./src/modules/stripe-payment",
            id: "stripe",
            // Captured at payment (Alipay and WeChat Pay cannot hold funds); methods and CNY in src/modules/stripe-payment.
            options: {
              apiKey: env.STRIPE_API_KEY,
              webhookSecret: env.STRIPE_WEBHOOK_SECRET,
              apiBase: env.STRIPE_API_BASE,
              capture: true,
            },
          },
        ]
      : [],
  },
}

// Notifications (templates in src/lib/email): email goes over SMTP when SMTP_URL is set, otherwise Medusa's local
// provider writes it to the log (and always takes SMS). Sent notifications are stored under idempotency keys, so a
// repeated event never mails twice.
const notificationModule = {
  key: Modules.NOTIFICATION,
  resolve: "@medusajs/medusa/notification",
  options: {
    providers: env.SMTP_URL
      ? [
          {
            resolve: "./src/modules/notification-smtp",
            id: "smtp",
            options: { channels: ["email"], url: env.SMTP_URL, from: env.SMTP_FROM },
          },
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["sms"] } },
        ]
      : [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email", "sms"] } }],
  },
}

// Product search (src/search/product.ts): our PostgreSQL provider that reads Chinese and pinyin always, and
// Meilisearch as the default when MEILISEARCH_HOST is set (PostgreSQL stays registered so a switch can migrate).
const searchModule = {
  key: Modules.SEARCH,
  resolve: "@medusajs/medusa/search",
  options: {
    providers: [
      { resolve: "./src/modules/search-postgres-zh", id: "postgres" },
      ...(env.MEILISEARCH_HOST
        ? [
            {
              resolve: "./src/modules/search-meilisearch",
              id: "meilisearch",
              options: { host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY },
            },
          ]
        : []),
    ],
    default_provider: env.MEILISEARCH_HOST ? "search-meilisearch" : "search-postgres-zh",
  },
}

// The relief ledger; a process that serves reports loads its report copy 5 s after start (a worker never reports).
const reliefLedgerModule = {
  resolve: "./src/modules/relief-ledger",
  options: { warm_reports_after_ms: env.MEDUSA_WORKER_MODE === "worker" ? undefined : 5_000 },
}

// Hosts, live sessions, cart links, capped live offers and commission (see ARCHITECTURE.md, "Livestream").
const livestreamModule = {
  resolve: "./src/modules/livestream",
  options: { refund_window_days: env.LIVE_REFUND_WINDOW_DAYS, hold_minutes: env.LIVE_HOLD_MINUTES },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
  },
  admin: {
    disable: env.MEDUSA_DISABLE_ADMIN || env.MEDUSA_WORKER_MODE === "worker",
    backendUrl: env.MEDUSA_BACKEND_URL,
  },
  featureFlags: {
    translation: true,
    caching: storeCache,
  },
  modules: [
    { resolve: "@medusajs/medusa/translation" },
    { resolve: "./src/modules/cooperative" },
    reliefLedgerModule,
    { resolve: "./src/modules/official" },
    { resolve: "./src/modules/report-subscription" },
    { resolve: "./src/modules/report-verification" },
    livestreamModule,
    { resolve: "./src/modules/settlement" },
    paymentModule,
    notificationModule,
    searchModule,
    fileModule(env),
    ...redisModules,
    ...(storeCache ? [cachingModule] : []),
  ],
})
