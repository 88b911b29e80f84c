//! The method catalogue: each `Interface.method`, its parameters and result, and the one core
//! function it calls. The `methods!` table is the single list both dispatch and the
//! documentation (OpenAPI extension, OpenRPC) are made from.

use std::collections::HashSet;

use postbay_core::access::{Principal, Role};
use postbay_core::accounts::{self, BulkAccounts, BulkCreateAccount};
use postbay_core::aliases::{self, BulkAliases, BulkCreateAlias, ResolveRequest};
use postbay_core::auth::{self, ClientApplication, LoginRequest};
use postbay_core::domains::{self, DeleteDomainParams};
use postbay_core::groups::{self, MemberList};
use postbay_core::ids::{AccountId, AliasId, DomainId, GroupId, TemplateId, TenantId};
use postbay_core::search::{SearchPage, SearchQuery};
use postbay_core::settings::SmtpSecurity;
use postbay_core::templates::{self, NewUserTemplate, UserTemplate, UserTemplatePatch};
use postbay_core::tenants::{self, NewTenant, Tenant, TenantPatch};
use postbay_core::{CoreError, CoreResult};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;
use utoipa::openapi::{RefOr, Schema};

use super::collection::*;
use super::model::{
    RpcAlias, RpcAliasPattern, RpcDomain, RpcDomainPattern, RpcGroup, RpcGroupPattern, RpcUser,
    RpcUserPattern, UserRight, UserRoleType,
};
use super::network::*;
use super::queue::*;
use super::{CallContext, METHOD_NOT_FOUND, RpcError};
use postbay_core::collection::{
    CollectionJob, ConnectionTest, NewPop3Account, Pop3Account, RunCollection, SortingRule,
};
use postbay_core::delivery::DeliverySettings;
use postbay_core::queue::{
    QueueActionResult, QueueFlush, QueuePage, QueueRemoval, QueueSelection, QueueStats,
};
use postbay_core::schedule::{
    EtrnServer, NewEtrnServer, NewTimeRange, ScheduledEvent, ScheduledEventInput, TimeRange,
};

/// How a method is documented.
pub struct MethodDoc {
    pub name: &'static str,
    pub summary: &'static str,
    /// Whether the method needs a session (or API key).
    pub session: bool,
    pub params: &'static str,
    pub result: &'static str,
    /// Adds the parameter and result schemas (and what they use) to `out`.
    pub schemas: fn(&mut Vec<(String, RefOr<Schema>)>),
}

fn collect<T: ToSchema>(out: &mut Vec<(String, RefOr<Schema>)>) {
    out.push((T::name().into_owned(), T::schema()));
    T::schemas(out);
}

macro_rules! invoke {
    (session, $handler:ident, $ctx:ident, $raw:ident) => {{
        let principal = $ctx.principal().await?;
        let params = decode($raw)?;
        to_json(&$handler($ctx, &principal, params).await?)
    }};
    (public, $handler:ident, $ctx:ident, $raw:ident) => {{
        let params = decode($raw)?;
        to_json(&$handler($ctx, params).await?)
    }};
}

macro_rules! is_session {
    (session) => {
        true
    };
    (public) => {
        false
    };
}

macro_rules! methods {
    ($( $name:literal => $handler:ident($params:ty) -> $result:ty, $auth:ident, $summary:literal; )*) => {
        /// Runs one call; the result comes back as JSON text, ready for the reply.
        pub(super) async fn dispatch(
            ctx: &mut CallContext<'_>,
            method: &str,
            raw: Value,
        ) -> Result<String, RpcError> {
            match method {
                $( $name => invoke!($auth, $handler, ctx, raw), )*
                _ => Err(RpcError::new(
                    METHOD_NOT_FOUND,
                    format!("there is no method {method}"),
                    "method_not_found",
                )),
            }
        }

        /// Every method, in catalogue order.
        pub fn catalogue() -> Vec<MethodDoc> {
            vec![ $( MethodDoc {
                name: $name,
                summary: $summary,
                session: is_session!($auth),
                params: stringify!($params),
                result: stringify!($result),
                schemas: |out| { collect::<$params>(out); collect::<$result>(out); },
            }, )* ]
        }
    };
}

