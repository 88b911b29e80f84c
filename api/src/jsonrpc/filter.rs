//! Content filtering (`postbay_filter`): `AntiSpam`, as Kerio Connect's admin API names the
//! spam filter's settings, and `Blocklists`, its DNS blocklists.

use postbay_core::access::Principal;
use postbay_core::ids::{AccountId, AttachmentRuleId, BlocklistId, QuarantineId, SpamRuleId};
use postbay_core::list::PageParams;
use postbay_counters::StatsQuery;
use postbay_delivery::Released;
use postbay_filter::FilterStats;
use postbay_filter::antivirus::{self, AntivirusSettings};
use postbay_filter::attachments::{self, AttachmentRule, AttachmentRuleScope, NewAttachmentRule};
use postbay_filter::blocklists::{self, Blocklist, BlocklistUpdate, NewBlocklist};
use postbay_filter::domain_settings::{self, DomainSpamSettings};
use postbay_filter::rules::{self, NewSpamRule, SpamRule, SpamRuleScope, SpamRuleUpdate};
use postbay_filter::settings::{self, SpamSettings};
use postbay_filter::user_settings::{self, UserSpamSettings};
use postbay_quarantine::{QuarantineFilter, QuarantinedMessage};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::batch::{EmptyResult, NoParams, set_settings, under};
use super::{CallContext, RpcError};

