//! The objects of the JSON-RPC projection, in Kerio Connect's shape where Kerio has one
//! (`loginName`, `isEnabled`, `diskSizeLimit{isActive,limit{value,units}}`, ...), with Postbay's
//! extra members beside them. Only translation lives here; every rule stays in `postbay_core`.

use chrono::{DateTime, Utc};
use postbay_core::CoreError;
use postbay_core::accounts::{AccountPatch, NewAccount};
use postbay_core::admin_roles::AdminRole;
use postbay_core::aliases::{AliasPatch, NewAlias};
use postbay_core::domains::{
    DomainFooter, DomainLimits, DomainMailSettings, DomainPatch, NewDomain,
};
use postbay_core::groups::{GroupPatch, NewGroup};
use postbay_core::ids::{AccountId, AliasId, DomainId, GroupId, TemplateId, TenantId};
use postbay_core::status::{Status, StatusReason};
use postbay_core::{accounts, aliases, domains, groups};
use serde::{Deserialize, Serialize};

/// Kerio's size units; values are converted exactly (1 KiloByte = 1024 Bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub enum ByteUnits {
    Bytes,
    KiloBytes,
    MegaBytes,
    GigaBytes,
    TeraBytes,
    PetaBytes,
}

impl ByteUnits {
    const ALL: [ByteUnits; 6] = [
        Self::PetaBytes,
        Self::TeraBytes,
        Self::GigaBytes,
        Self::MegaBytes,
        Self::KiloBytes,
        Self::Bytes,
    ];

    fn factor(self) -> i64 {
        match self {
            Self::Bytes => 1,
            Self::KiloBytes => 1 << 10,
            Self::MegaBytes => 1 << 20,
            Self::GigaBytes => 1 << 30,
            Self::TeraBytes => 1 << 40,
            Self::PetaBytes => 1 << 50,
        }
    }
}

/// A size with its unit (Kerio's `ByteValueWithUnits`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ByteValue {
    pub value: i64,
    pub units: ByteUnits,
}

impl ByteValue {
    /// `bytes` in the largest unit that holds it exactly.
    pub fn from_bytes(bytes: i64) -> Self {
        let units = ByteUnits::ALL
            .into_iter()
            .find(|u| bytes != 0 && bytes % u.factor() == 0)
            .unwrap_or(ByteUnits::Bytes);
        Self {
            value: bytes / units.factor(),
            units,
        }
    }

    fn to_bytes(self, field: &'static str) -> Result<i64, CoreError> {
        if self.value < 0 {
            return Err(CoreError::invalid(
                field,
                "out_of_range",
                "sizes cannot be negative",
            ));
        }
        self.value
            .checked_mul(self.units.factor())
            .ok_or_else(|| CoreError::invalid(field, "out_of_range", "the size is too large"))
    }
}

/// A size limit that may be off (Kerio's `SizeLimit`); off means unlimited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SizeLimit {
    pub is_active: bool,
    pub limit: ByteValue,
}

impl SizeLimit {
    /// Postbay stores unlimited as 0.
    pub fn from_bytes(bytes: i64) -> Self {
        Self {
            is_active: bytes > 0,
            limit: ByteValue::from_bytes(bytes.max(0)),
        }
    }

    fn to_bytes(self, field: &'static str) -> Result<i64, CoreError> {
        if self.is_active {
            self.limit.to_bytes(field)
        } else {
            Ok(0)
        }
    }
}

/// A count limit that may be off (Kerio's `ItemCountLimit`/`MaxNumber`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CountLimit {
    pub is_active: bool,
    pub limit: i64,
}

impl CountLimit {
    fn from_limit(limit: Option<i64>) -> Self {
        Self {
            is_active: limit.is_some_and(|l| l > 0),
            limit: limit.unwrap_or(0),
        }
    }

    /// As a stored limit: `None` = unlimited (off, or 0 as everywhere in Postbay).
    fn to_limit(self, field: &'static str) -> Result<Option<i64>, CoreError> {
        if self.is_active && self.limit < 0 {
            return Err(CoreError::invalid(
                field,
                "out_of_range",
                "limits cannot be negative",
            ));
        }
        Ok((self.is_active && self.limit > 0).then_some(self.limit))
    }