methods! {
    "Session.login" => session_login(LoginParams) -> LoginResult, public,
        "Opens a session. Returns the token to send as X-Token; also sets the session cookie.";
    "Session.logout" => session_logout(NoParams) -> LogoutResult, public,
        "Ends the caller's session.";
    "Session.whoAmI" => session_who_am_i(NoParams) -> WhoAmIResult, session,
        "Who the session belongs to and what it may do.";
    "Version.getApiVersion" => version_get_api_version(NoParams) -> ApiVersionResult, public,
        "The version of this API.";
    "Server.getVersion" => server_get_version(NoParams) -> ServerVersionResult, session,
        "The product and its version.";
    "Tenants.get" => tenants_get(TenantsGetParams) -> TenantList, session,
        "Tenants in the caller's subtree matching a query.";
    "Tenants.create" => tenants_create(TenantsCreateParams) -> CreateResult, session,
        "Creates tenants; each valid item is created even when others fail.";
    "Tenants.set" => tenants_set(TenantsSetParams) -> ErrorList, session,
        "Applies one pattern to several tenants.";
    "Tenants.remove" => tenants_remove(TenantsRemoveParams) -> ErrorList, session,
        "Removes empty tenants.";
    "Domains.get" => domains_get(DomainsGetParams) -> DomainList, session,
        "Domains matching a query.";
    "Domains.create" => domains_create(DomainsCreateParams) -> CreateResult, session,
        "Creates domains; each valid item is created even when others fail.";
    "Domains.set" => domains_set(DomainsSetParams) -> ErrorList, session,
        "Applies one pattern to several domains.";
    "Domains.remove" => domains_remove(DomainsRemoveParams) -> ErrorList, session,
        "Removes domains (empty ones, unless cascade is set).";
    "Domains.setPrimary" => domains_set_primary(DomainsSetPrimaryParams) -> EmptyResult, session,
        "Makes a domain the primary one.";
    "Users.get" => users_get(UsersGetParams) -> UserList, session,
        "Users matching a query, optionally in one domain.";
    "Users.create" => users_create(UsersCreateParams) -> CreateResult, session,
        "Creates users; each valid item is created even when others fail.";
    "Users.set" => users_set(UsersSetParams) -> ErrorList, session,
        "Applies one pattern to several users.";
    "Users.remove" => users_remove(UsersRemoveParams) -> ErrorList, session,
        "Removes users.";
    "Groups.get" => groups_get(GroupsGetParams) -> GroupList, session,
        "Groups matching a query, optionally in one domain.";
    "Groups.create" => groups_create(GroupsCreateParams) -> CreateResult, session,
        "Creates groups; each valid item is created even when others fail.";
    "Groups.set" => groups_set(GroupsSetParams) -> ErrorList, session,
        "Applies one pattern to several groups.";
    "Groups.remove" => groups_remove(GroupsRemoveParams) -> ErrorList, session,
        "Removes groups.";
    "Groups.addMemberList" => groups_add_member_list(GroupMemberListParams) -> ErrorList, session,
        "Adds users of the group's domain to a group.";
    "Groups.removeMemberList" => groups_remove_member_list(GroupMemberListParams) -> ErrorList, session,
        "Removes users from a group.";
    "Aliases.get" => aliases_get(AliasesGetParams) -> AliasList, session,
        "Aliases matching a query, optionally in one domain.";
    "Aliases.create" => aliases_create(AliasesCreateParams) -> CreateResult, session,
        "Creates aliases; each valid item is created even when others fail.";
    "Aliases.set" => aliases_set(AliasesSetParams) -> ErrorList, session,
        "Applies one pattern to several aliases.";
    "Aliases.remove" => aliases_remove(AliasesRemoveParams) -> ErrorList, session,
        "Removes aliases.";
    "Aliases.check" => aliases_check(AliasesCheckParams) -> AliasCheckResult, session,
        "Where mail to an address goes: the final addresses after aliases, groups and forwarding.";
    "UserTemplates.get" => user_templates_get(UserTemplatesGetParams) -> UserTemplateList, session,
        "User templates matching a query, optionally those usable in one domain.";
    "UserTemplates.create" => user_templates_create(UserTemplatesCreateParams) -> CreateResult, session,
        "Creates user templates; each valid item is created even when others fail.";
    "UserTemplates.set" => user_templates_set(UserTemplatesSetParams) -> ErrorList, session,
        "Applies one pattern to several user templates.";
    "UserTemplates.remove" => user_templates_remove(UserTemplatesRemoveParams) -> ErrorList, session,
        "Removes user templates.";
    "IpAddressGroups.get" => ip_address_groups_get(NoParams) -> IpGroupList, session,
        "Every IP address group, with its entries.";
    "IpAddressGroups.create" => ip_address_groups_create(IpAddressGroupsCreateParams) -> CreateResult, session,
        "Creates IP address groups; each valid item is created even when others fail.";
    "IpAddressGroups.set" => ip_address_groups_set(IpAddressGroupsSetParams) -> ErrorList, session,
        "Replaces IP address groups' names, descriptions and entries.";
    "IpAddressGroups.remove" => ip_address_groups_remove(IpAddressGroupsRemoveParams) -> ErrorList, session,
        "Removes IP address groups that nothing uses.";
    "Services.get" => services_get(NoParams) -> ServiceList, session,
        "The mail services (listeners) and how they run.";
    "Services.set" => services_set(ServicesSetParams) -> ErrorList, session,
        "Changes services; running servers apply it within seconds, without a restart.";
    "SmtpServer.get" => smtp_server_get(NoParams) -> SmtpSecurity, session,
        "The SMTP server's relay control and security options.";
    "SmtpServer.set" => smtp_server_set(SmtpServerSetParams) -> EmptyResult, session,
        "Replaces the SMTP server's relay control and security options.";
    "Queue.get" => queue_get(QueueGetParams) -> QueuePage, session,
        "Outbound queue entries with recipients still to deliver, oldest first.";
    "Queue.getStats" => queue_get_stats(NoParams) -> QueueStats, session,
        "Messages, bytes, recipients by state and the oldest entry of the outbound queue.";
    "Queue.tryToSend" => queue_try_to_send(QueueSelection) -> QueueActionResult, session,
        "Retry now: the selected entries' waiting recipients are due at once.";
    "Queue.run" => queue_run(NoParams) -> QueueActionResult, session,
        "Every waiting recipient in the queue is due at once.";
    "Queue.remove" => queue_remove(QueueRemoval) -> QueueActionResult, session,
        "Removes entries, with or without a bounce to their senders.";
    "Queue.hold" => queue_hold(QueueSelection) -> QueueActionResult, session,
        "Holds entries: no attempt until released.";
    "Queue.release" => queue_release(QueueSelection) -> QueueActionResult, session,
        "Releases held entries: due at once.";
    "Queue.flush" => queue_flush(QueueFlush) -> QueueActionResult, session,
        "Delivers a domain's queued, deferred and held mail now.";
    "Delivery.get" => delivery_get(NoParams) -> DeliverySettings, session,
        "Outbound delivery settings: relay hosts, retry interval, warning and bounce times.";
    "Delivery.set" => delivery_set(DeliverySetParams) -> EmptyResult, session,
        "Replaces the delivery settings; relay passwords left out are kept.";
    "TimeRanges.get" => time_ranges_get(NoParams) -> TimeRangeList, session,
        "Every time range (UTC).";
    "TimeRanges.create" => time_ranges_create(NewTimeRange) -> TimeRange, session,
        "Creates a time range of daily, weekly and absolute parts.";
    "TimeRanges.remove" => time_ranges_remove(ObjectIdParams) -> EmptyResult, session,
        "Removes a time range no scheduled event uses.";
    "ScheduledEvents.get" => scheduled_events_get(NoParams) -> ScheduledEventList, session,
        "Every scheduled event with its last run and result.";
    "ScheduledEvents.create" => scheduled_events_create(ScheduledEventInput) -> ScheduledEvent, session,
        "Creates a scheduled event (flush the queue, send ETRN), every N minutes or daily.";
    "ScheduledEvents.set" => scheduled_events_set(ScheduledEventSetParams) -> ScheduledEvent, session,
        "Replaces a scheduled event's definition.";
    "ScheduledEvents.remove" => scheduled_events_remove(ObjectIdParams) -> EmptyResult, session,
        "Removes a scheduled event.";
    "EtrnServers.get" => etrn_servers_get(NoParams) -> EtrnServerList, session,
        "Every server this one sends ETRN to, with its last result.";
    "EtrnServers.create" => etrn_servers_create(NewEtrnServer) -> EtrnServer, session,
        "Adds a server to send ETRN to for some of our domains (password write-only).";
    "EtrnServers.remove" => etrn_servers_remove(ObjectIdParams) -> EmptyResult, session,
        "Removes an ETRN server.";
    "Pop3Accounts.get" => pop3_accounts_get(Pop3AccountsGetParams) -> Pop3AccountList, session,
        "A page of the remote POP3 accounts in the caller's reach (listPop3Accounts).";
    "Pop3Accounts.getOne" => pop3_accounts_get_one(Pop3AccountIdParams) -> Pop3Account, session,
        "One remote POP3 account with how its runs went (getPop3Account).";
    "Pop3Accounts.create" => pop3_accounts_create(NewPop3Account) -> Pop3Account, session,
        "Adds a remote POP3 mailbox to collect (createPop3Account; password write-only).";
    "Pop3Accounts.set" => pop3_accounts_set(Pop3AccountSetParams) -> Pop3Account, session,
        "Changes a remote POP3 account (updatePop3Account).";
    "Pop3Accounts.remove" => pop3_accounts_remove(Pop3AccountIdParams) -> EmptyResult, session,
        "Removes a remote POP3 account with its sorting rules (deletePop3Account).";
    "Pop3Accounts.test" => pop3_accounts_test(Pop3AccountIdParams) -> ConnectionTest, session,
        "Connects, negotiates TLS and logs in, downloading nothing (testPop3Account).";
    "SortingRules.get" => sorting_rules_get(SortingRulesGetParams) -> SortingRuleList, session,
        "An account's sorting rules in the order they are tried (listSortingRules).";
    "SortingRules.create" => sorting_rules_create(SortingRuleCreateParams) -> SortingRule, session,
        "Adds a sorting rule to an account (createSortingRule).";
    "SortingRules.set" => sorting_rules_set(SortingRuleSetParams) -> SortingRule, session,
        "Changes a sorting rule (updateSortingRule).";
    "SortingRules.remove" => sorting_rules_remove(SortingRuleRemoveParams) -> EmptyResult, session,
        "Removes a sorting rule (deleteSortingRule).";
    "Pop3Collection.run" => pop3_collection_run(RunCollection) -> CollectionJob, session,
        "Downloads now: one account, or every enabled one in reach; returns the job (runPop3Collection).";
    "Pop3Collection.getJob" => pop3_collection_get_job(CollectionJobParams) -> CollectionJob, session,
        "A collection job's state and per-account results (getCollectionJob).";
}

