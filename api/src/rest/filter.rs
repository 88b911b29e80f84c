//! Content filtering (`postbay_filter`): the spam filter's settings and its DNS blocklists.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use postbay_core::ids::{
    AccountId, AttachmentRuleId, BlocklistId, DomainId, QuarantineId, SpamRuleId,
};
use postbay_core::list::PageParams;
use postbay_counters::StatsQuery;
use postbay_delivery::Released;
use postbay_filter::FilterStats;
use postbay_filter::antivirus::{self, AntivirusSettings};
use postbay_filter::attachments::{
    self, AttachmentRule, AttachmentRulePage, AttachmentRuleScope, NewAttachmentRule,
};
use postbay_filter::blocklists::{self, Blocklist, BlocklistPage, BlocklistUpdate, NewBlocklist};
use postbay_filter::domain_settings::{self, DomainSpamSettings};
use postbay_filter::rules::{
    self, NewSpamRule, SpamRule, SpamRulePage, SpamRuleScope, SpamRuleUpdate,
};
use postbay_filter::settings::{self, SpamSettings};
use postbay_filter::user_settings::{self, UserSpamSettings};
use postbay_quarantine::{QuarantineFilter, QuarantinePage};

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, ApiQuery, Caller};
use crate::problem::{ApiResult, Problems};

#[utoipa::path(get, path = "/settings/spam", tag = "filtering", operation_id = "getSpamSettings",
    responses((status = 200, body = SpamSettings), Problems))]
pub async fn get_spam_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<SpamSettings>> {
    Ok(Json(settings::get(&s.pool, &p).await?))
}

/// Replaces the spam filter's settings; every process applies them within seconds.
#[utoipa::path(put, path = "/settings/spam", tag = "filtering", operation_id = "updateSpamSettings", request_body = SpamSettings,
    responses((status = 200, body = SpamSettings), Problems))]
pub async fn update_spam_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<SpamSettings>,
) -> ApiResult<Json<SpamSettings>> {
    Ok(Json(settings::set(&s.pool, &p, body).await?))
}

/// The DNS blocklists asked about each message from another server.
#[utoipa::path(get, path = "/blocklists", tag = "filtering", operation_id = "listBlocklists", params(PageParams),
    responses((status = 200, body = BlocklistPage), Problems))]
pub async fn list_blocklists(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(page): ApiQuery<PageParams>,
) -> ApiResult<Json<BlocklistPage>> {
    Ok(Json(blocklists::list(&s.pool, &p, &page).await?))
}

/// Adds a DNS blocklist; every process asks it within seconds.
#[utoipa::path(post, path = "/blocklists", tag = "filtering", operation_id = "createBlocklist", request_body = NewBlocklist,
    responses((status = 201, body = Blocklist), Problems))]
pub async fn create_blocklist(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<NewBlocklist>,
) -> ApiResult<(StatusCode, Json<Blocklist>)> {
    Ok((
        StatusCode::CREATED,
        Json(blocklists::create(&s.pool, &p, body).await?),
    ))
}

#[utoipa::path(patch, path = "/blocklists/{blocklistId}", tag = "filtering", operation_id = "updateBlocklist",
    params(("blocklistId" = BlocklistId, Path)), request_body = BlocklistUpdate,
    responses((status = 200, body = Blocklist), Problems))]
pub async fn update_blocklist(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<BlocklistId>,
    ApiJson(body): ApiJson<BlocklistUpdate>,
) -> ApiResult<Json<Blocklist>> {
    Ok(Json(blocklists::update(&s.pool, &p, id, body).await?))
}

#[utoipa::path(delete, path = "/blocklists/{blocklistId}", tag = "filtering", operation_id = "deleteBlocklist",
    params(("blocklistId" = BlocklistId, Path)), responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_blocklist(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<BlocklistId>,
) -> ApiResult<StatusCode> {
    blocklists::delete(&s.pool, &p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// What the filter did, per day and in total: messages scanned, tagged, rejected, discarded,
/// deferred (engine failure) and RCPTs greylisted, for one domain or every domain the caller
/// reaches.
#[utoipa::path(get, path = "/filter-stats", tag = "filtering", operation_id = "getFilterStats", params(StatsQuery),
    responses((status = 200, body = FilterStats), Problems))]