pub(super) async fn anti_spam_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<SpamSettings, RpcError> {
    Ok(settings::get(&ctx.state.pool, p).await?)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AntiSpamSetParams {
    /// Replaces every setting (getSpamSettings / updateSpamSettings).
    pub settings: SpamSettings,
}

pub(super) async fn anti_spam_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AntiSpamSetParams,
) -> Result<EmptyResult, RpcError> {
    set_settings(settings::set(&ctx.state.pool, p, params.settings)).await
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct BlocklistList {
    pub list: Vec<Blocklist>,
}

pub(super) async fn blocklists_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<BlocklistList, RpcError> {
    // Every list: the server keeps at most 50.
    let page = PageParams {
        limit: Some(1000),
        ..PageParams::default()
    };
    let list = blocklists::list(&ctx.state.pool, p, &page).await?.items;
    Ok(BlocklistList { list })
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BlocklistsCreateParams {
    pub blocklist: NewBlocklist,
}

pub(super) async fn blocklists_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: BlocklistsCreateParams,
) -> Result<Blocklist, RpcError> {
    under(
        "blocklist.",
        blocklists::create(&ctx.state.pool, p, params.blocklist),
    )
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BlocklistsSetParams {
    pub blocklist_id: BlocklistId,
    pub pattern: BlocklistUpdate,
}

pub(super) async fn blocklists_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: BlocklistsSetParams,
) -> Result<Blocklist, RpcError> {
    under(
        "pattern.",
        blocklists::update(&ctx.state.pool, p, params.blocklist_id, params.pattern),
    )
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BlocklistIdParams {
    pub blocklist_id: BlocklistId,
}

pub(super) async fn blocklists_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: BlocklistIdParams,
) -> Result<EmptyResult, RpcError> {
    blocklists::delete(&ctx.state.pool, p, params.blocklist_id).await?;
    Ok(EmptyResult {})
}

pub(super) async fn anti_spam_get_statistics(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: StatsQuery,
) -> Result<FilterStats, RpcError> {
    Ok(postbay_filter::stats(&ctx.state.pool, p, &params).await?)
}

pub(super) async fn anti_virus_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    _: NoParams,
) -> Result<AntivirusSettings, RpcError> {
    Ok(antivirus::get(&ctx.state.pool, p).await?)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AntiVirusSetParams {
    /// Replaces every setting (getAntivirusSettings / updateAntivirusSettings).
    pub settings: AntivirusSettings,
}

pub(super) async fn anti_virus_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AntiVirusSetParams,
) -> Result<EmptyResult, RpcError> {
    set_settings(antivirus::set(&ctx.state.pool, p, params.settings)).await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UserIdParams {
    pub user_id: AccountId,
}

pub(super) async fn users_get_spam_settings(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UserIdParams,
) -> Result<UserSpamSettings, RpcError> {
    Ok(user_settings::get(&ctx.state.pool, p, params.user_id).await?)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UsersSetSpamSettingsParams {
    pub user_id: AccountId,
    pub settings: UserSpamSettings,
}

pub(super) async fn users_set_spam_settings(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: UsersSetSpamSettingsParams,
) -> Result<EmptyResult, RpcError> {
    set_settings(user_settings::set(
        &ctx.state.pool,
        p,
        params.user_id,
        params.settings,
    ))
    .await
}

#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuarantineGetParams {
    /// Only this domain's.
    pub domain_id: Option<postbay_core::ids::DomainId>,
    /// Rows per page, 1 to 1000 (default 100).
    pub limit: Option<u32>,
    /// The `nextCursor` of the previous call.
    pub cursor: Option<String>,
    /// Prefix search on the sender and the subject.
    pub q: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct QuarantineList {
    pub list: Vec<QuarantinedMessage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

pub(super) async fn quarantine_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: QuarantineGetParams,
) -> Result<QuarantineList, RpcError> {
    let filter = QuarantineFilter {
        domain_id: params.domain_id,
        reason: None,
    };
    let page = PageParams {
        limit: params.limit,
        cursor: params.cursor,
        q: params.q,
        sort: None,
    };
    let page = postbay_quarantine::list(&ctx.state.pool, p, &filter, &page).await?;
    Ok(QuarantineList {
        list: page.items,
        next_cursor: page.next_cursor,
    })
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct QuarantineIdParams {
    pub quarantine_id: QuarantineId,
}

pub(super) async fn quarantine_release(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: QuarantineIdParams,
) -> Result<Released, RpcError> {
    Ok(ctx.state.pipeline.release(p, params.quarantine_id).await?)
}

pub(super) async fn quarantine_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: QuarantineIdParams,
) -> Result<EmptyResult, RpcError> {
    postbay_quarantine::delete(&ctx.state.pool, p, params.quarantine_id).await?;
    Ok(EmptyResult {})
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct SpamRuleList {
    pub list: Vec<SpamRule>,
    pub total_items: usize,
}

pub(super) async fn spam_rules_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: SpamRuleScope,
) -> Result<SpamRuleList, RpcError> {
    let list = rules::list(&ctx.state.pool, p, &params).await?.items;
    Ok(SpamRuleList {
        total_items: list.len(),
        list,
    })
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SpamRulesCreateParams {
    pub rule: NewSpamRule,
}

pub(super) async fn spam_rules_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: SpamRulesCreateParams,
) -> Result<SpamRule, RpcError> {
    under("rule.", rules::create(&ctx.state.pool, p, params.rule)).await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SpamRulesSetParams {
    pub spam_rule_id: SpamRuleId,
    pub pattern: SpamRuleUpdate,
}

pub(super) async fn spam_rules_set(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: SpamRulesSetParams,
) -> Result<SpamRule, RpcError> {
    under(
        "pattern.",
        rules::update(&ctx.state.pool, p, params.spam_rule_id, params.pattern),
    )
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SpamRuleIdParams {
    pub spam_rule_id: SpamRuleId,
}

pub(super) async fn spam_rules_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: SpamRuleIdParams,
) -> Result<EmptyResult, RpcError> {
    rules::delete(&ctx.state.pool, p, params.spam_rule_id).await?;
    Ok(EmptyResult {})
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct AttachmentRuleList {
    pub list: Vec<AttachmentRule>,
    pub total_items: usize,
}

pub(super) async fn attachment_rules_get(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AttachmentRuleScope,
) -> Result<AttachmentRuleList, RpcError> {
    let list = attachments::list(&ctx.state.pool, p, &params).await?.items;
    Ok(AttachmentRuleList {
        total_items: list.len(),
        list,
    })
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AttachmentRulesCreateParams {
    pub rule: NewAttachmentRule,
}

pub(super) async fn attachment_rules_create(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AttachmentRulesCreateParams,
) -> Result<AttachmentRule, RpcError> {
    under(
        "rule.",
        attachments::create(&ctx.state.pool, p, params.rule),
    )
    .await
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AttachmentRuleIdParams {
    pub attachment_rule_id: AttachmentRuleId,
}

pub(super) async fn attachment_rules_remove(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AttachmentRuleIdParams,
) -> Result<EmptyResult, RpcError> {
    attachments::delete(&ctx.state.pool, p, params.attachment_rule_id).await?;
    Ok(EmptyResult {})
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AntiSpamDomainParams {
    pub domain_id: postbay_core::ids::DomainId,
}

pub(super) async fn anti_spam_get_domain(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AntiSpamDomainParams,
) -> Result<DomainSpamSettings, RpcError> {
    Ok(domain_settings::get(&ctx.state.pool, p, params.domain_id).await?)
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AntiSpamSetDomainParams {
    pub domain_id: postbay_core::ids::DomainId,
    /// Replaces the domain's overrides (getDomainSpamSettings / updateDomainSpamSettings).
    pub settings: DomainSpamSettings,
}

pub(super) async fn anti_spam_set_domain(
    ctx: &CallContext<'_>,
    p: &Principal,
    params: AntiSpamSetDomainParams,
) -> Result<EmptyResult, RpcError> {
    set_settings(domain_settings::set(
        &ctx.state.pool,
        p,
        params.domain_id,
        params.settings,
    ))
    .await
}