fn decode<T: DeserializeOwned>(raw: Value) -> Result<T, RpcError> {
    serde_path_to_error::deserialize(raw).map_err(|e| {
        let path = e.path().to_string();
        let field = (path != ".").then_some(path);
        RpcError::invalid_params(e.into_inner().to_string(), field)
    })
}

fn serialising_failed(e: serde_json::Error) -> RpcError {
    tracing::error!(error = %e, "serialising a JSON-RPC result");
    RpcError::new(super::INTERNAL_ERROR, "internal error", "internal")
}

/// A result as JSON text: serialised once, straight into the reply.
fn to_json(result: &impl Serialize) -> Result<String, RpcError> {
    serde_json::to_string(result).map_err(serialising_failed)
}

// ---------------------------------------------------------------------------------------------
// Shared shapes

#[derive(Debug, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NoParams {}

#[derive(Debug, Default, Serialize, ToSchema)]
pub struct EmptyResult {}

/// Kerio's `LocalizableMessageParameters`.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct MessageParameters {
    pub positional_parameters: Vec<String>,
    pub plurality: i32,
}

/// The failure of one item of a batch call (Kerio's `Error`). `data.code` is Postbay's stable
/// machine code and `data.field` the member at fault.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ItemError {
    /// Position of the item (or id) in the call's list.
    pub input_index: usize,
    pub code: i32,
    pub message: String,
    pub message_parameters: MessageParameters,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Value>,
}