    /// As a stored count quota: 0 = unlimited.
    fn to_count(self, field: &'static str) -> Result<i64, CoreError> {
        Ok(self.to_limit(field)?.unwrap_or(0))
    }
}

/// Kerio's administration roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub enum UserRoleType {
    /// No administration rights.
    UserRole,
    /// Whole server, read only.
    Auditor,
    /// The accounts, groups and aliases of the user's own domain.
    AccountAdmin,
    /// Whole server, read and write.
    FullAdmin,
    /// Postbay: a tenant and everything below it. Reported only (grant it with `tenantAdminOf`
    /// over REST); setting any other role on a user also ends its tenant administration.
    TenantAdmin,
}

/// Kerio's `UserRight`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UserRight {
    pub user_role: UserRoleType,
}

impl UserRight {
    fn from_parts(admin: AdminRole, tenant_admin: bool, domain_admin: bool) -> Self {
        let user_role = match (admin, tenant_admin, domain_admin) {
            (AdminRole::ServerReadWrite, _, _) => UserRoleType::FullAdmin,
            (AdminRole::ServerReadOnly, _, _) => UserRoleType::Auditor,
            (AdminRole::None, true, _) => UserRoleType::TenantAdmin,
            (AdminRole::None, false, true) => UserRoleType::AccountAdmin,
            (AdminRole::None, false, false) => UserRoleType::UserRole,
        };
        Self { user_role }
    }

