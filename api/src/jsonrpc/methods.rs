//! The method catalogue: each `Interface.method`, its parameters and result, and the one core
//! function it calls. The `methods!` table is the single list both dispatch and the
//! documentation (OpenAPI extension, OpenRPC) are made from.

use postbay_certificates::Certificate;
use postbay_certificates::acme::AcmeSettings;
use postbay_certificates::store::{
    CertificatePage, RequestCertificateBody, SelfSignedCertificateBody, UploadCertificateBody,
};
use postbay_core::accounts::Forwarding;
use postbay_core::collection::{
    CollectionJob, ConnectionTest, NewPop3Account, Pop3Account, RunCollection, SortingRule,
};
use postbay_core::outbound_settings::DeliverySettings;
use postbay_core::queue::{
    QueueActionResult, QueueFlush, QueuePage, QueueRemoval, QueueSelection, QueueStats,
};
use postbay_core::schedule::{
    EtrnServer, NewEtrnServer, NewTimeRange, ScheduledEvent, ScheduledEventInput, TimeRange,
};
use postbay_core::settings::{SecuritySettings, SmtpSecurity};
use postbay_counters::{StatsQuery, TrafficStats};
use postbay_credentials::app_passwords::CreatedAppPassword;
use postbay_credentials::login_links::LoginLink;
use postbay_credentials::policy::{AccountLoginPolicy, TenantLoginPolicy};
use postbay_credentials::tokens::IssuedAccountToken;
use postbay_credentials::totp::{TotpEnrolment, TotpRecoveryCodes, TotpStatus};
use postbay_delivery::Released;
use postbay_domainauth::keys::DkimKey;
use postbay_domainauth::records::{DomainDnsCheck, DomainDnsRecords};
use postbay_domainauth::settings::{DomainMailAuthPolicy, MailAuthSettings};
use postbay_filter::FilterStats;
use postbay_filter::antivirus::AntivirusSettings;
use postbay_filter::attachments::{AttachmentRule, AttachmentRuleScope};
use postbay_filter::blocklists::Blocklist;
use postbay_filter::domain_settings::DomainSpamSettings;
use postbay_filter::rules::{SpamRule, SpamRuleScope};
use postbay_filter::settings::SpamSettings;
use postbay_filter::user_settings::UserSpamSettings;
use postbay_lifecycle::LifecycleSettings;
use postbay_logs::search::LogPage;
use postbay_logs::settings::LogSettings;
use postbay_plans::Plan;
use postbay_plans::admin::{NewPlan, PlanPage};
use postbay_rules::domain_scripts::DomainSieveScript;
use postbay_rules::filter_rules::FilterRuleList;
use postbay_rules::scripts::{SieveCheck, SieveCheckBody, SieveScript, SieveScriptList};
use postbay_rules::vacation::VacationSettings;
use postbay_search::admin::{MessageHitPage, SearchIndexStatus};
use postbay_sending_limits::SendingLimits;
use postbay_status::list::{ConnectionPage, ConnectionQuery, OpenFolderList, OpenFolderQuery};
use postbay_usage::SnapshotTaken;
use postbay_usage::report::UsagePage;
use postbay_webhooks::admin::{
    NewWebhook, Webhook, WebhookDelivery, WebhookDeliveryPage, WebhookPage,
};
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;
use utoipa::openapi::{RefOr, Schema};