impl ItemError {
    fn new(input_index: usize, error: CoreError) -> Self {
        let e = RpcError::from(error);
        Self {
            input_index,
            code: e.code,
            message: e.message,
            message_parameters: MessageParameters {
                positional_parameters: Vec::new(),
                plurality: 1,
            },
            data: e.data,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CreatedItem {
    pub input_index: usize,
    pub id: uuid::Uuid,
}

/// What a batch create returns: the ids of created items and the errors of the others.
#[derive(Debug, Default, Serialize, ToSchema)]
pub struct CreateResult {
    pub errors: Vec<ItemError>,
    pub result: Vec<CreatedItem>,
}

/// Core field names that the Kerio-shaped objects call differently.
const KERIO_FIELDS: [(&str, &str); 12] = [
    ("quotaBytes", "diskSizeLimit"),
    ("quotaMessages", "itemLimit"),
    ("addresses", "emailAddresses"),
    ("forwardTo", "emailForwarding.emailAddresses"),
    ("publishInAddressList", "publishInGal"),
    ("localOnly", "hasDomainRestriction"),
    ("maxOutgoingMessageSize", "outMessageLimit"),
    ("target", "deliverTo"),
    ("limits.maxAccounts", "userMaxCount"),
    ("limits.maxAliases", "aliasMaxCount"),
    ("limits.defaultQuotaBytes", "defaultDiskSizeLimit"),
    ("limits.maxQuotaBytes", "maxDiskSizeLimit"),
];

/// A core field name in the Kerio-shaped objects' terms.
fn kerio_field(field: &str) -> String {
    KERIO_FIELDS
        .iter()
        .find(|(core, _)| field == *core || field.starts_with(&format!("{core}[")))
        .map(|(core, kerio)| field.replacen(core, kerio, 1))
        .unwrap_or_else(|| field.to_string())
}

/// Names an error's field as the client sent it, under `prefix` (`users[3].`, `pattern.`).
fn locate(error: &mut ItemError, prefix: &str) {
    let Some(Value::Object(data)) = &mut error.data else {
        return;
    };
    let Some(field) = data.get("field").and_then(Value::as_str) else {
        return;
    };
    if field.starts_with(prefix.split(['[', '.']).next().unwrap_or(prefix)) {
        return;
    }
    let located = format!("{prefix}{}", kerio_field(field));
    data.insert("field".into(), Value::String(located));
}

impl CreateResult {
    /// Orders results and errors by input index and names each error's field in full.
    pub(super) fn finish(mut self, list: &str) -> Self {
        self.errors.sort_by_key(|e| e.input_index);
        self.result.sort_by_key(|r| r.input_index);
        for e in &mut self.errors {
            let prefix = format!("{list}[{}].", e.input_index);
            locate(e, &prefix);
        }
        self
    }

    pub(super) fn push(&mut self, index: usize, outcome: CoreResult<uuid::Uuid>) {
        match outcome {
            Ok(id) => self.result.push(CreatedItem {
                input_index: index,
                id,
            }),
            Err(e) => self.errors.push(ItemError::new(index, e)),
        }
    }
}

/// What set and remove return: an error for each id that failed.
#[derive(Debug, Default, Serialize, ToSchema)]
pub struct ErrorList {
    pub errors: Vec<ItemError>,
}

impl ErrorList {
    /// Names each error's field as a member of the pattern a set call applied.
    pub(super) fn in_pattern(mut self) -> Self {
        for e in &mut self.errors {
            locate(e, "pattern.");
        }
        self
    }

    fn push<T>(&mut self, index: usize, outcome: CoreResult<T>) {
        if let Err(e) = outcome {
            self.errors.push(ItemError::new(index, e));
        }
    }
}

/// Runs `f` on each id in turn (each its own transaction), collecting the failures.
pub(super) async fn each_id<I, T, F, Fut>(
    ctx: &CallContext<'_>,
    ids: Vec<I>,
    field: &'static str,
    mut f: F,
) -> Result<ErrorList, RpcError>
where
    F: FnMut(I) -> Fut,
    Fut: std::future::Future<Output = CoreResult<T>>,
{
    ctx.take_items(ids.len(), field)?;
    let mut out = ErrorList::default();
    for (i, id) in ids.into_iter().enumerate() {
        out.push(i, f(id).await);
    }
    Ok(out)
}

/// The members of `T` a `fields` list may name.
fn members_of<T: ToSchema>() -> HashSet<String> {
    match T::schema() {
        RefOr::T(Schema::Object(object)) => object.properties.keys().cloned().collect(),
        _ => HashSet::new(),
    }
}

/// A get result: `list` with only the members in `fields` (all when `fields` is empty), and
/// `totalItems`. Items are serialised straight into the reply, except when `fields` asks to
/// drop members.
pub struct Listing<T> {
    list: Vec<T>,
    total_items: i64,
    fields: Vec<String>,
}

impl<T: Serialize> Serialize for Listing<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeMap, SerializeSeq};

        struct Items<'a, T>(&'a [T], &'a [String]);
        impl<T: Serialize> Serialize for Items<'_, T> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
                for item in self.0 {
                    if self.1.is_empty() {
                        seq.serialize_element(item)?;
                    } else {
                        let mut value = serde_json::to_value(item).map_err(S::Error::custom)?;
                        if let Value::Object(map) = &mut value {
                            map.retain(|k, _| self.1.iter().any(|f| f == k));
                        }
                        seq.serialize_element(&value)?;
                    }
                }
                seq.end()
            }
        }

        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("list", &Items(&self.list, &self.fields))?;
        map.serialize_entry("totalItems", &self.total_items)?;
        map.end()
    }
}

fn listing<T: Serialize + ToSchema, U>(
    ctx: &CallContext<'_>,
    page: SearchPage<U>,
    fields: &[String],
    convert: impl FnMut(U) -> T,
) -> Result<Listing<T>, RpcError> {
    if !fields.is_empty() {
        let known = members_of::<T>();
        if let Some((i, f)) = fields.iter().enumerate().find(|(_, f)| !known.contains(*f)) {
            return Err(CoreError::invalid(
                format!("query.fields[{i}]"),
                "unknown_field",
                format!("'{f}' is not a member of {}", T::name()),
            )
            .into());
        }
    }
    ctx.take_rows(page.list.len())?;
    Ok(Listing {
        list: page.list.into_iter().map(convert).collect(),
        total_items: page.total_items,
        fields: fields.to_vec(),
    })
}