    fn to_parts(self) -> Result<(AdminRole, bool), CoreError> {
        Ok(match self.user_role {
            UserRoleType::UserRole => (AdminRole::None, false),
            UserRoleType::Auditor => (AdminRole::ServerReadOnly, false),
            UserRoleType::AccountAdmin => (AdminRole::None, true),
            UserRoleType::FullAdmin => (AdminRole::ServerReadWrite, false),
            UserRoleType::TenantAdmin => {
                return Err(CoreError::invalid(
                    "role.userRole",
                    "invalid_value",
                    "tenant administrators are made with tenantAdminOf",
                ));
            }
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub enum ForwardMode {
    /// No forwarding.
    UForwardNone,
    /// Forward and keep a copy in the mailbox.
    UForwardDeliver,
    /// Forward only.
    UForwardOnly,
}

/// Kerio's `EmailForwarding`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EmailForwarding {
    pub mode: ForwardMode,
    #[serde(default)]
    pub email_addresses: Vec<String>,
}

impl EmailForwarding {
    fn to_parts(&self) -> (Vec<String>, bool) {
        match self.mode {
            ForwardMode::UForwardNone => (Vec::new(), true),
            ForwardMode::UForwardDeliver => (self.email_addresses.clone(), true),
            ForwardMode::UForwardOnly => (self.email_addresses.clone(), false),
        }
    }
}

/// Kerio's `isEnabled` over Postbay's status: enabling sets `active`, disabling `disabled`.
fn status_of(is_enabled: Option<bool>, status: Option<Status>) -> Option<Status> {
    status.or(is_enabled.map(|e| if e { Status::Active } else { Status::Disabled }))
}

/// A user (account) as Kerio's `Users` interface shows it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct RpcUser {
    pub id: AccountId,
    pub domain_id: DomainId,
    pub login_name: String,
    /// Postbay: the primary address, `loginName@domain`.
    pub email: String,
    pub full_name: String,
    pub description: String,
    pub is_enabled: bool,
    /// Postbay: `active`, `suspended` (see `statusReason`), `disabled` or `pendingDeletion`.
    pub status: Status,
    /// Postbay: why a suspended user is suspended (`billing`, `abuse`, `admin`).
    pub status_reason: Option<StatusReason>,
    /// Postbay: when a user pending deletion is purged.
    pub purge_after: Option<chrono::DateTime<chrono::Utc>>,
    /// Extra local parts of the user in its domain.
    pub email_addresses: Vec<String>,
    pub email_forwarding: EmailForwarding,
    pub disk_size_limit: SizeLimit,
    pub item_limit: CountLimit,
    pub consumed_size: ByteValue,
    pub consumed_items: i64,
    pub role: UserRight,
    /// Postbay: the tenant this user administers, if any.
    pub tenant_admin_of: Option<TenantId>,
    pub publish_in_gal: bool,
    /// Mail only within the user's own domain.
    pub has_domain_restriction: bool,
    pub out_message_limit: SizeLimit,
    pub has_password: bool,
    pub external_id: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<accounts::Account> for RpcUser {
    fn from(a: accounts::Account) -> Self {
        let email_forwarding = EmailForwarding {
            mode: match (a.forwarding.targets.is_empty(), a.forwarding.keep_copy) {
                (true, _) => ForwardMode::UForwardNone,
                (false, true) => ForwardMode::UForwardDeliver,
                (false, false) => ForwardMode::UForwardOnly,
            },
            email_addresses: a.forwarding.targets,
        };
        Self {
            id: a.id,
            domain_id: a.domain_id,
            login_name: a.login_name,
            email: a.email,
            full_name: a.full_name,
            description: a.description,
            is_enabled: a.status == Status::Active,
            status: a.status,
            status_reason: a.status_reason,
            purge_after: a.purge_after,
            email_addresses: a.addresses,
            email_forwarding,
            disk_size_limit: SizeLimit::from_bytes(a.quota.bytes),
            item_limit: CountLimit::from_limit(Some(a.quota.messages)),
            consumed_size: ByteValue::from_bytes(a.usage.bytes),
            consumed_items: a.usage.messages,
            role: UserRight::from_parts(a.admin_role, a.tenant_admin_of.is_some(), a.domain_admin),
            tenant_admin_of: a.tenant_admin_of,
            publish_in_gal: a.publish_in_address_list,
            has_domain_restriction: a.local_only,
            out_message_limit: SizeLimit::from_bytes(a.max_outgoing_message_size),
            has_password: a.has_password,
            external_id: a.external_id,
            created_at: a.created_at,
            updated_at: a.updated_at,
        }
    }
}

/// The members of a user that `create` and `set` accept; `set` applies those present.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RpcUserPattern {
    /// Required for create; ignored by set (a user's domain never changes).
    pub domain_id: Option<DomainId>,
    /// Required for create; cannot be changed by set.
    pub login_name: Option<String>,
    /// Write-only.
    pub password: Option<String>,
    /// Postbay: an Argon2 PHC hash instead of a password, for migrations. Write-only.
    pub password_hash: Option<String>,
    pub full_name: Option<String>,
    pub description: Option<String>,
    pub is_enabled: Option<bool>,
    pub status: Option<Status>,
    /// Postbay: with status `suspended`, why (`billing`, `abuse`, `admin`).
    pub status_reason: Option<StatusReason>,
    pub email_addresses: Option<Vec<String>>,
    pub email_forwarding: Option<EmailForwarding>,
    pub disk_size_limit: Option<SizeLimit>,
    pub item_limit: Option<CountLimit>,
    pub role: Option<UserRight>,
    pub publish_in_gal: Option<bool>,
    pub has_domain_restriction: Option<bool>,
    pub out_message_limit: Option<SizeLimit>,
    /// Postbay: create from this template.
    pub template_id: Option<TemplateId>,
    /// Postbay: groups to join at creation.
    pub groups: Option<Vec<GroupId>>,
    pub external_id: Option<String>,
}

impl RpcUserPattern {
    pub fn into_new(self) -> Result<(DomainId, NewAccount), CoreError> {
        let domain = self.domain_id.ok_or_else(|| {
            CoreError::invalid("domainId", "required", "domainId is required to create")
        })?;
        let login_name = self.login_name.clone().ok_or_else(|| {
            CoreError::invalid("loginName", "required", "loginName is required to create")
        })?;
        let (role, domain_admin) = match self.role {
            Some(r) => {
                let (a, d) = r.to_parts()?;
                (Some(a), Some(d))
            }
            None => (None, None),
        };
        let (forward_to, forward_keep_copy) = match &self.email_forwarding {
            Some(f) => {
                let (t, k) = f.to_parts();
                (t, Some(k))
            }
            None => (Vec::new(), None),
        };
        Ok((
            domain,
            NewAccount {
                login_name,
                password: self.password,
                password_hash: self.password_hash,
                full_name: self.full_name.unwrap_or_default(),
                description: self.description,
                status: status_of(self.is_enabled, self.status).unwrap_or_default(),
                status_reason: self.status_reason,
                plan_id: None,
                quota_bytes: self
                    .disk_size_limit
                    .map(|l| l.to_bytes("diskSizeLimit"))
                    .transpose()?,
                quota_messages: self
                    .item_limit
                    .map(|l| l.to_count("itemLimit"))
                    .transpose()?,
                admin_role: role,
                domain_admin,
                tenant_admin_of: None,
                publish_in_address_list: self.publish_in_gal,
                local_only: self.has_domain_restriction,
                max_outgoing_message_size: self
                    .out_message_limit
                    .map(|l| l.to_bytes("outMessageLimit"))
                    .transpose()?,
                addresses: self.email_addresses.unwrap_or_default(),
                forward_to,
                forward_keep_copy,
                groups: self.groups.unwrap_or_default(),
                template_id: self.template_id,
                external_id: self.external_id,
            },
        ))
    }

    pub fn to_patch(&self) -> Result<AccountPatch, CoreError> {
        if self.login_name.is_some() {
            return Err(CoreError::invalid(
                "loginName",
                "read_only",
                "a user's login name cannot be changed",
            ));
        }
        if self.template_id.is_some() || self.groups.is_some() {
            return Err(CoreError::invalid(
                if self.template_id.is_some() {
                    "templateId"
                } else {
                    "groups"
                },
                "create_only",
                "only used when creating; manage groups with Groups.addMemberList",
            ));
        }
        let (admin_role, domain_admin) = match self.role {
            Some(r) => {
                let (a, d) = r.to_parts()?;
                (Some(a), Some(d))
            }
            None => (None, None),
        };
        let (forward_to, forward_keep_copy) = match &self.email_forwarding {
            Some(f) => {
                let (t, k) = f.to_parts();
                (Some(t), Some(k))
            }
            None => (None, None),
        };
        Ok(AccountPatch {
            password: self.password.clone(),
            password_hash: self.password_hash.clone(),
            full_name: self.full_name.clone(),
            description: self.description.clone(),
            status: status_of(self.is_enabled, self.status),
            status_reason: self.status_reason,
            plan_id: None,
            quota_bytes: self
                .disk_size_limit
                .map(|l| l.to_bytes("diskSizeLimit"))
                .transpose()?,
            quota_messages: self
                .item_limit
                .map(|l| l.to_count("itemLimit"))
                .transpose()?,
            admin_role,
            domain_admin,
            // Kerio has one role per user: setting it replaces tenant administration too.
            tenant_admin_of: self.role.map(|_| None),
            publish_in_address_list: self.publish_in_gal,
            local_only: self.has_domain_restriction,
            max_outgoing_message_size: self
                .out_message_limit
                .map(|l| l.to_bytes("outMessageLimit"))
                .transpose()?,
            addresses: self.email_addresses.clone(),
            forward_to,
            forward_keep_copy,
            external_id: self.external_id.clone().map(Some),
        })
    }
}

/// Kerio's `DomainFooter`: plain text only, so `isHtml` is always false.
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct RpcFooter {
    pub is_used: bool,
    pub text: String,
    /// HTML footers are not supported; `true` is refused.
    pub is_html: bool,
    /// Also add the footer when every recipient is internal.
    pub is_used_in_domain: bool,
}

impl From<&DomainFooter> for RpcFooter {
    fn from(f: &DomainFooter) -> Self {
        Self {
            is_used: f.enabled,
            text: f.text.clone(),
            is_html: false,
            is_used_in_domain: !f.skip_if_all_recipients_internal,
        }
    }
}

impl RpcFooter {
    fn to_footer(&self) -> Result<DomainFooter, CoreError> {
        if self.is_html {
            return Err(CoreError::invalid(
                "footer.isHtml",
                "unsupported",
                "footers are plain text",
            ));
        }
        Ok(DomainFooter {
            enabled: self.is_used,
            text: self.text.clone(),
            skip_if_all_recipients_internal: !self.is_used_in_domain,
        })
    }
}

/// A domain as Kerio's `Domains` interface shows it, with Postbay's tenant, limits and usage.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct RpcDomain {
    pub id: DomainId,
    pub tenant_id: TenantId,
    /// A-label form, lower case. Write-once.
    pub name: String,
    pub unicode_name: String,
    /// Why the name may mislead its readers (Unicode TS #39), as REST's `nameWarnings`.
    pub name_warnings: Vec<postbay_core::names::NameWarning>,
    pub description: String,
    pub is_primary: bool,
    pub is_enabled: bool,
    pub status: Status,
    /// Postbay: why a suspended domain is suspended (`billing`, `abuse`, `admin`).
    pub status_reason: Option<StatusReason>,
    /// Postbay: when a domain pending deletion is purged.
    pub purge_after: Option<chrono::DateTime<chrono::Utc>>,
    /// Domain aliases (other names of the domain).
    pub alias_list: Vec<String>,
    pub user_max_count: CountLimit,
    pub alias_max_count: CountLimit,
    /// Quota for new users that do not set one.
    pub default_disk_size_limit: SizeLimit,
    /// The largest quota a user of the domain may have.
    pub max_disk_size_limit: SizeLimit,
    pub outgoing_message_limit: SizeLimit,
    pub footer: RpcFooter,
    /// Copies delivered through a pattern alias or the catch-all get `X-Envelope-To`.
    pub insert_x_envelope_to: bool,
    /// The domain's administrators may search its users' mail (Users.searchMessages).
    pub admins_may_search_mail: bool,
    /// The server address at which bare user names log in to this domain.
    pub ip_address_bind: Option<String>,
    /// Where mail for addresses the domain does not have here goes (backup MX, split domain).
    pub forwarding_options: RpcForwarding,
    pub user_count: i64,
    pub alias_count: i64,
    pub group_count: i64,
    pub consumed_size: ByteValue,
    pub external_id: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Kerio's `forwardingOptions`: when enabled, mail for addresses unknown here goes to
/// `host:port` — at once (`Online`), on ETRN (`OfflineEtrn`) or on schedule
/// (`OfflineScheduler`).
#[derive(Debug, Clone, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RpcForwarding {
    pub is_enabled: bool,
    #[serde(default)]
    pub host: String,
    #[serde(default = "smtp_port")]
    pub port: u16,
    #[serde(default)]
    pub how: ForwardingHow,
}

fn smtp_port() -> u16 {
    25
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, utoipa::ToSchema)]
pub enum ForwardingHow {
    #[default]
    Online,
    OfflineEtrn,
    OfflineScheduler,
}

