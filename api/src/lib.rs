//! Postbay's HTTP side: the REST admin API under `/api/v1`, its OpenAPI document, health
//! endpoints, and the server start-up the `postbay` binary runs.

pub mod config;
mod docs;
pub mod extract;
#[cfg(test)]
mod fuzz;
pub mod https;
pub mod jsonrpc;
pub mod listeners;
pub mod middleware;
pub mod problem;
pub mod rest;
pub mod server;
pub mod tls;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use postbay_core::auth::TokenKeys;
use sqlx::PgPool;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::problem::ApiError;

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    pub pool: PgPool,
    pub keys: TokenKeys,
    pub max_body_bytes: usize,
    /// The mail services as this process's static configuration sets them up.
    pub services: std::sync::Arc<[postbay_core::services::ServiceDefault]>,
    /// Seals the secrets the server must replay (relay passwords).
    pub secret_key: postbay_core::secrets::SecretKey,
    /// For connection tests of remote POP3 accounts.
    pub dns: postbay_dns::Dns,
    pub client_tls: postbay_listener::client_tls::TlsConfigs,
    /// The cap on waits for remote servers (connection tests of remote POP3 accounts).
    pub peer_timeouts: postbay_listener::peer_timeouts::PeerTimeouts,
    /// Whether the API itself serves TLS (`POSTBAY_API_TLS`): its cookies are then `Secure`
    /// and its answers carry `Strict-Transport-Security`.
    pub api_tls: bool,
    /// The server's DNS name (the MX and client host in a domain's recommended records).
    pub hostname: std::sync::Arc<str>,
    /// Delivers what an administrator releases from the quarantine.
    pub pipeline: postbay_delivery::Pipeline,
    /// This process as a node: its live connections, published for every node's API.
    pub node: std::sync::Arc<postbay_status::Node>,
}

impl AppState {
    /// What a domain's recommended DNS records are made from, besides the domain.
    pub fn records_server(&self) -> postbay_domainauth::records::Server<'_> {
        postbay_domainauth::records::Server {
            hostname: &self.hostname,
            services: &self.services,
        }
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "Postbay admin API", description = "Provisioning for multi-tenant mail hosting: tenants, domains, accounts, groups, aliases.", license(name = "Apache-2.0", identifier = "Apache-2.0")),
    servers((url = "/api/v1")),
    modifiers(&SecuritySchemes),
    security(("bearer" = []), ("apiKey" = [])),
    components(schemas(problem::Problem, postbay_core::list::Sort, postbay_usage::report::ExportFormat, postbay_usage::report::UsageLevel)),
    tags(
        (name = "auth", description = "Sessions and login protection"),
        (name = "tenants", description = "The tenant tree: server, resellers, customers"),
        (name = "domains", description = "Mail domains and domain aliases"),
        (name = "accounts", description = "User accounts (mailboxes)"),
        (name = "groups", description = "Groups and their members"),
        (name = "aliases", description = "Address aliases and resolution"),
        (name = "templates", description = "User templates"),
        (name = "apiKeys", description = "API keys for automation"),
        (name = "audit", description = "The audit log"),
        (name = "settings", description = "Server-wide settings"),
        (name = "ipGroups", description = "IP address groups for relay control and the SMTP limits"),
        (name = "services", description = "The mail listeners: addresses, connection limits, allowed IP groups"),
        (name = "queue", description = "The outbound queue: entries, retry, hold, release, remove, flush"),
        (name = "collection", description = "Remote POP3 accounts, their sorting rules, and collection runs (\"download now\")"),
        (name = "filtering", description = "Content filtering: the spam score, its thresholds and the external engine"),
        (name = "messages", description = "An account's stored mail: search (audited) and the search index's progress"),
        (name = "rules", description = "Users' own mail rules: Sieve scripts stored, checked and activated"),
        (name = "mailAuth", description = "Sender authentication of hosted domains: the mail-auth settings, DKIM keys, the DNS records a domain publishes and their check"),
        (name = "scheduler", description = "Time ranges, scheduled events (queue flushes, ETRN) and ETRN servers"),
        (name = "logs", description = "The server's logs by family (mail, security, warning, error, spam, operations, debug): searched, exported, kept per family"),
        (name = "status", description = "Live status of every node: connections and the folders they hold open"),
        (name = "usage", description = "Usage for billing: daily snapshots per account, domain and tenant, read for a period and exported as CSV or NDJSON"),
        (name = "credentials", description = "Client access: an account's app passwords, bearer tokens for the mail protocols (SASL OAUTHBEARER and XOAUTH2), one-time login links and second factor (TOTP); the login policies of accounts and tenants"),
        (name = "plans", description = "Service plans: named sets of limits a tenant sells, given to the tenants, domains and accounts below it"),
        (name = "webhooks", description = "Signed event notifications to a tenant's URLs (Standard Webhooks): subscriptions, their delivery log, redelivery and a ping"),
        (name = "certificates", description = "The server's TLS certificates: uploaded, self-signed or ordered from an ACME CA, renewed, and served by SNI on every TLS listener"),
    )
)]
struct ApiDoc;

struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT or API key")
                    .build(),
            ),
        );
        components.add_security_scheme(
            "apiKey",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new("X-Api-Key"))),
        );
    }
}

fn public_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(rest::auth::login))
        .routes(routes!(rest::auth::refresh))
        .routes(routes!(rest::auth::redeem_login_link))
}

fn protected_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(rest::auth::logout))
        .routes(routes!(rest::auth::who_am_i))
        .routes(routes!(rest::auth::list_lockouts, rest::auth::unlock_all))
        .routes(routes!(
            rest::settings::get_security_settings,
            rest::settings::update_security_settings
        ))
        .routes(routes!(
            rest::settings::get_smtp_security,
            rest::settings::update_smtp_security
        ))
        .routes(routes!(
            rest::settings::get_lifecycle_settings,
            rest::settings::update_lifecycle_settings
        ))
        .routes(routes!(
            rest::ip_groups::list_ip_groups,
            rest::ip_groups::create_ip_group
        ))
        .routes(routes!(
            rest::ip_groups::get_ip_group,
            rest::ip_groups::replace_ip_group,
            rest::ip_groups::delete_ip_group
        ))
        .routes(routes!(rest::queue::list_queue))
        .routes(routes!(rest::queue::get_queue_stats))
        .routes(routes!(rest::queue::get_queue_entry))
        .routes(routes!(rest::queue::retry_queue))
        .routes(routes!(rest::queue::delete_queue_entries))
        .routes(routes!(rest::queue::hold_queue_entries))
        .routes(routes!(rest::queue::release_queue_entries))
        .routes(routes!(rest::queue::flush_queue_domain))
        .routes(routes!(
            rest::outbound_settings::get_delivery_settings,
            rest::outbound_settings::update_delivery_settings
        ))
        .routes(routes!(
            rest::schedule::create_time_range,
            rest::schedule::list_time_ranges
        ))
        .routes(routes!(rest::schedule::delete_time_range))
        .routes(routes!(
            rest::schedule::create_scheduled_event,
            rest::schedule::list_scheduled_events
        ))
        .routes(routes!(
            rest::schedule::update_scheduled_event,
            rest::schedule::delete_scheduled_event
        ))
        .routes(routes!(
            rest::schedule::create_etrn_server,
            rest::schedule::list_etrn_servers
        ))
        .routes(routes!(rest::schedule::delete_etrn_server))
        .routes(routes!(
            rest::collection::create_pop3_account,
            rest::collection::list_pop3_accounts
        ))
        .routes(routes!(
            rest::collection::get_pop3_account,
            rest::collection::update_pop3_account,
            rest::collection::delete_pop3_account
        ))
        .routes(routes!(rest::collection::test_pop3_account))
        .routes(routes!(
            rest::collection::create_sorting_rule,
            rest::collection::list_sorting_rules
        ))
        .routes(routes!(
            rest::collection::update_sorting_rule,
            rest::collection::delete_sorting_rule
        ))
        .routes(routes!(rest::collection::run_pop3_collection))
        .routes(routes!(rest::collection::get_collection_job))
        .routes(routes!(rest::services::list_services))
        .routes(routes!(
            rest::services::get_service,
            rest::services::update_service
        ))
        .routes(routes!(
            rest::api_keys::create_api_key,
            rest::api_keys::list_api_keys
        ))
        .routes(routes!(rest::api_keys::delete_api_key))
        .routes(routes!(rest::audit::list_audit_events))
        .routes(routes!(rest::accounts::bulk_accounts))
        .routes(routes!(rest::aliases::bulk_aliases))
        .routes(routes!(
            rest::tenants::create_tenant,
            rest::tenants::list_tenants
        ))
        .routes(routes!(
            rest::tenants::get_tenant,
            rest::tenants::update_tenant,
            rest::tenants::delete_tenant
        ))
        .routes(routes!(rest::tenants::restore_tenant))
        .routes(routes!(
            rest::domains::create_domain,
            rest::domains::list_domains
        ))
        .routes(routes!(
            rest::domains::get_domain,
            rest::domains::update_domain,
            rest::domains::delete_domain
        ))
        .routes(routes!(rest::domains::restore_domain))
        .routes(routes!(rest::domains::get_domain_usage))
        .routes(routes!(rest::domains::set_primary_domain))
        .routes(routes!(rest::domains::verify_domain))
        .routes(routes!(
            rest::mail_auth::get_mail_auth_settings,
            rest::mail_auth::update_mail_auth_settings
        ))
        .routes(routes!(
            rest::filter::get_spam_settings,
            rest::filter::update_spam_settings
        ))
        .routes(routes!(
            rest::filter::list_blocklists,
            rest::filter::create_blocklist
        ))
        .routes(routes!(
            rest::filter::update_blocklist,
            rest::filter::delete_blocklist
        ))
        .routes(routes!(rest::filter::get_filter_stats))
        .routes(routes!(
            rest::filter::list_spam_rules,
            rest::filter::create_spam_rule
        ))
        .routes(routes!(
            rest::filter::update_spam_rule,
            rest::filter::delete_spam_rule
        ))
        .routes(routes!(
            rest::filter::list_attachment_rules,
            rest::filter::create_attachment_rule
        ))
        .routes(routes!(rest::filter::delete_attachment_rule))
        .routes(routes!(
            rest::filter::get_domain_spam_settings,
            rest::filter::update_domain_spam_settings
        ))
        .routes(routes!(rest::filter::list_quarantine))
        .routes(routes!(rest::filter::release_quarantined))
        .routes(routes!(rest::filter::delete_quarantined))
        .routes(routes!(rest::messages::search_account_messages))
        .routes(routes!(rest::messages::get_search_index_status))
        .routes(routes!(
            rest::certificates::list_certificates,
            rest::certificates::upload_certificate
        ))
        .routes(routes!(
            rest::certificates::get_certificate,
            rest::certificates::update_certificate,
            rest::certificates::delete_certificate
        ))
        .routes(routes!(rest::certificates::create_self_signed_certificate))
        .routes(routes!(rest::certificates::request_certificate))
        .routes(routes!(rest::certificates::renew_certificate))
        .routes(routes!(
            rest::certificates::get_acme_settings,
            rest::certificates::update_acme_settings
        ))
        .routes(routes!(rest::logs::search_logs))
        .routes(routes!(rest::logs::export_logs))
        .routes(routes!(rest::logs::get_traffic_statistics))
        .routes(routes!(rest::status::list_connections))
        .routes(routes!(rest::status::list_open_folders))
        .routes(routes!(
            rest::webhooks::create_webhook,
            rest::webhooks::list_webhooks
        ))
        .routes(routes!(rest::plans::create_plan, rest::plans::list_plans))
        .routes(routes!(
            rest::credentials::list_app_passwords,
            rest::credentials::create_app_password
        ))
        .routes(routes!(rest::credentials::delete_app_password))
        .routes(routes!(
            rest::credentials::list_account_tokens,
            rest::credentials::create_account_token
        ))
        .routes(routes!(rest::credentials::revoke_account_token))
        .routes(routes!(rest::credentials::create_login_link))
        .routes(routes!(rest::autoconfig::account_mobileconfig))
        .routes(routes!(
            rest::credentials::get_totp,
            rest::credentials::enrol_totp,
            rest::credentials::delete_totp
        ))
        .routes(routes!(rest::credentials::confirm_totp))
        .routes(routes!(
            rest::credentials::get_account_login_policy,
            rest::credentials::set_account_login_policy
        ))
        .routes(routes!(
            rest::credentials::get_tenant_login_policy,
            rest::credentials::set_tenant_login_policy
        ))
        .routes(routes!(
            rest::plans::get_plan,
            rest::plans::update_plan,
            rest::plans::delete_plan
        ))
        .routes(routes!(
            rest::webhooks::get_webhook,
            rest::webhooks::update_webhook,
            rest::webhooks::delete_webhook
        ))
        .routes(routes!(
            rest::sending_limits::get_account_sending_limits,
            rest::sending_limits::update_account_sending_limits
        ))
        .routes(routes!(
            rest::sending_limits::get_domain_sending_limits,
            rest::sending_limits::update_domain_sending_limits
        ))
        .routes(routes!(
            rest::sending_limits::get_tenant_sending_limits,
            rest::sending_limits::update_tenant_sending_limits
        ))
        .routes(routes!(rest::usage::get_usage))
        .routes(routes!(rest::usage::export_usage))
        .routes(routes!(rest::usage::take_usage_snapshot))
        .routes(routes!(rest::webhooks::list_webhook_deliveries))
        .routes(routes!(rest::webhooks::redeliver_webhook))
        .routes(routes!(rest::webhooks::ping_webhook))
        .routes(routes!(
            rest::logs::get_log_settings,
            rest::logs::update_log_settings
        ))
        .routes(routes!(rest::sieve::list_sieve_scripts))
        .routes(routes!(
            rest::sieve::get_sieve_script,
            rest::sieve::put_sieve_script,
            rest::sieve::delete_sieve_script
        ))
        .routes(routes!(rest::sieve::activate_sieve_script))
        .routes(routes!(rest::sieve::check_sieve_script))
        .routes(routes!(
            rest::filter_rules::list_filter_rules,
            rest::filter_rules::replace_filter_rules
        ))
        .routes(routes!(
            rest::filter_rules::get_vacation,
            rest::filter_rules::update_vacation
        ))
        .routes(routes!(
            rest::filter_rules::get_forwarding,
            rest::filter_rules::update_forwarding
        ))
        .routes(routes!(
            rest::sieve::get_domain_sieve_script,
            rest::sieve::put_domain_sieve_script,
            rest::sieve::delete_domain_sieve_script
        ))
        .routes(routes!(
            rest::filter::get_user_spam_settings,
            rest::filter::update_user_spam_settings
        ))
        .routes(routes!(
            rest::filter::get_antivirus_settings,
            rest::filter::update_antivirus_settings
        ))
        .routes(routes!(
            rest::mail_auth::get_domain_mail_auth_policy,
            rest::mail_auth::update_domain_mail_auth_policy
        ))
        .routes(routes!(
            rest::mail_auth::list_dkim_keys,
            rest::mail_auth::create_dkim_key
        ))
        .routes(routes!(
            rest::mail_auth::update_dkim_key,
            rest::mail_auth::delete_dkim_key
        ))
        .routes(routes!(rest::mail_auth::get_domain_dns_records))
        .routes(routes!(rest::mail_auth::check_domain_dns))
        .routes(routes!(
            rest::domains::list_domain_aliases,
            rest::domains::create_domain_alias
        ))
        .routes(routes!(rest::domains::delete_domain_alias))
        .routes(routes!(rest::accounts::create_account))
        .routes(routes!(rest::accounts::import_accounts))
        .routes(routes!(rest::accounts::list_accounts))
        .routes(routes!(
            rest::accounts::get_account,
            rest::accounts::update_account,
            rest::accounts::delete_account
        ))
        .routes(routes!(rest::accounts::restore_account))
        .routes(routes!(rest::groups::create_group))
        .routes(routes!(rest::groups::list_groups))
        .routes(routes!(
            rest::groups::get_group,
            rest::groups::update_group,
            rest::groups::delete_group
        ))
        .routes(routes!(
            rest::groups::list_group_members,
            rest::groups::add_group_members
        ))
        .routes(routes!(rest::groups::remove_group_member))
        .routes(routes!(rest::aliases::create_alias))
        .routes(routes!(rest::aliases::list_aliases))
        .routes(routes!(
            rest::aliases::get_alias,
            rest::aliases::update_alias,
            rest::aliases::delete_alias
        ))
        .routes(routes!(rest::aliases::resolve_address))
        .routes(routes!(
            rest::templates::create_user_template,
            rest::templates::list_user_templates
        ))
        .routes(routes!(
            rest::templates::get_user_template,
            rest::templates::update_user_template,
            rest::templates::delete_user_template
        ))
}