pub async fn get_filter_stats(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(q): ApiQuery<StatsQuery>,
) -> ApiResult<Json<FilterStats>> {
    Ok(Json(postbay_filter::stats(&s.pool, &p, &q).await?))
}

#[utoipa::path(get, path = "/settings/antivirus", tag = "filtering", operation_id = "getAntivirusSettings",
    responses((status = 200, body = AntivirusSettings), Problems))]
pub async fn get_antivirus_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
) -> ApiResult<Json<AntivirusSettings>> {
    Ok(Json(antivirus::get(&s.pool, &p).await?))
}

/// Replaces the antivirus settings; every process applies them within seconds.
#[utoipa::path(put, path = "/settings/antivirus", tag = "filtering", operation_id = "updateAntivirusSettings",
    request_body = AntivirusSettings, responses((status = 200, body = AntivirusSettings), Problems))]
pub async fn update_antivirus_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<AntivirusSettings>,
) -> ApiResult<Json<AntivirusSettings>> {
    Ok(Json(antivirus::set(&s.pool, &p, body).await?))
}

/// A user's own spam controls (the user itself may read and change them, and its admins).
#[utoipa::path(get, path = "/accounts/{accountId}/spam-settings", tag = "filtering", operation_id = "getUserSpamSettings",
    params(("accountId" = AccountId, Path)), responses((status = 200, body = UserSpamSettings), Problems))]
pub async fn get_user_spam_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
) -> ApiResult<Json<UserSpamSettings>> {
    Ok(Json(user_settings::get(&s.pool, &p, id).await?))
}

/// Replaces a user's spam controls: trusted and blocked senders, spam to Junk or refused.
#[utoipa::path(put, path = "/accounts/{accountId}/spam-settings", tag = "filtering", operation_id = "updateUserSpamSettings",
    params(("accountId" = AccountId, Path)), request_body = UserSpamSettings,
    responses((status = 200, body = UserSpamSettings), Problems))]
pub async fn update_user_spam_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
    ApiJson(body): ApiJson<UserSpamSettings>,
) -> ApiResult<Json<UserSpamSettings>> {
    Ok(Json(user_settings::set(&s.pool, &p, id, body).await?))
}

/// Messages held in quarantine, newest first: a domain admin sees their domain's only.
#[utoipa::path(get, path = "/quarantine", tag = "filtering", operation_id = "listQuarantine", params(QuarantineFilter, PageParams),
    responses((status = 200, body = QuarantinePage), Problems))]
pub async fn list_quarantine(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(filter): ApiQuery<QuarantineFilter>,
    ApiQuery(page): ApiQuery<PageParams>,
) -> ApiResult<Json<QuarantinePage>> {
    Ok(Json(
        postbay_quarantine::list(&s.pool, &p, &filter, &page).await?,
    ))
}

/// Delivers a held message to its recipients as first addressed, unfiltered, and removes it
/// from the quarantine.
#[utoipa::path(post, path = "/quarantine/{quarantineId}/release", tag = "filtering", operation_id = "releaseQuarantined",
    params(("quarantineId" = QuarantineId, Path)), responses((status = 200, body = Released), Problems))]
pub async fn release_quarantined(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<QuarantineId>,
) -> ApiResult<Json<Released>> {
    Ok(Json(s.pipeline.release(&p, id).await?))
}

/// Deletes a held message unread.
#[utoipa::path(delete, path = "/quarantine/{quarantineId}", tag = "filtering", operation_id = "deleteQuarantined",
    params(("quarantineId" = QuarantineId, Path)), responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_quarantined(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<QuarantineId>,
) -> ApiResult<StatusCode> {
    postbay_quarantine::delete(&s.pool, &p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The spam filter's custom rules, in order: the server's list, or a domain's (`domainId`).
#[utoipa::path(get, path = "/spam-rules", tag = "filtering", operation_id = "listSpamRules", params(SpamRuleScope),
    responses((status = 200, body = SpamRulePage), Problems))]
pub async fn list_spam_rules(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(scope): ApiQuery<SpamRuleScope>,
) -> ApiResult<Json<SpamRulePage>> {
    Ok(Json(rules::list(&s.pool, &p, &scope).await?))
}