use super::accounts::*;
use super::aliases::*;
use super::batch::{CreateResult, EmptyResult, ErrorList, NoParams, decode};
use super::certificates::*;
use super::collection::*;
use super::credentials::*;
use super::domains::*;
use super::filter::*;
use super::filter_rules::*;
use super::groups::*;
use super::logs::*;
use super::mail_auth::*;
use super::messages::*;
use super::network::*;
use super::plans::*;
use super::queue::*;
use super::sending_limits::*;
use super::session::*;
use super::sieve::*;
use super::status::*;
use super::templates::*;
use super::tenants::*;
use super::usage::*;
use super::webhooks::*;
use super::{CallContext, METHOD_NOT_FOUND, RpcError};

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
        "Deletes tenants (empty ones, unless cascade is set): pending deletion for the grace period, or purged at once with purge (deleteTenant).";
    "Tenants.restore" => tenants_restore(TenantsRestoreParams) -> ErrorList, session,
        "Brings back tenants pending deletion, with everything below them (restoreTenant).";
    "Domains.get" => domains_get(DomainsGetParams) -> DomainList, session,
        "Domains matching a query.";
    "Domains.create" => domains_create(DomainsCreateParams) -> CreateResult, session,
        "Creates domains; each valid item is created even when others fail.";
    "Domains.set" => domains_set(DomainsSetParams) -> ErrorList, session,
        "Applies one pattern to several domains.";
    "Domains.remove" => domains_remove(DomainsRemoveParams) -> ErrorList, session,
        "Deletes domains (empty ones, unless cascade is set): pending deletion for the grace period, or purged at once with purge (deleteDomain).";
    "Domains.restore" => domains_restore(DomainsRestoreParams) -> ErrorList, session,
        "Brings back domains pending deletion, with everything in them (restoreDomain).";
    "Domains.setPrimary" => domains_set_primary(DomainsSetPrimaryParams) -> EmptyResult, session,
        "Makes a domain the primary one.";
    "Domains.verify" => domains_verify(DomainsVerifyParams) -> DomainsVerifyResult, session,
        "Checks the TXT records that prove a domain (and its aliases) to be its tenant's.";
    "Domains.getDnsRecords" => domains_get_dns_records(DomainIdParams) -> DomainDnsRecords, session,
        "The DNS records a domain should publish, as data and as a zone-file fragment (getDomainDnsRecords).";
    "Domains.checkDns" => domains_check_dns(DomainIdParams) -> DomainDnsCheck, session,
        "Looks each of a domain's records up: ok, missing, different or lookupFailed (checkDomainDns).";
    "DkimKeys.get" => dkim_keys_get(DomainIdParams) -> DkimKeyList, session,
        "A domain's DKIM keys, newest first (listDkimKeys).";
    "DkimKeys.create" => dkim_keys_create(DkimKeysCreateParams) -> DkimKey, session,
        "Makes or imports a DKIM key; the first of its algorithm signs at once (createDkimKey).";
    "DkimKeys.set" => dkim_keys_set(DkimKeysSetParams) -> DkimKey, session,
        "Activates a DKIM key (the active one of its algorithm retires) or retires it (updateDkimKey).";
    "DkimKeys.remove" => dkim_keys_remove(DkimKeyIdParams) -> EmptyResult, session,
        "Deletes a pending or retired DKIM key (deleteDkimKey).";
    "AntiSpam.get" => anti_spam_get(NoParams) -> SpamSettings, session,
        "The spam filter: thresholds, tagging, blocking, the external engine (getSpamSettings).";
    "AntiSpam.set" => anti_spam_set(AntiSpamSetParams) -> EmptyResult, session,
        "Replaces the spam filter's settings (updateSpamSettings).";
    "AntiSpam.getDomain" => anti_spam_get_domain(AntiSpamDomainParams) -> DomainSpamSettings, session,
        "A domain's own spam settings over the server's (getDomainSpamSettings).";
    "AntiSpam.setDomain" => anti_spam_set_domain(AntiSpamSetDomainParams) -> EmptyResult, session,
        "Replaces a domain's own spam settings (updateDomainSpamSettings).";
    "AntiSpam.getStatistics" => anti_spam_get_statistics(StatsQuery) -> FilterStats, session,
        "What the filter did per day and in total, for one domain or all the caller reaches (getFilterStats).";
    "AntiVirus.get" => anti_virus_get(NoParams) -> AntivirusSettings, session,
        "Antivirus: the clamd scanner, what a virus and a failed scan lead to (getAntivirusSettings).";
    "AntiVirus.set" => anti_virus_set(AntiVirusSetParams) -> EmptyResult, session,
        "Replaces the antivirus settings (updateAntivirusSettings).";
    "Users.getSpamSettings" => users_get_spam_settings(UserIdParams) -> UserSpamSettings, session,
        "A user's own spam controls: trusted and blocked senders, spam to Junk or refused (getUserSpamSettings).";
    "Users.setSpamSettings" => users_set_spam_settings(UsersSetSpamSettingsParams) -> EmptyResult, session,
        "Replaces a user's own spam controls (updateUserSpamSettings).";
    "Users.searchMessages" => users_search_messages(UsersSearchMessagesParams) -> MessageHitPage, session,
        "Searches a user's mail, newest first; audited (searchAccountMessages).";
    "Users.getSearchIndexStatus" => users_get_search_index_status(UserIdParams) -> SearchIndexStatus, session,
        "How far the search index has come with a user's mail (getSearchIndexStatus).";
    "SieveScripts.get" => sieve_scripts_list(UserIdParams) -> SieveScriptList, session,
        "A user's Sieve scripts, the active one marked (listSieveScripts).";
    "SieveScripts.getScript" => sieve_scripts_get(SieveScriptNameParams) -> SieveScript, session,
        "One of a user's Sieve scripts (getSieveScript).";
    "SieveScripts.set" => sieve_scripts_put(SieveScriptsPutParams) -> SieveScript, session,
        "Stores a user's Sieve script under a name, checked first (putSieveScript).";
    "SieveScripts.activate" => sieve_scripts_activate(SieveScriptNameParams) -> SieveScript, session,
        "Makes a script the user's active one (activateSieveScript).";
    "SieveScripts.remove" => sieve_scripts_remove(SieveScriptNameParams) -> EmptyResult, session,
        "Deletes a script that is not active (deleteSieveScript).";
    "SieveScripts.check" => sieve_scripts_check(SieveCheckBody) -> SieveCheck, session,
        "Checks a script without storing it: the line, column and reason of its first error (checkSieveScript).";
    "FilterRules.get" => filter_rules_get(UserIdParams) -> FilterRuleList, session,
        "A user's filter rules in order, and the hand-written script that overrides them if any (listFilterRules).";
    "FilterRules.set" => filter_rules_set(FilterRulesSetParams) -> FilterRuleList, session,
        "Replaces a user's filter rules, compiled into their active Sieve script (replaceFilterRules).";
    "Vacation.get" => vacation_get(UserIdParams) -> VacationSettings, session,
        "A user's out-of-office reply (getVacation).";
    "Vacation.set" => vacation_set(VacationSetParams) -> VacationSettings, session,
        "Sets a user's out-of-office reply (updateVacation).";
    "Forwarding.get" => forwarding_get(UserIdParams) -> Forwarding, session,
        "Where a user's mail is forwarded (getForwarding).";
    "Forwarding.set" => forwarding_set(ForwardingSetParams) -> Forwarding, session,
        "Sets where a user's mail is forwarded and whether a copy is kept (updateForwarding).";
    "DomainSieveScripts.get" => domain_sieve_scripts_get(DomainSieveScriptParams) -> DomainSieveScript, session,
        "A domain's own before or after script (getDomainSieveScript).";
    "DomainSieveScripts.set" => domain_sieve_scripts_set(DomainSieveScriptSetParams) -> DomainSieveScript, session,
        "Sets a domain's before or after script, checked first (putDomainSieveScript).";
    "DomainSieveScripts.remove" => domain_sieve_scripts_remove(DomainSieveScriptParams) -> EmptyResult, session,
        "Removes a domain's before or after script (deleteDomainSieveScript).";
    "Blocklists.get" => blocklists_get(NoParams) -> BlocklistList, session,
        "The spam filter's DNS blocklists (listBlocklists).";
    "Blocklists.create" => blocklists_create(BlocklistsCreateParams) -> Blocklist, session,
        "Adds a DNS blocklist: a zone, ip or domain, reject or score (createBlocklist).";
    "Blocklists.set" => blocklists_set(BlocklistsSetParams) -> Blocklist, session,
        "Changes a blocklist's action, score, description or enabled (updateBlocklist).";
    "Blocklists.remove" => blocklists_remove(BlocklistIdParams) -> EmptyResult, session,
        "Deletes a blocklist (deleteBlocklist).";
    "SpamRules.get" => spam_rules_get(SpamRuleScope) -> SpamRuleList, session,
        "The spam filter's custom rules in order: the server's, or a domain's (listSpamRules).";
    "SpamRules.create" => spam_rules_create(SpamRulesCreateParams) -> SpamRule, session,
        "Adds a custom rule to the server's list or a domain's (createSpamRule).";
    "SpamRules.set" => spam_rules_set(SpamRulesSetParams) -> SpamRule, session,
        "Changes a custom rule; position moves it (updateSpamRule).";
    "SpamRules.remove" => spam_rules_remove(SpamRuleIdParams) -> EmptyResult, session,
        "Deletes a custom rule (deleteSpamRule).";
    "AttachmentRules.get" => attachment_rules_get(AttachmentRuleScope) -> AttachmentRuleList, session,
        "The attachment filter's rules in order: the server's, or a domain's (listAttachmentRules).";
    "AttachmentRules.create" => attachment_rules_create(AttachmentRulesCreateParams) -> AttachmentRule, session,
        "Adds an attachment rule: a file name pattern or MIME type; block, remove or accept (createAttachmentRule).";
    "AttachmentRules.remove" => attachment_rules_remove(AttachmentRuleIdParams) -> EmptyResult, session,
        "Deletes an attachment rule (deleteAttachmentRule).";
    "Quarantine.get" => quarantine_get(QuarantineGetParams) -> QuarantineList, session,
        "Messages held in quarantine, newest first, for one domain or all the caller reaches (listQuarantine).";
    "Quarantine.release" => quarantine_release(QuarantineIdParams) -> Released, session,
        "Delivers a held message as first addressed, unfiltered, and removes it (releaseQuarantined).";
    "Quarantine.remove" => quarantine_remove(QuarantineIdParams) -> EmptyResult, session,
        "Deletes a held message unread (deleteQuarantined).";
    "MailAuth.get" => mail_auth_get(NoParams) -> MailAuthSettings, session,
        "Sender authentication settings: checks of received mail, published policies (getMailAuthSettings).";
    "MailAuth.set" => mail_auth_set(MailAuthSetParams) -> EmptyResult, session,
        "Replaces the sender authentication settings (updateMailAuthSettings).";
    "MailAuth.getDomainPolicy" => mail_auth_get_domain_policy(DomainIdParams) -> DomainMailAuthPolicy, session,
        "A domain's own answers to failed sender checks (getDomainMailAuthPolicy).";
    "MailAuth.setDomainPolicy" => mail_auth_set_domain_policy(MailAuthSetDomainPolicyParams) -> DomainMailAuthPolicy, session,
        "Replaces a domain's own answers to failed sender checks (updateDomainMailAuthPolicy).";
    "Users.get" => users_get(UsersGetParams) -> UserList, session,
        "Users matching a query, optionally in one domain.";
    "Users.create" => users_create(UsersCreateParams) -> CreateResult, session,
        "Creates users; each valid item is created even when others fail.";
    "Users.set" => users_set(UsersSetParams) -> ErrorList, session,
        "Applies one pattern to several users.";
    "Users.remove" => users_remove(UsersRemoveParams) -> ErrorList, session,
        "Deletes users: pending deletion for the grace period, or purged at once with purge (deleteAccount).";
    "Users.restore" => users_restore(UsersRestoreParams) -> ErrorList, session,
        "Brings back users pending deletion, with all their mail (restoreAccount).";
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
    "LifecycleSettings.get" => lifecycle_settings_get(NoParams) -> LifecycleSettings, session,
        "How long deleted tenants, domains and accounts can be restored before they are purged (getLifecycleSettings).";
    "LifecycleSettings.set" => lifecycle_settings_set(LifecycleSettingsSetParams) -> EmptyResult, session,
        "Replaces the lifecycle settings (updateLifecycleSettings).";
    "SecuritySettings.get" => security_settings_get(NoParams) -> SecuritySettings, session,
        "Login protection (account lockout, address delays), token lifetimes and the password policy (getSecuritySettings).";
    "SecuritySettings.set" => security_settings_set(SecuritySettingsSetParams) -> EmptyResult, session,
        "Replaces the login protection, token lifetimes and password policy (updateSecuritySettings).";
    "Certificates.get" => certificates_get(CertificatesGetParams) -> CertificatePage, session,
        "The server's TLS certificates, by name; `host` narrows to those served for a host (listCertificates).";
    "Certificates.getById" => certificates_get_by_id(CertificateIdParams) -> Certificate, session,
        "One certificate: chain, names, dates and renewal state, never the key (getCertificate).";
    "Certificates.upload" => certificates_upload(UploadCertificateBody) -> Certificate, session,
        "Adds an operator's PEM chain and key, checked for order, dates, names and key (uploadCertificate).";
    "Certificates.generate" => certificates_generate(SelfSignedCertificateBody) -> Certificate, session,
        "Makes a self-signed certificate for some names (createSelfSignedCertificate).";
    "Certificates.request" => certificates_request(RequestCertificateBody) -> Certificate, session,
        "Orders a certificate from the ACME CA; pending until issued (requestCertificate).";
    "Certificates.renew" => certificates_renew(CertificateIdParams) -> Certificate, session,
        "Renews an ACME or self-signed certificate now (renewCertificate).";
    "Certificates.set" => certificates_set(CertificatesSetParams) -> Certificate, session,
        "Renames a certificate, makes it the default, or replaces an uploaded one's chain and key (updateCertificate).";
    "Certificates.remove" => certificates_remove(CertificateIdParams) -> EmptyResult, session,
        "Deletes a certificate (deleteCertificate).";
    "AcmeSettings.get" => acme_settings_get(NoParams) -> AcmeSettings, session,
        "The ACME directory, contact, trusted CA and renewal lead time (getAcmeSettings).";
    "AcmeSettings.set" => acme_settings_set(AcmeSettingsSetParams) -> AcmeSettings, session,
        "Replaces the ACME settings (updateAcmeSettings).";
    "Users.getAppPasswords" => users_get_app_passwords(UserCredentialsParams) -> AppPasswordList, session,
        "An account's app passwords, never the passwords themselves (listAppPasswords).";
    "Users.createAppPassword" => users_create_app_password(UsersCreateAppPasswordParams) -> CreatedAppPassword, session,
        "Makes an app password for the protocols named; the password is in this answer only (createAppPassword).";
    "Users.removeAppPassword" => users_remove_app_password(UsersRemoveAppPasswordParams) -> EmptyResult, session,
        "Revokes an app password (deleteAppPassword).";
    "Users.getTokens" => users_get_tokens(UserCredentialsParams) -> AccountTokenList, session,
        "An account's live bearer tokens for the mail protocols (listAccountTokens).";
    "Users.createToken" => users_create_token(UsersCreateTokenParams) -> IssuedAccountToken, session,
        "Issues a bearer token for SASL OAUTHBEARER/XOAUTH2 on IMAP, POP3 and submission (createAccountToken).";
    "Users.revokeToken" => users_revoke_token(UsersRevokeTokenParams) -> EmptyResult, session,
        "Revokes a bearer token (revokeAccountToken).";
    "Users.createLoginLink" => users_create_login_link(UserCredentialsParams) -> LoginLink, session,
        "A one-time link that opens an API session for the account, for five minutes (createLoginLink).";
    "Users.getTotp" => users_get_totp(UserCredentialsParams) -> TotpStatus, session,
        "Whether the account has a second factor (getTotp).";
    "Users.enrolTotp" => users_enrol_totp(UserCredentialsParams) -> TotpEnrolment, session,
        "Starts the enrolment of the caller's own second factor (enrolTotp).";
    "Users.confirmTotp" => users_confirm_totp(UsersConfirmTotpParams) -> TotpRecoveryCodes, session,
        "Confirms the enrolment with a first code; answers the recovery codes (confirmTotp).";
    "Users.removeTotp" => users_remove_totp(UserCredentialsParams) -> EmptyResult, session,
        "Removes the account's second factor (deleteTotp).";
    "Users.getLoginPolicy" => users_get_login_policy(UserCredentialsParams) -> AccountLoginPolicy, session,
        "Whether the mail protocols take only app passwords and tokens (getAccountLoginPolicy).";
    "Users.setLoginPolicy" => users_set_login_policy(UsersSetLoginPolicyParams) -> AccountLoginPolicy, session,
        "Sets the account's login policy (setAccountLoginPolicy).";
    "Users.getMobileConfig" => users_get_mobile_config(UserCredentialsParams) -> MobileConfig, session,
        "An Apple configuration profile that sets the account up in Mail, without a password (getAccountMobileConfig).";
    "Tenants.getLoginPolicy" => tenants_get_login_policy(TenantLoginPolicyParams) -> TenantLoginPolicy, session,
        "Whether the tenant's administrators must have a second factor (getTenantLoginPolicy).";
    "Tenants.setLoginPolicy" => tenants_set_login_policy(TenantsSetLoginPolicyParams) -> TenantLoginPolicy, session,
        "Sets the tenant's login policy (setTenantLoginPolicy).";
    "Users.getSendingLimits" => users_get_sending_limits(UserSendingLimitsParams) -> SendingLimits, session,
        "An account's messages and recipients per hour and per day by submission (getAccountSendingLimits).";
    "Users.setSendingLimits" => users_set_sending_limits(UsersSetSendingLimitsParams) -> SendingLimits, session,
        "Replaces an account's sending limits; an absent one is lifted (updateAccountSendingLimits).";
    "Domains.getSendingLimits" => domains_get_sending_limits(DomainSendingLimitsParams) -> SendingLimits, session,
        "What a domain's accounts together may send per hour and per day (getDomainSendingLimits).";
    "Domains.setSendingLimits" => domains_set_sending_limits(DomainsSetSendingLimitsParams) -> SendingLimits, session,
        "Replaces a domain's sending limits (updateDomainSendingLimits).";
    "Tenants.getSendingLimits" => tenants_get_sending_limits(TenantSendingLimitsParams) -> SendingLimits, session,
        "What a tenant's subtree together may send per hour and per day (getTenantSendingLimits).";
    "Tenants.setSendingLimits" => tenants_set_sending_limits(TenantsSetSendingLimitsParams) -> SendingLimits, session,
        "Replaces a tenant's sending limits (updateTenantSendingLimits).";
    "Usage.get" => usage_get(UsageGetParams) -> UsagePage, session,
        "Daily usage for a period: one account, domain or tenant, or every one of a level under it (getUsage).";
    "Usage.takeSnapshot" => usage_take_snapshot(NoParams) -> SnapshotTaken, session,
        "Takes today's usage snapshot now (takeUsageSnapshot).";
    "Plans.get" => plans_get(PlansGetParams) -> PlanPage, session,
        "The service plans within reach, optionally one tenant's or one level's (listPlans).";
    "Plans.getById" => plans_get_by_id(PlanIdParams) -> Plan, session,
        "One service plan (getPlan).";
    "Plans.create" => plans_create(NewPlan) -> Plan, session,
        "Makes a plan of limits for tenants, domains or accounts below its tenant (createPlan).";
    "Plans.set" => plans_set(PlansSetParams) -> Plan, session,
        "Changes a plan; new limits apply to everything on it at once, or to nothing (updatePlan).";
    "Plans.remove" => plans_remove(PlanIdParams) -> EmptyResult, session,
        "Deletes a plan nothing is on (deletePlan).";
    "Plans.assign" => plans_assign(PlansAssignParams) -> ErrorList, session,
        "Puts tenants, domains or users on a plan (their limits become its), or takes them off one (planId null).";
    "Webhooks.get" => webhooks_get(WebhooksGetParams) -> WebhookPage, session,
        "The webhooks within reach, optionally one tenant's (listWebhooks).";
    "Webhooks.getById" => webhooks_get_by_id(WebhookIdParams) -> Webhook, session,
        "One webhook, never its secret (getWebhook).";
    "Webhooks.create" => webhooks_create(NewWebhook) -> Webhook, session,
        "Subscribes a URL to event types; the answer carries the whsec_ signing secret, shown once (createWebhook).";
    "Webhooks.set" => webhooks_set(WebhooksSetParams) -> Webhook, session,
        "Changes a webhook; rotateSecret answers with a new secret, the old one signing for 24 hours more (updateWebhook).";
    "Webhooks.remove" => webhooks_remove(WebhookIdParams) -> EmptyResult, session,
        "Deletes a webhook and its delivery log (deleteWebhook).";
    "Webhooks.getDeliveries" => webhooks_get_deliveries(WebhooksGetDeliveriesParams) -> WebhookDeliveryPage, session,
        "A webhook's delivery log, newest first, with attempts and the last HTTP status (listWebhookDeliveries).";
    "Webhooks.redeliver" => webhooks_redeliver(WebhooksRedeliverParams) -> WebhookDelivery, session,
        "Sends a logged event again with the same webhook-id (redeliverWebhook).";
    "Webhooks.ping" => webhooks_ping(WebhookIdParams) -> WebhookDelivery, session,
        "Sends the webhook a webhook.ping event (pingWebhook).";
    "Logs.search" => logs_search(LogsSearchParams) -> LogPage, session,
        "Log lines, newest first, by family, time, domain, account or a Message-ID or address (searchLogs).";
    "Statistics.getTraffic" => statistics_get_traffic(StatsQuery) -> TrafficStats, session,
        "Mail traffic per day and in total: messages and bytes in and out, per domain (getTrafficStatistics).";
    "Server.getConnections" => server_get_connections(ConnectionQuery) -> ConnectionPage, session,
        "Clients connected to any node now: service, address, since, TLS, user, last command, folder (listConnections).";
    "Server.getOpenedFolders" => server_get_open_folders(OpenFolderQuery) -> OpenFolderList, session,
        "IMAP folders and POP3 inboxes held open, per account and folder, with their session counts (listOpenFolders).";
    "Logs.getSettings" => logs_get_settings(NoParams) -> LogSettings, session,
        "Retention per log family and the debug switches (getLogSettings).";
    "Logs.setSettings" => logs_set_settings(LogSettingsSetParams) -> LogSettings, session,
        "Replaces the log settings (updateLogSettings).";
    "Lockouts.get" => lockouts_get(NoParams) -> LockoutList, session,
        "Accounts locked and addresses slowed by failed logins (listLockouts).";
    "Lockouts.removeAll" => lockouts_remove_all(NoParams) -> EmptyResult, session,
        "Unlocks every account and address (unlockAll).";
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