/// The OpenAPI document, as served and as committed in `openapi/postbay.json`.
pub fn openapi() -> utoipa::openapi::OpenApi {
    let (_, api) = OpenApiRouter::<AppState>::with_openapi(ApiDoc::openapi())
        .merge(public_routes())
        .merge(protected_routes())
        .split_for_parts();
    let mut api = api;
    jsonrpc::document_in_openapi(&mut api);
    api
}

/// The whole HTTP application.
pub fn router(state: AppState) -> Router {
    let protected = protected_routes()
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::idempotency,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::authenticate,
        ));
    let (api, document) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(public_routes())
        .merge(protected)
        .split_for_parts();
    let mut document = document;
    jsonrpc::document_in_openapi(&mut document);
    let document = std::sync::Arc::new(document);
    Router::new()
        .nest(
            "/api/v1",
            api.route(
                "/openapi.json",
                get(move || async move { axum::Json(document.as_ref().clone()) }),
            ),
        )
        .merge(docs::routes())
        .route("/healthz", get(|| async { "ok" }))
        // RFC 8461: the policy of `mta-sts.<domain>`, public.
        .route(
            "/.well-known/mta-sts.txt",
            get(rest::mail_auth::mta_sts_policy),
        )
        .route("/readyz", get(readyz))
        // Mail clients' autoconfiguration, public: Thunderbird asks `autoconfig.<domain>` or the
        // well-known path; Outlook POSTs to Autodiscover (in either case of its path).
        .route(
            "/mail/config-v1.1.xml",
            get(rest::autoconfig::thunderbird_config),
        )
        .route(
            "/.well-known/autoconfig/mail/config-v1.1.xml",
            get(rest::autoconfig::thunderbird_config),
        )
        .route(
            "/autodiscover/autodiscover.xml",
            post(rest::autoconfig::outlook_autodiscover),
        )
        .route(
            "/Autodiscover/Autodiscover.xml",
            post(rest::autoconfig::outlook_autodiscover),
        )
        // RFC 8555 8.3: HTTP-01 challenges of certificate orders, public (the CA asks).
        .route(
            "/.well-known/acme-challenge/{token}",
            get(rest::certificates::acme_challenge),
        )
        .fallback(|| async {
            ApiError::new(StatusCode::NOT_FOUND, "no_route", "no such endpoint", None)
        })
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::buffer_body,
        ))
        .layer(DefaultBodyLimit::max(state.max_body_bytes))
        // JSON-RPC reads its own body, so an oversized one still gets a JSON-RPC error.
        .route(jsonrpc::PATH, post(jsonrpc::handle))
        .route(jsonrpc::PATH.trim_end_matches('/'), post(jsonrpc::handle))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::security_headers,
        ))
        .route_layer(axum::middleware::from_fn(middleware::request_metrics))
        .with_state(state)
}

/// Ready for traffic: the database answers within 2 s and its schema is the one this build
/// migrates to (every listener is bound before the API starts answering at all).
async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    match postbay_database::ready(&state.pool, std::time::Duration::from_secs(2)).await {
        Ok(()) => (StatusCode::OK, "ready".to_string()),
        Err(why) => (StatusCode::SERVICE_UNAVAILABLE, why),
    }
}