impl From<Option<&domains::DomainForwarding>> for RpcForwarding {
    fn from(f: Option<&domains::DomainForwarding>) -> Self {
        match f {
            Some(f) => Self {
                is_enabled: true,
                host: f.host.clone(),
                port: f.port,
                how: match f.mode {
                    domains::ForwardingMode::Immediate => ForwardingHow::Online,
                    domains::ForwardingMode::Etrn => ForwardingHow::OfflineEtrn,
                    domains::ForwardingMode::Scheduled => ForwardingHow::OfflineScheduler,
                },
            },
            None => Self {
                is_enabled: false,
                host: String::new(),
                port: 25,
                how: ForwardingHow::Online,
            },
        }
    }
}

impl RpcForwarding {
    fn to_forwarding(&self) -> Option<domains::DomainForwarding> {
        self.is_enabled.then(|| domains::DomainForwarding {
            host: self.host.clone(),
            port: self.port,
            mode: match self.how {
                ForwardingHow::Online => domains::ForwardingMode::Immediate,
                ForwardingHow::OfflineEtrn => domains::ForwardingMode::Etrn,
                ForwardingHow::OfflineScheduler => domains::ForwardingMode::Scheduled,
            },
        })
    }
}

impl From<domains::Domain> for RpcDomain {
    fn from(d: domains::Domain) -> Self {
        Self {
            id: d.id,
            tenant_id: d.tenant_id,
            name: d.name,
            unicode_name: d.unicode_name,
            name_warnings: d.name_warnings,
            description: d.description,
            is_primary: d.is_primary,
            is_enabled: d.status == Status::Active,
            status: d.status,
            status_reason: d.status_reason,
            purge_after: d.purge_after,
            alias_list: d.domain_aliases,
            user_max_count: CountLimit::from_limit(d.limits.max_accounts),
            alias_max_count: CountLimit::from_limit(d.limits.max_aliases),
            default_disk_size_limit: SizeLimit::from_bytes(d.limits.default_quota_bytes),
            max_disk_size_limit: SizeLimit::from_bytes(d.limits.max_quota_bytes.unwrap_or(0)),
            outgoing_message_limit: SizeLimit::from_bytes(d.limits.max_message_size),
            footer: RpcFooter::from(&d.mail.footer),
            insert_x_envelope_to: d.mail.insert_x_envelope_to,
            admins_may_search_mail: d.mail.admins_may_search_mail,
            ip_address_bind: d.mail.login_address.clone(),
            forwarding_options: RpcForwarding::from(d.mail.forwarding.as_ref()),
            user_count: d.usage.accounts.used,
            alias_count: d.usage.aliases.used,
            group_count: d.usage.groups.used,
            consumed_size: ByteValue::from_bytes(d.usage.storage_bytes.used),
            external_id: d.external_id,
            created_at: d.created_at,
            updated_at: d.updated_at,
        }
    }
}