// ---------------------------------------------------------------------------------------------
// Session, Version, Server

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LoginParams {
    /// `user@domain`, or a bare user of the primary domain.
    pub user_name: String,
    pub password: String,
    pub application: ClientApplication,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LoginResult {
    /// Send as the `X-Token` header on later calls.
    pub token: String,
}

async fn session_login(
    ctx: &mut CallContext<'_>,
    params: LoginParams,
) -> Result<LoginResult, RpcError> {
    let address = ctx
        .ip
        .map(|i| i.to_string())
        .unwrap_or_else(|| "unknown".into());
    let request = LoginRequest {
        user_name: params.user_name,
        password: params.password,
    };
    let session = auth::open_session(&ctx.state.pool, &request, &params.application, &address)
        .await
        .map_err(|e| match e {
            CoreError::Unauthenticated(m) => RpcError::new(
                super::OPERATION_FAILED,
                m.into_owned(),
                "invalid_credentials",
            ),
            other => other.into(),
        })?;
    ctx.set_cookie = Some(format!(
        "{}={}; Path=/admin/; HttpOnly; SameSite=Strict",
        super::COOKIE,
        session.cookie
    ));
    Ok(LoginResult {
        token: session.token,
    })
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct LogoutResult {
    /// Kerio returns where a browser should go next; always empty here.
    pub redirect_url: String,
}

async fn session_logout(ctx: &mut CallContext<'_>, _: NoParams) -> Result<LogoutResult, RpcError> {
    let (token, cookie) = (ctx.session_token(), ctx.cookie_token());
    if token.is_some() || cookie.is_some() {
        auth::close_session(&ctx.state.pool, token.as_deref(), cookie.as_deref()).await?;
    }
    ctx.set_cookie = Some(format!(
        "{}=; Path=/admin/; HttpOnly; SameSite=Strict; Max-Age=0",
        super::COOKIE
    ));
    Ok(LogoutResult {
        redirect_url: String::new(),
    })
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct WhoAmIResult {
    /// The account behind the session; absent for API keys.
    pub id: Option<AccountId>,
    /// `account:<address>` or `api-key:<prefix>`.
    pub actor: String,
    pub effective_role: UserRight,
    /// Postbay's role, with the tenant or domain it covers.
    pub role: Role,
    pub read_only: bool,
}

async fn session_who_am_i(
    _: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<WhoAmIResult, RpcError> {
    let user_role = match (&p.role, p.read_only) {
        (Role::ServerAdmin, false) => UserRoleType::FullAdmin,
        (Role::ServerAdmin, true) => UserRoleType::Auditor,
        (Role::TenantAdmin { .. }, _) => UserRoleType::TenantAdmin,
        (Role::DomainAdmin { .. }, _) => UserRoleType::AccountAdmin,
        (Role::Account { .. }, _) => UserRoleType::UserRole,
    };
    Ok(WhoAmIResult {
        id: p.account_id,
        actor: p.actor.clone(),
        effective_role: UserRight { user_role },
        role: p.role.clone(),
        read_only: p.read_only,
    })
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ApiVersionResult {
    pub api_version: i32,
}

async fn version_get_api_version(
    _: &mut CallContext<'_>,
    _: NoParams,
) -> Result<ApiVersionResult, RpcError> {
    Ok(ApiVersionResult { api_version: 1 })
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ServerVersionResult {
    pub product: String,
    pub version: String,
    pub major: i32,
    pub minor: i32,
    pub revision: i32,
    pub build: i32,
}

async fn server_get_version(
    _: &CallContext<'_>,
    _: &Principal,
    _: NoParams,
) -> Result<ServerVersionResult, RpcError> {
    let part = |s: &str| s.parse().unwrap_or(0);
    Ok(ServerVersionResult {
        product: "Postbay".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        major: part(env!("CARGO_PKG_VERSION_MAJOR")),
        minor: part(env!("CARGO_PKG_VERSION_MINOR")),
        revision: part(env!("CARGO_PKG_VERSION_PATCH")),
        build: 0,
    })
}

// ---------------------------------------------------------------------------------------------
// Tenants

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TenantsGetParams {
    #[serde(default)]
    pub query: SearchQuery,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct TenantList {
    pub list: Vec<Tenant>,
    /// Matches before `start` and `limit`.
    pub total_items: i64,
}

async fn tenants_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: TenantsGetParams,
) -> Result<Listing<Tenant>, RpcError> {
    let page = tenants::search(&ctx.state.pool, p, &params.query).await?;
    listing::<Tenant, _>(ctx, page, &params.query.fields, |t| t)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TenantsCreateParams {
    #[schema(value_type = Vec<NewTenant>)]
    pub tenants: Vec<Value>,
}

/// Decodes each raw item; a bad one becomes that item's error rather than failing the call.
pub(super) fn decode_items<T: DeserializeOwned>(
    items: Vec<Value>,
    list_field: &'static str,
    out: &mut CreateResult,
) -> Vec<(usize, T)> {
    let mut good = Vec::with_capacity(items.len());
    for (i, raw) in items.into_iter().enumerate() {
        match serde_path_to_error::deserialize::<_, T>(raw) {
            Ok(item) => good.push((i, item)),
            Err(e) => {
                let path = e.path().to_string();
                let field = if path == "." {
                    format!("{list_field}[{i}]")
                } else {
                    format!("{list_field}[{i}].{path}")
                };
                out.errors.push(ItemError::new(
                    i,
                    CoreError::invalid(field, "invalid_params", e.into_inner().to_string()),
                ));
            }
        }
    }
    good
}

async fn tenants_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: TenantsCreateParams,
) -> Result<CreateResult, RpcError> {
    ctx.take_items(params.tenants.len(), "tenants")?;
    let mut out = CreateResult::default();
    for (i, item) in decode_items::<NewTenant>(params.tenants, "tenants", &mut out) {
        let outcome = tenants::create(&ctx.state.pool, p, item)
            .await
            .map(|t| t.id.0);
        out.push(i, outcome);
    }
    Ok(out.finish("tenants"))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TenantsSetParams {
    pub tenant_ids: Vec<TenantId>,
    #[schema(value_type = TenantPatch)]
    pub pattern: Value,
}

async fn tenants_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: TenantsSetParams,
) -> Result<ErrorList, RpcError> {
    decode::<TenantPatch>(params.pattern.clone()).map_err(in_pattern)?;
    let (pool, pattern) = (&ctx.state.pool, &params.pattern);
    let out = each_id(ctx, params.tenant_ids, "tenantIds", |id| async move {
        let patch = decode::<TenantPatch>(pattern.clone())
            .map_err(|e| CoreError::invalid("pattern", "invalid_params", e.message))?;
        tenants::update(pool, p, id, patch).await
    })
    .await?;
    Ok(out.in_pattern())
}

/// Names the pattern in a decoding error's field.
fn in_pattern(mut e: RpcError) -> RpcError {
    if let Some(Value::Object(data)) = &mut e.data {
        let field = match data.get("field").and_then(Value::as_str) {
            Some(f) => format!("pattern.{}", kerio_field(f)),
            None => "pattern".into(),
        };
        data.insert("field".into(), Value::String(field));
    }
    e
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TenantsRemoveParams {
    pub tenant_ids: Vec<TenantId>,
}

async fn tenants_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: TenantsRemoveParams,
) -> Result<ErrorList, RpcError> {
    let pool = &ctx.state.pool;
    each_id(ctx, params.tenant_ids, "tenantIds", |id| {
        tenants::delete(pool, p, id)
    })
    .await
}

// ---------------------------------------------------------------------------------------------
// Domains

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DomainsGetParams {
    #[serde(default)]
    pub query: SearchQuery,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DomainList {
    pub list: Vec<RpcDomain>,
    pub total_items: i64,
}

async fn domains_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainsGetParams,
) -> Result<Listing<RpcDomain>, RpcError> {
    let page = domains::search(&ctx.state.pool, p, &params.query).await?;
    listing::<RpcDomain, _>(ctx, page, &params.query.fields, RpcDomain::from)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DomainsCreateParams {
    #[schema(value_type = Vec<RpcDomainPattern>)]
    pub domains: Vec<Value>,
}

async fn domains_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainsCreateParams,
) -> Result<CreateResult, RpcError> {
    ctx.take_items(params.domains.len(), "domains")?;
    let mut out = CreateResult::default();
    for (i, item) in decode_items::<RpcDomainPattern>(params.domains, "domains", &mut out) {
        let outcome = match item.into_new() {
            Ok(new) => domains::create(&ctx.state.pool, p, new)
                .await
                .map(|d| d.id.0),
            Err(e) => Err(e),
        };
        out.push(i, outcome);
    }
    Ok(out.finish("domains"))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainsSetParams {
    pub domain_ids: Vec<DomainId>,
    pub pattern: RpcDomainPattern,
}

async fn domains_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainsSetParams,
) -> Result<ErrorList, RpcError> {
    let (pool, pattern) = (&ctx.state.pool, &params.pattern);
    let out = each_id(ctx, params.domain_ids, "domainIds", |id| {
        domains::update_with(pool, p, id, |limits, mail| pattern.to_patch(limits, mail))
    })
    .await?;
    Ok(out.in_pattern())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainsRemoveParams {
    pub domain_ids: Vec<DomainId>,
    /// Postbay: also remove the domains' users, groups, aliases and templates. Without it a
    /// domain that still has any is not removed (`has_accounts`, ...).
    #[serde(default)]
    pub cascade: bool,
}

async fn domains_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainsRemoveParams,
) -> Result<ErrorList, RpcError> {
    let how = DeleteDomainParams {
        cascade: params.cascade,
    };
    let pool = &ctx.state.pool;
    each_id(ctx, params.domain_ids, "domainIds", |id| {
        domains::delete(pool, p, id, &how)
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DomainsSetPrimaryParams {
    pub domain_id: DomainId,
}

async fn domains_set_primary(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: DomainsSetPrimaryParams,
) -> Result<EmptyResult, RpcError> {
    domains::set_primary(&ctx.state.pool, p, params.domain_id).await?;
    Ok(EmptyResult {})
}

// ---------------------------------------------------------------------------------------------
// Users

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UsersGetParams {
    #[serde(default)]
    pub query: SearchQuery,
    /// Only users of this domain.
    pub domain_id: Option<DomainId>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct UserList {
    pub list: Vec<RpcUser>,
    pub total_items: i64,
}

async fn users_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsersGetParams,
) -> Result<Listing<RpcUser>, RpcError> {
    let page = accounts::search(&ctx.state.pool, p, params.domain_id, &params.query).await?;
    listing::<RpcUser, _>(ctx, page, &params.query.fields, RpcUser::from)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UsersCreateParams {
    #[schema(value_type = Vec<RpcUserPattern>)]
    pub users: Vec<Value>,
}

async fn users_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsersCreateParams,
) -> Result<CreateResult, RpcError> {
    ctx.take_items(params.users.len(), "users")?;
    let mut out = CreateResult::default();
    let mut indexes = Vec::new();
    let mut bulk = BulkAccounts::default();
    for (i, item) in decode_items::<RpcUserPattern>(params.users, "users", &mut out) {
        match item.into_new() {
            Ok((domain_id, account)) => {
                indexes.push(i);
                bulk.create.push(BulkCreateAccount { domain_id, account });
            }
            Err(e) => out.push(i, Err(e)),
        }
    }
    if !bulk.create.is_empty() {
        let outcome = accounts::bulk(&ctx.state.pool, p, bulk).await?;
        for (i, r) in indexes.into_iter().zip(outcome.create) {
            out.push(i, r.map(|id| id.0));
        }
    }
    Ok(out.finish("users"))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UsersSetParams {
    pub user_ids: Vec<AccountId>,
    pub pattern: RpcUserPattern,
}

async fn users_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsersSetParams,
) -> Result<ErrorList, RpcError> {
    params
        .pattern
        .to_patch()
        .map_err(|e| in_pattern(e.into()))?;
    let (pool, pattern) = (&ctx.state.pool, &params.pattern);
    let out = each_id(ctx, params.user_ids, "userIds", |id| async move {
        let patch = pattern.to_patch()?;
        accounts::update(pool, p, id, patch).await
    })
    .await?;
    Ok(out.in_pattern())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UsersRemoveParams {
    pub user_ids: Vec<AccountId>,
}

async fn users_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsersRemoveParams,
) -> Result<ErrorList, RpcError> {
    let pool = &ctx.state.pool;
    each_id(ctx, params.user_ids, "userIds", |id| {
        accounts::delete(pool, p, id)
    })
    .await
}

// ---------------------------------------------------------------------------------------------
// Groups

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GroupsGetParams {
    #[serde(default)]
    pub query: SearchQuery,
    pub domain_id: Option<DomainId>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct GroupList {
    pub list: Vec<RpcGroup>,
    pub total_items: i64,
}

async fn groups_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: GroupsGetParams,
) -> Result<Listing<RpcGroup>, RpcError> {
    let page = groups::search(&ctx.state.pool, p, params.domain_id, &params.query).await?;
    listing::<RpcGroup, _>(ctx, page, &params.query.fields, RpcGroup::from)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupsCreateParams {
    #[schema(value_type = Vec<RpcGroupPattern>)]
    pub groups: Vec<Value>,
}

async fn groups_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: GroupsCreateParams,
) -> Result<CreateResult, RpcError> {
    ctx.take_items(params.groups.len(), "groups")?;
    let mut out = CreateResult::default();
    for (i, item) in decode_items::<RpcGroupPattern>(params.groups, "groups", &mut out) {
        let outcome = match item.into_new() {
            Ok((domain, new)) => groups::create(&ctx.state.pool, p, domain, new)
                .await
                .map(|g| g.id.0),
            Err(e) => Err(e),
        };
        out.push(i, outcome);
    }
    Ok(out.finish("groups"))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GroupsSetParams {
    pub group_ids: Vec<GroupId>,
    pub pattern: RpcGroupPattern,
}

async fn groups_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: GroupsSetParams,
) -> Result<ErrorList, RpcError> {
    params
        .pattern
        .to_patch()
        .map_err(|e| in_pattern(e.into()))?;
    let (pool, pattern) = (&ctx.state.pool, &params.pattern);
    let out = each_id(ctx, params.group_ids, "groupIds", |id| async move {
        let patch = pattern.to_patch()?;
        groups::update(pool, p, id, patch).await
    })
    .await?;
    Ok(out.in_pattern())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GroupsRemoveParams {
    pub group_ids: Vec<GroupId>,
}

async fn groups_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: GroupsRemoveParams,
) -> Result<ErrorList, RpcError> {
    let pool = &ctx.state.pool;
    each_id(ctx, params.group_ids, "groupIds", |id| {
        groups::delete(pool, p, id)
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GroupMemberListParams {
    pub group_id: GroupId,
    /// Ids of users in the group's domain.
    pub user_list: Vec<AccountId>,
}

async fn groups_add_member_list(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: GroupMemberListParams,
) -> Result<ErrorList, RpcError> {
    let members = MemberList {
        account_ids: params.user_list,
    };
    groups::add_members(&ctx.state.pool, p, params.group_id, members).await?;
    Ok(ErrorList::default())
}

async fn groups_remove_member_list(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: GroupMemberListParams,
) -> Result<ErrorList, RpcError> {
    let members = MemberList {
        account_ids: params.user_list,
    };
    groups::remove_members(&ctx.state.pool, p, params.group_id, members).await?;
    Ok(ErrorList::default())
}

// ---------------------------------------------------------------------------------------------
// Aliases

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AliasesGetParams {
    #[serde(default)]
    pub query: SearchQuery,
    pub domain_id: Option<DomainId>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AliasList {
    pub list: Vec<RpcAlias>,
    pub total_items: i64,
}

async fn aliases_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AliasesGetParams,
) -> Result<Listing<RpcAlias>, RpcError> {
    let page = aliases::search(&ctx.state.pool, p, params.domain_id, &params.query).await?;
    listing::<RpcAlias, _>(ctx, page, &params.query.fields, RpcAlias::from)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AliasesCreateParams {
    #[schema(value_type = Vec<RpcAliasPattern>)]
    pub aliases: Vec<Value>,
}

async fn aliases_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AliasesCreateParams,
) -> Result<CreateResult, RpcError> {
    ctx.take_items(params.aliases.len(), "aliases")?;
    let mut out = CreateResult::default();
    let mut indexes = Vec::new();
    let mut bulk = BulkAliases::default();
    for (i, item) in decode_items::<RpcAliasPattern>(params.aliases, "aliases", &mut out) {
        match item.into_new() {
            Ok((domain_id, alias)) => {
                indexes.push(i);
                bulk.create.push(BulkCreateAlias { domain_id, alias });
            }
            Err(e) => out.push(i, Err(e)),
        }
    }
    if !bulk.create.is_empty() {
        let outcome = aliases::bulk(&ctx.state.pool, p, bulk).await?;
        for (i, r) in indexes.into_iter().zip(outcome.create) {
            out.push(i, r.map(|id| id.0));
        }
    }
    Ok(out.finish("aliases"))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AliasesSetParams {
    pub alias_ids: Vec<AliasId>,
    pub pattern: RpcAliasPattern,
}

async fn aliases_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AliasesSetParams,
) -> Result<ErrorList, RpcError> {
    let (pool, pattern) = (&ctx.state.pool, &params.pattern);
    let out = each_id(ctx, params.alias_ids, "aliasIds", |id| async move {
        let patch = pattern.to_patch();
        aliases::update(pool, p, id, patch).await
    })
    .await?;
    Ok(out.in_pattern())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AliasesRemoveParams {
    pub alias_ids: Vec<AliasId>,
}

async fn aliases_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AliasesRemoveParams,
) -> Result<ErrorList, RpcError> {
    let pool = &ctx.state.pool;
    each_id(ctx, params.alias_ids, "aliasIds", |id| {
        aliases::delete(pool, p, id)
    })
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AliasesCheckParams {
    /// The address to expand.
    pub check_string: String,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AliasCheckResult {
    /// Every final address, local mailboxes first (Kerio's list of expansions).
    pub list: Vec<String>,
    /// Postbay: the expansion in detail.
    pub resolution: aliases::Resolution,
}

async fn aliases_check(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AliasesCheckParams,
) -> Result<AliasCheckResult, RpcError> {
    let request = ResolveRequest {
        address: params.check_string,
    };
    let resolution = aliases::resolve_for(&ctx.state.pool, p, &request)
        .await
        .map_err(|e| match e {
            CoreError::Invalid { message, code, .. } => CoreError::Invalid {
                field: "checkString".into(),
                code,
                message,
            },
            other => other,
        })?;
    let list = resolution
        .mailboxes
        .iter()
        .map(|m| m.email.clone())
        .chain(resolution.external.iter().cloned())
        .collect();
    Ok(AliasCheckResult { list, resolution })
}

// ---------------------------------------------------------------------------------------------
// User templates

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UserTemplatesGetParams {
    #[serde(default)]
    pub query: SearchQuery,
    /// Only templates usable in this domain (its own and its tenants').
    pub domain_id: Option<DomainId>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct UserTemplateList {
    pub list: Vec<UserTemplate>,
    pub total_items: i64,
}

async fn user_templates_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserTemplatesGetParams,
) -> Result<Listing<UserTemplate>, RpcError> {
    let page = templates::search(&ctx.state.pool, p, params.domain_id, &params.query).await?;
    listing::<UserTemplate, _>(ctx, page, &params.query.fields, |t| t)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UserTemplatesCreateParams {
    #[schema(value_type = Vec<NewUserTemplate>)]
    pub user_templates: Vec<Value>,
}

async fn user_templates_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserTemplatesCreateParams,
) -> Result<CreateResult, RpcError> {
    ctx.take_items(params.user_templates.len(), "userTemplates")?;
    let mut out = CreateResult::default();
    for (i, item) in
        decode_items::<NewUserTemplate>(params.user_templates, "userTemplates", &mut out)
    {
        let outcome = templates::create(&ctx.state.pool, p, item)
            .await
            .map(|t| t.id.0);
        out.push(i, outcome);
    }
    Ok(out.finish("userTemplates"))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UserTemplatesSetParams {
    pub user_template_ids: Vec<TemplateId>,
    #[schema(value_type = UserTemplatePatch)]
    pub pattern: Value,
}

async fn user_templates_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserTemplatesSetParams,
) -> Result<ErrorList, RpcError> {
    decode::<UserTemplatePatch>(params.pattern.clone()).map_err(in_pattern)?;
    let (pool, pattern) = (&ctx.state.pool, &params.pattern);
    let out = each_id(
        ctx,
        params.user_template_ids,
        "userTemplateIds",
        |id| async move {
            let patch = decode::<UserTemplatePatch>(pattern.clone())
                .map_err(|e| CoreError::invalid("pattern", "invalid_params", e.message))?;
            templates::update(pool, p, id, patch).await
        },
    )
    .await?;
    Ok(out.in_pattern())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UserTemplatesRemoveParams {
    pub user_template_ids: Vec<TemplateId>,
}

async fn user_templates_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserTemplatesRemoveParams,
) -> Result<ErrorList, RpcError> {
    let pool = &ctx.state.pool;
    each_id(ctx, params.user_template_ids, "userTemplateIds", |id| {
        templates::delete(pool, p, id)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every searchable column is a member of the object a get returns, so conditions,
    /// `orderBy` and `fields` speak the same names.
    #[test]
    fn search_columns_are_members() {
        let cases: [(HashSet<String>, Vec<&str>); 6] = [
            (
                members_of::<RpcUser>(),
                accounts::search_columns().collect(),
            ),
            (
                members_of::<RpcDomain>(),
                domains::search_columns().collect(),
            ),
            (members_of::<RpcGroup>(), groups::search_columns().collect()),
            (
                members_of::<RpcAlias>(),
                aliases::search_columns().collect(),
            ),
            (members_of::<Tenant>(), tenants::search_columns().collect()),
            (
                members_of::<UserTemplate>(),
                templates::search_columns().collect(),
            ),
        ];
        for (members, columns) in cases {
            assert!(!members.is_empty());
            for c in columns {
                assert!(members.contains(c), "{c} is not a member");
            }
        }
    }

    #[test]
    fn catalogue_names_are_unique_and_dispatchable_shapes() {
        let docs = catalogue();
        let names: HashSet<_> = docs.iter().map(|d| d.name).collect();
        assert_eq!(names.len(), docs.len());
        for d in &docs {
            let mut out = Vec::new();
            (d.schemas)(&mut out);
            assert!(out.iter().any(|(n, _)| n == d.params), "{}", d.name);
            assert!(out.iter().any(|(n, _)| n == d.result), "{}", d.name);
        }
    }
}