fn serialising_failed(e: serde_json::Error) -> RpcError {
    tracing::error!(error = %e, "serialising a JSON-RPC result");
    RpcError::new(super::INTERNAL_ERROR, "internal error", "internal")
}

/// A result as JSON text: serialised once, straight into the reply.
fn to_json(result: &impl Serialize) -> Result<String, RpcError> {
    serde_json::to_string(result).map_err(serialising_failed)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use postbay_core::templates::UserTemplate;
    use postbay_core::tenants::Tenant;
    use postbay_core::{accounts, aliases, domains, groups, templates, tenants};

    use super::super::batch::members_of;
    use super::super::model::{
        ALIAS_COLUMNS, DOMAIN_COLUMNS, GROUP_COLUMNS, RpcAlias, RpcDomain, RpcGroup, RpcUser,
        USER_COLUMNS,
    };
    use super::*;

    /// Members of an object, its search columns, and Kerio's names for some of them.
    type Case<'a> = (HashSet<String>, Vec<&'a str>, &'a [(&'a str, &'a str)]);

    /// A core column name in Kerio's terms (the inverse of [`in_core_terms`]).
    fn in_kerio_terms<'a>(name: &'a str, columns: &[(&'a str, &'a str)]) -> &'a str {
        columns
            .iter()
            .find(|(_, c)| *c == name)
            .map_or(name, |(k, _)| k)
    }

    /// Every searchable column is a member of the object a get returns, so conditions,
    /// `orderBy` and `fields` speak the same names.
    #[test]
    fn search_columns_are_members() {
        let cases: [Case<'_>; 6] = [
            (
                members_of::<RpcUser>(),
                accounts::search_columns().collect(),
                USER_COLUMNS,
            ),
            (
                members_of::<RpcDomain>(),
                domains::search_columns().collect(),
                DOMAIN_COLUMNS,
            ),
            (
                members_of::<RpcGroup>(),
                groups::search_columns().collect(),
                GROUP_COLUMNS,
            ),
            (
                members_of::<RpcAlias>(),
                aliases::search_columns().collect(),
                ALIAS_COLUMNS,
            ),
            (
                members_of::<Tenant>(),
                tenants::search_columns().collect(),
                &[],
            ),
            (
                members_of::<UserTemplate>(),
                templates::search_columns().collect(),
                &[],
            ),
        ];
        for (members, columns, kerio) in cases {
            assert!(!members.is_empty());
            for c in columns {
                let name = in_kerio_terms(c, kerio);
                assert!(members.contains(name), "{name} ({c}) is not a member");
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