/// The members of a domain that `create` and `set` accept.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RpcDomainPattern {
    /// Required for create; cannot be changed.
    pub name: Option<String>,
    /// The owning tenant (create only); defaults to the caller's own.
    pub tenant_id: Option<TenantId>,
    pub description: Option<String>,
    pub is_enabled: Option<bool>,
    pub status: Option<Status>,
    /// Postbay: with status `suspended`, why (`billing`, `abuse`, `admin`).
    pub status_reason: Option<StatusReason>,
    pub user_max_count: Option<CountLimit>,
    pub alias_max_count: Option<CountLimit>,
    pub default_disk_size_limit: Option<SizeLimit>,
    pub max_disk_size_limit: Option<SizeLimit>,
    pub outgoing_message_limit: Option<SizeLimit>,
    pub footer: Option<RpcFooter>,
    pub insert_x_envelope_to: Option<bool>,
    /// Tenant and server administrators only.
    pub admins_may_search_mail: Option<bool>,
    /// The server address at which bare user names log in to this domain; "" unbinds.
    pub ip_address_bind: Option<String>,
    pub forwarding_options: Option<RpcForwarding>,
    pub external_id: Option<String>,
}

impl RpcDomainPattern {
    fn mail(&self, base: &DomainMailSettings) -> Result<DomainMailSettings, CoreError> {
        Ok(DomainMailSettings {
            footer: match &self.footer {
                Some(f) => f.to_footer()?,
                None => base.footer.clone(),
            },
            insert_x_envelope_to: self
                .insert_x_envelope_to
                .unwrap_or(base.insert_x_envelope_to),
            login_address: match &self.ip_address_bind {
                Some(a) if a.trim().is_empty() => None,
                Some(a) => Some(a.clone()),
                None => base.login_address.clone(),
            },
            forwarding: match &self.forwarding_options {
                Some(f) => f.to_forwarding(),
                None => base.forwarding.clone(),
            },
            admins_may_search_mail: self
                .admins_may_search_mail
                .unwrap_or(base.admins_may_search_mail),
        })
    }