/// Adds a custom rule to the server's list or a domain's; every process runs it within seconds.
#[utoipa::path(post, path = "/spam-rules", tag = "filtering", operation_id = "createSpamRule", request_body = NewSpamRule,
    responses((status = 201, body = SpamRule), Problems))]
pub async fn create_spam_rule(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<NewSpamRule>,
) -> ApiResult<(StatusCode, Json<SpamRule>)> {
    Ok((
        StatusCode::CREATED,
        Json(rules::create(&s.pool, &p, body).await?),
    ))
}

/// Changes a custom rule; `position` moves it within its list.
#[utoipa::path(patch, path = "/spam-rules/{spamRuleId}", tag = "filtering", operation_id = "updateSpamRule",
    params(("spamRuleId" = SpamRuleId, Path)), request_body = SpamRuleUpdate,
    responses((status = 200, body = SpamRule), Problems))]
pub async fn update_spam_rule(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<SpamRuleId>,
    ApiJson(body): ApiJson<SpamRuleUpdate>,
) -> ApiResult<Json<SpamRule>> {
    Ok(Json(rules::update(&s.pool, &p, id, body).await?))
}

#[utoipa::path(delete, path = "/spam-rules/{spamRuleId}", tag = "filtering", operation_id = "deleteSpamRule",
    params(("spamRuleId" = SpamRuleId, Path)), responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_spam_rule(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<SpamRuleId>,
) -> ApiResult<StatusCode> {
    rules::delete(&s.pool, &p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The attachment filter's rules, in order: the server's list, or a domain's (`domainId`).
#[utoipa::path(get, path = "/attachment-rules", tag = "filtering", operation_id = "listAttachmentRules", params(AttachmentRuleScope),
    responses((status = 200, body = AttachmentRulePage), Problems))]
pub async fn list_attachment_rules(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiQuery(scope): ApiQuery<AttachmentRuleScope>,
) -> ApiResult<Json<AttachmentRulePage>> {
    Ok(Json(attachments::list(&s.pool, &p, &scope).await?))
}

/// Adds an attachment rule (a file name pattern or a MIME type; block, remove or accept);
/// every process applies it within seconds.
#[utoipa::path(post, path = "/attachment-rules", tag = "filtering", operation_id = "createAttachmentRule", request_body = NewAttachmentRule,
    responses((status = 201, body = AttachmentRule), Problems))]
pub async fn create_attachment_rule(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiJson(body): ApiJson<NewAttachmentRule>,
) -> ApiResult<(StatusCode, Json<AttachmentRule>)> {
    Ok((
        StatusCode::CREATED,
        Json(attachments::create(&s.pool, &p, body).await?),
    ))
}

#[utoipa::path(delete, path = "/attachment-rules/{attachmentRuleId}", tag = "filtering", operation_id = "deleteAttachmentRule",
    params(("attachmentRuleId" = AttachmentRuleId, Path)), responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_attachment_rule(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AttachmentRuleId>,
) -> ApiResult<StatusCode> {
    attachments::delete(&s.pool, &p, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// A domain's own spam settings over the server's (a field left out inherits).
#[utoipa::path(get, path = "/domains/{domainId}/spam-settings", tag = "filtering", operation_id = "getDomainSpamSettings",
    params(("domainId" = DomainId, Path)), responses((status = 200, body = DomainSpamSettings), Problems))]
pub async fn get_domain_spam_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
) -> ApiResult<Json<DomainSpamSettings>> {
    Ok(Json(domain_settings::get(&s.pool, &p, id).await?))
}

/// Replaces a domain's own spam settings (`{}`: the server's again); its mail is judged with
/// them within seconds.
#[utoipa::path(put, path = "/domains/{domainId}/spam-settings", tag = "filtering", operation_id = "updateDomainSpamSettings",
    params(("domainId" = DomainId, Path)), request_body = DomainSpamSettings,
    responses((status = 200, body = DomainSpamSettings), Problems))]
pub async fn update_domain_spam_settings(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<DomainId>,
    ApiJson(body): ApiJson<DomainSpamSettings>,
) -> ApiResult<Json<DomainSpamSettings>> {
    Ok(Json(domain_settings::set(&s.pool, &p, id, body).await?))
}