    fn limits(&self, base: DomainLimits) -> Result<DomainLimits, CoreError> {
        Ok(DomainLimits {
            max_accounts: match self.user_max_count {
                Some(l) => l.to_limit("userMaxCount")?,
                None => base.max_accounts,
            },
            max_aliases: match self.alias_max_count {
                Some(l) => l.to_limit("aliasMaxCount")?,
                None => base.max_aliases,
            },
            default_quota_bytes: match self.default_disk_size_limit {
                Some(l) => l.to_bytes("defaultDiskSizeLimit")?,
                None => base.default_quota_bytes,
            },
            max_quota_bytes: match self.max_disk_size_limit {
                Some(l) => Some(l.to_bytes("maxDiskSizeLimit")?).filter(|b| *b > 0),
                None => base.max_quota_bytes,
            },
            max_message_size: match self.outgoing_message_limit {
                Some(l) => l.to_bytes("outgoingMessageLimit")?,
                None => base.max_message_size,
            },
        })
    }

    fn touches_limits(&self) -> bool {
        self.user_max_count.is_some()
            || self.alias_max_count.is_some()
            || self.default_disk_size_limit.is_some()
            || self.max_disk_size_limit.is_some()
            || self.outgoing_message_limit.is_some()
    }

    pub fn into_new(self) -> Result<NewDomain, CoreError> {
        let name = self
            .name
            .clone()
            .ok_or_else(|| CoreError::invalid("name", "required", "name is required to create"))?;
        Ok(NewDomain {
            tenant_id: self.tenant_id,
            name,
            description: self.description.clone().unwrap_or_default(),
            status: status_of(self.is_enabled, self.status).unwrap_or_default(),
            status_reason: self.status_reason,
            plan_id: None,
            external_id: self.external_id.clone(),
            limits: self.limits(DomainLimits::default())?,
            mail: self.mail(&DomainMailSettings::default())?,
        })
    }

    /// The patch for one domain; limits and settings not named keep `current`'s values.
    pub fn to_patch(
        &self,
        current: &DomainLimits,
        current_mail: &DomainMailSettings,
    ) -> Result<DomainPatch, CoreError> {
        if self.name.is_some() || self.tenant_id.is_some() {
            return Err(CoreError::invalid(
                if self.name.is_some() {
                    "name"
                } else {
                    "tenantId"
                },
                "read_only",
                "a domain's name and tenant cannot be changed",
            ));
        }
        Ok(DomainPatch {
            description: self.description.clone(),
            status: status_of(self.is_enabled, self.status),
            status_reason: self.status_reason,
            plan_id: None,
            external_id: self.external_id.clone().map(Some),
            limits: if self.touches_limits() {
                Some(self.limits(current.clone())?)
            } else {
                None
            },
            mail: if self.footer.is_some()
                || self.insert_x_envelope_to.is_some()
                || self.admins_may_search_mail.is_some()
                || self.ip_address_bind.is_some()
                || self.forwarding_options.is_some()
            {
                Some(self.mail(current_mail)?)
            } else {
                None
            },
        })
    }
}

/// A group as Kerio's `Groups` interface shows it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct RpcGroup {
    pub id: GroupId,
    pub domain_id: DomainId,
    pub name: String,
    pub description: String,
    /// Local parts in the group's domain that deliver to every member.
    pub email_addresses: Vec<String>,
    pub role: UserRight,
    pub publish_in_gal: bool,
    pub has_domain_restriction: bool,
    pub member_count: i64,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<groups::Group> for RpcGroup {
    fn from(g: groups::Group) -> Self {
        Self {
            id: g.id,
            domain_id: g.domain_id,
            name: g.name,
            description: g.description,
            email_addresses: g.addresses,
            role: UserRight::from_parts(g.admin_role, false, g.domain_admin),
            publish_in_gal: g.publish_in_address_list,
            has_domain_restriction: g.local_only,
            member_count: g.member_count,
            created_at: g.created_at,
            updated_at: g.updated_at,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RpcGroupPattern {
    /// Required for create; ignored by set.
    pub domain_id: Option<DomainId>,
    pub name: Option<String>,
    pub description: Option<String>,
    pub email_addresses: Option<Vec<String>>,
    pub role: Option<UserRight>,
    pub publish_in_gal: Option<bool>,
    pub has_domain_restriction: Option<bool>,
    /// Create only: the first members.
    pub members: Option<Vec<AccountId>>,
}

impl RpcGroupPattern {
    pub fn into_new(self) -> Result<(DomainId, NewGroup), CoreError> {
        let domain = self.domain_id.ok_or_else(|| {
            CoreError::invalid("domainId", "required", "domainId is required to create")
        })?;
        let name = self
            .name
            .ok_or_else(|| CoreError::invalid("name", "required", "name is required to create"))?;
        let (admin_role, domain_admin) = self
            .role
            .map(UserRight::to_parts)
            .transpose()?
            .unwrap_or_default();
        Ok((
            domain,
            NewGroup {
                name,
                description: self.description.unwrap_or_default(),
                addresses: self.email_addresses.unwrap_or_default(),
                members: self.members.unwrap_or_default(),
                admin_role,
                domain_admin,
                publish_in_address_list: self.publish_in_gal.unwrap_or(false),
                local_only: self.has_domain_restriction.unwrap_or(false),
            },
        ))
    }

    pub fn to_patch(&self) -> Result<GroupPatch, CoreError> {
        if self.members.is_some() {
            return Err(CoreError::invalid(
                "members",
                "create_only",
                "use Groups.addMemberList and Groups.removeMemberList",
            ));
        }
        let (admin_role, domain_admin) = match self.role {
            Some(r) => {
                let (a, d) = r.to_parts()?;
                (Some(a), Some(d))
            }
            None => (None, None),
        };
        Ok(GroupPatch {
            name: self.name.clone(),
            description: self.description.clone(),
            addresses: self.email_addresses.clone(),
            admin_role,
            domain_admin,
            publish_in_address_list: self.publish_in_gal,
            local_only: self.has_domain_restriction,
        })
    }
}

/// What an alias delivers to. Postbay delivers to addresses only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub enum DeliverToType {
    TypeEmailAddress,
}

/// An alias as Kerio's `Aliases` interface shows it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct RpcAlias {
    pub id: AliasId,
    pub domain_id: DomainId,
    /// Local part or pattern (`*` any run, `?` one character).
    pub name: String,
    /// The address the alias delivers to.
    pub deliver_to: String,
    pub deliver_to_select: DeliverToType,
    pub description: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<aliases::Alias> for RpcAlias {
    fn from(a: aliases::Alias) -> Self {
        Self {
            id: a.id,
            domain_id: a.domain_id,
            name: a.name,
            deliver_to: a.target,
            deliver_to_select: DeliverToType::TypeEmailAddress,
            description: a.description,
            created_at: a.created_at,
            updated_at: a.updated_at,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RpcAliasPattern {
    /// Required for create; ignored by set.
    pub domain_id: Option<DomainId>,
    pub name: Option<String>,
    pub deliver_to: Option<String>,
    pub deliver_to_select: Option<DeliverToType>,
    pub description: Option<String>,
}

impl RpcAliasPattern {
    pub fn into_new(self) -> Result<(DomainId, NewAlias), CoreError> {
        let domain = self.domain_id.ok_or_else(|| {
            CoreError::invalid("domainId", "required", "domainId is required to create")
        })?;
        let name = self
            .name
            .ok_or_else(|| CoreError::invalid("name", "required", "name is required to create"))?;
        let target = self.deliver_to.ok_or_else(|| {
            CoreError::invalid("deliverTo", "required", "deliverTo is required to create")
        })?;
        Ok((
            domain,
            NewAlias {
                name,
                target,
                description: self.description.unwrap_or_default(),
            },
        ))
    }

    pub fn to_patch(&self) -> AliasPatch {
        AliasPatch {
            name: self.name.clone(),
            target: self.deliver_to.clone(),
            description: self.description.clone(),
        }
    }
}

/// Kerio's names for the searchable columns the core names otherwise, per object (Kerio's
/// name, the core's): a `get` query speaks Kerio, the core its own vocabulary.
pub const USER_COLUMNS: &[(&str, &str)] = &[
    ("diskSizeLimit", "quotaBytes"),
    ("itemLimit", "quotaMessages"),
    ("consumedSize", "usedBytes"),
    ("consumedItems", "usedMessages"),
    ("publishInGal", "publishInAddressList"),
    ("hasDomainRestriction", "localOnly"),
];
pub const GROUP_COLUMNS: &[(&str, &str)] = &[
    ("publishInGal", "publishInAddressList"),
    ("hasDomainRestriction", "localOnly"),
];
pub const ALIAS_COLUMNS: &[(&str, &str)] = &[("deliverTo", "target")];
pub const DOMAIN_COLUMNS: &[(&str, &str)] = &[
    ("userCount", "accountCount"),
    ("consumedSize", "storageBytes"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_take_the_largest_exact_unit() {
        assert_eq!(
            ByteValue::from_bytes(1 << 30),
            ByteValue {
                value: 1,
                units: ByteUnits::GigaBytes
            }
        );
        assert_eq!(ByteValue::from_bytes(1500).units, ByteUnits::Bytes);
        assert_eq!(ByteValue::from_bytes(0).units, ByteUnits::Bytes);
        let limit = SizeLimit {
            is_active: true,
            limit: ByteValue {
                value: 5,
                units: ByteUnits::MegaBytes,
            },
        };
        assert_eq!(limit.to_bytes("x").unwrap(), 5 << 20);
        let huge = ByteValue {
            value: i64::MAX,
            units: ByteUnits::PetaBytes,
        };
        assert!(huge.to_bytes("x").is_err());
    }
}
