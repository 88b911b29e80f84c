#[allow(unused_imports)]
use progenitor_client::{encode_path, ClientHooks, OperationInfo, RequestBuilderExt};
#[allow(unused_imports)]
pub use progenitor_client::{ByteStream, ClientInfo, Error, ResponseValue};
/// Types used as operation parameters and responses.
#[allow(clippy::all)]
pub mod types {
    ///`Account`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Account {
        ///Extra local parts in the account's domain.
        pub addresses: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "adminRole")]
        pub admin_role: AdminRole,
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub description: ::std::string::String,
        #[serde(rename = "domainAdmin")]
        pub domain_admin: bool,
        #[serde(rename = "domainId")]
        pub domain_id: DomainId,
        ///`loginName@domain`.
        pub email: ::std::string::String,
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        pub forwarding: Forwarding,
        #[serde(rename = "fullName")]
        pub full_name: ::std::string::String,
        #[serde(rename = "hasPassword")]
        pub has_password: bool,
        pub id: AccountId,
        #[serde(rename = "localOnly")]
        pub local_only: bool,
        ///The local part used to log in (case-insensitive).
        #[serde(rename = "loginName")]
        pub login_name: ::std::string::String,
        ///Largest message the account may send, bytes; 0 = the domain's limit
        /// applies.
        #[serde(rename = "maxOutgoingMessageSize")]
        pub max_outgoing_message_size: i64,
        #[serde(rename = "publishInAddressList")]
        pub publish_in_address_list: bool,
        pub quota: Quota,
        pub status: Status,
        #[serde(
            rename = "tenantAdminOf",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tenant_admin_of: ::std::option::Option<TenantId>,
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub usage: MailboxUsage,
    }

    impl Account {
        pub fn builder() -> builder::Account {
            Default::default()
        }
    }

    ///Account defaults a template carries.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct AccountDefaults {
        #[serde(
            rename = "adminRole",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub admin_role: ::std::option::Option<AdminRole>,
        #[serde(
            rename = "domainAdmin",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_admin: ::std::option::Option<bool>,
        #[serde(
            rename = "forwardKeepCopy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub forward_keep_copy: ::std::option::Option<bool>,
        #[serde(
            rename = "localOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub local_only: ::std::option::Option<bool>,
        #[serde(
            rename = "maxOutgoingMessageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_outgoing_message_size: ::std::option::Option<i64>,
        #[serde(
            rename = "publishInAddressList",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub publish_in_address_list: ::std::option::Option<bool>,
        #[serde(
            rename = "quotaBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub quota_bytes: ::std::option::Option<i64>,
        #[serde(
            rename = "quotaMessages",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub quota_messages: ::std::option::Option<i64>,
    }

    impl AccountDefaults {
        pub fn builder() -> builder::AccountDefaults {
            Default::default()
        }
    }

    ///A user account (mailbox).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct AccountId(pub ::uuid::Uuid);
    impl ::std::ops::Deref for AccountId {
        type Target = ::uuid::Uuid;
        fn deref(&self) -> &::uuid::Uuid {
            &self.0
        }
    }

    impl ::std::convert::From<AccountId> for ::uuid::Uuid {
        fn from(value: AccountId) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<::uuid::Uuid> for AccountId {
        fn from(value: ::uuid::Uuid) -> Self {
            Self(value)
        }
    }

    impl ::std::fmt::Display for AccountId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }

    impl ::std::str::FromStr for AccountId {
        type Err = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }

    impl ::std::convert::TryFrom<&str> for AccountId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<String> for AccountId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    ///`AccountPage`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct AccountPage {
        pub items: ::std::vec::Vec<Account>,
        ///Pass as `cursor` to get the next page; absent on the last page.
        #[serde(
            rename = "nextCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    impl AccountPage {
        pub fn builder() -> builder::AccountPage {
            Default::default()
        }
    }

    ///`AccountPatch`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct AccountPatch {
        ///Replaces the extra addresses.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(
            rename = "adminRole",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub admin_role: ::std::option::Option<AdminRole>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "domainAdmin",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_admin: ::std::option::Option<bool>,
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "forwardKeepCopy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub forward_keep_copy: ::std::option::Option<bool>,
        ///Replaces the forwarding targets.
        #[serde(
            rename = "forwardTo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub forward_to: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(
            rename = "fullName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub full_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "localOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub local_only: ::std::option::Option<bool>,
        #[serde(
            rename = "maxOutgoingMessageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_outgoing_message_size: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "passwordHash",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub password_hash: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "publishInAddressList",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub publish_in_address_list: ::std::option::Option<bool>,
        #[serde(
            rename = "quotaBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub quota_bytes: ::std::option::Option<i64>,
        #[serde(
            rename = "quotaMessages",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub quota_messages: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<Status>,
        #[serde(
            rename = "tenantAdminOf",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tenant_admin_of: ::std::option::Option<TenantId>,
    }

    impl AccountPatch {
        pub fn builder() -> builder::AccountPatch {
            Default::default()
        }
    }

    ///Server administration right of an account or group.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum AdminRole {
        #[serde(rename = "none")]
        None,
        #[serde(rename = "serverReadOnly")]
        ServerReadOnly,
        #[serde(rename = "serverReadWrite")]
        ServerReadWrite,
    }

    impl ::std::fmt::Display for AdminRole {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::None => f.write_str("none"),
                Self::ServerReadOnly => f.write_str("serverReadOnly"),
                Self::ServerReadWrite => f.write_str("serverReadWrite"),
            }
        }
    }

    impl ::std::str::FromStr for AdminRole {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "none" => Ok(Self::None),
                "serverReadOnly" => Ok(Self::ServerReadOnly),
                "serverReadWrite" => Ok(Self::ServerReadWrite),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for AdminRole {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for AdminRole {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`Alias`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Alias {
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub description: ::std::string::String,
        #[serde(rename = "domainId")]
        pub domain_id: DomainId,
        pub id: AliasId,
        ///Local part or pattern (`*` any run, `?` one character).
        pub name: ::std::string::String,
        ///Full address the alias delivers to (local account or group, or
        /// external).
        pub target: ::std::string::String,
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    impl Alias {
        pub fn builder() -> builder::Alias {
            Default::default()
        }
    }

    ///`AliasCheckResult`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct AliasCheckResult {
        ///Every final address, local mailboxes first (Kerio's list of
        /// expansions).
        pub list: ::std::vec::Vec<::std::string::String>,
        pub resolution: Resolution,
    }

    impl AliasCheckResult {
        pub fn builder() -> builder::AliasCheckResult {
            Default::default()
        }
    }

    ///One alias row (pattern -> target).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct AliasId(pub ::uuid::Uuid);
    impl ::std::ops::Deref for AliasId {
        type Target = ::uuid::Uuid;
        fn deref(&self) -> &::uuid::Uuid {
            &self.0
        }
    }

    impl ::std::convert::From<AliasId> for ::uuid::Uuid {
        fn from(value: AliasId) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<::uuid::Uuid> for AliasId {
        fn from(value: ::uuid::Uuid) -> Self {
            Self(value)
        }
    }

    impl ::std::fmt::Display for AliasId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }

    impl ::std::str::FromStr for AliasId {
        type Err = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }

    impl ::std::convert::TryFrom<&str> for AliasId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<String> for AliasId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    ///`AliasList`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct AliasList {
        pub list: ::std::vec::Vec<RpcAlias>,
        #[serde(rename = "totalItems")]
        pub total_items: i64,
    }

    impl AliasList {
        pub fn builder() -> builder::AliasList {
            Default::default()
        }
    }

    ///`AliasPage`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct AliasPage {
        pub items: ::std::vec::Vec<Alias>,
        ///Pass as `cursor` to get the next page; absent on the last page.
        #[serde(
            rename = "nextCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    impl AliasPage {
        pub fn builder() -> builder::AliasPage {
            Default::default()
        }
    }

    ///`AliasPatch`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct AliasPatch {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub target: ::std::option::Option<::std::string::String>,
    }

    impl AliasPatch {
        pub fn builder() -> builder::AliasPatch {
            Default::default()
        }
    }

    ///`AliasesCheckParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct AliasesCheckParams {
        ///The address to expand.
        #[serde(rename = "checkString")]
        pub check_string: ::std::string::String,
    }

    impl AliasesCheckParams {
        pub fn builder() -> builder::AliasesCheckParams {
            Default::default()
        }
    }

    ///`AliasesCreateParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct AliasesCreateParams {
        pub aliases: ::std::vec::Vec<RpcAliasPattern>,
    }

    impl AliasesCreateParams {
        pub fn builder() -> builder::AliasesCreateParams {
            Default::default()
        }
    }

    ///`AliasesGetParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct AliasesGetParams {
        #[serde(
            rename = "domainId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_id: ::std::option::Option<DomainId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query: ::std::option::Option<SearchQuery>,
    }

    impl AliasesGetParams {
        pub fn builder() -> builder::AliasesGetParams {
            Default::default()
        }
    }

    ///`AliasesRemoveParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct AliasesRemoveParams {
        #[serde(rename = "aliasIds")]
        pub alias_ids: ::std::vec::Vec<AliasId>,
    }

    impl AliasesRemoveParams {
        pub fn builder() -> builder::AliasesRemoveParams {
            Default::default()
        }
    }

    ///`AliasesSetParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct AliasesSetParams {
        #[serde(rename = "aliasIds")]
        pub alias_ids: ::std::vec::Vec<AliasId>,
        pub pattern: RpcAliasPattern,
    }

    impl AliasesSetParams {
        pub fn builder() -> builder::AliasesSetParams {
            Default::default()
        }
    }

    ///`ApiKey`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ApiKey {
        ///Addresses or CIDR blocks the key may be used from; empty = anywhere.
        #[serde(rename = "allowedIps")]
        pub allowed_ips: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "createdBy")]
        pub created_by: ::std::string::String,
        #[serde(
            rename = "domainId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_id: ::std::option::Option<DomainId>,
        pub id: ApiKeyId,
        #[serde(
            rename = "lastUsedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_used_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub name: ::std::string::String,
        ///The public start of the key, to recognise it in logs and lists.
        pub prefix: ::std::string::String,
        #[serde(rename = "readOnly")]
        pub read_only: bool,
        pub scope: ApiKeyScope,
        #[serde(
            rename = "tenantId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tenant_id: ::std::option::Option<TenantId>,
    }

    impl ApiKey {
        pub fn builder() -> builder::ApiKey {
            Default::default()
        }
    }

    ///An API key.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct ApiKeyId(pub ::uuid::Uuid);
    impl ::std::ops::Deref for ApiKeyId {
        type Target = ::uuid::Uuid;
        fn deref(&self) -> &::uuid::Uuid {
            &self.0
        }
    }

    impl ::std::convert::From<ApiKeyId> for ::uuid::Uuid {
        fn from(value: ApiKeyId) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<::uuid::Uuid> for ApiKeyId {
        fn from(value: ::uuid::Uuid) -> Self {
            Self(value)
        }
    }

    impl ::std::fmt::Display for ApiKeyId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }

    impl ::std::str::FromStr for ApiKeyId {
        type Err = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }

    impl ::std::convert::TryFrom<&str> for ApiKeyId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<String> for ApiKeyId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    ///`ApiKeyScope`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ApiKeyScope {
        #[serde(rename = "server")]
        Server,
        #[serde(rename = "tenant")]
        Tenant,
        #[serde(rename = "domain")]
        Domain,
    }

    impl ::std::fmt::Display for ApiKeyScope {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Server => f.write_str("server"),
                Self::Tenant => f.write_str("tenant"),
                Self::Domain => f.write_str("domain"),
            }
        }
    }

    impl ::std::str::FromStr for ApiKeyScope {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "server" => Ok(Self::Server),
                "tenant" => Ok(Self::Tenant),
                "domain" => Ok(Self::Domain),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for ApiKeyScope {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ApiKeyScope {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`ApiVersionResult`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ApiVersionResult {
        #[serde(rename = "apiVersion")]
        pub api_version: i32,
    }

    impl ApiVersionResult {
        pub fn builder() -> builder::ApiVersionResult {
            Default::default()
        }
    }

    ///One recorded change.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct AuditEvent {
        ///`<kind>.<verb>`, e.g. `account.create`.
        pub action: ::std::string::String,
        ///`account:<address>`, `api-key:<prefix>` or `system`.
        pub actor: ::std::string::String,
        #[serde(
            rename = "actorIp",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub actor_ip: ::std::option::Option<::std::string::String>,
        pub at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The fields the change set (passwords and keys are never recorded).
        pub changes: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        #[serde(
            rename = "domainId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_id: ::std::option::Option<::uuid::Uuid>,
        pub id: i64,
        #[serde(
            rename = "objectId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub object_id: ::std::option::Option<::uuid::Uuid>,
        #[serde(rename = "objectKind")]
        pub object_kind: ::std::string::String,
    }

    impl AuditEvent {
        pub fn builder() -> builder::AuditEvent {
            Default::default()
        }
    }

    ///`AuditEventPage`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct AuditEventPage {
        pub items: ::std::vec::Vec<AuditEvent>,
        ///Pass as `cursor` to get the next page; absent on the last page.
        #[serde(
            rename = "nextCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    impl AuditEventPage {
        pub fn builder() -> builder::AuditEventPage {
            Default::default()
        }
    }

    ///Creates, changes and deletes many accounts; at most 1000 items in all.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct BulkAccounts {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub create: ::std::vec::Vec<BulkCreateAccount>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub delete: ::std::vec::Vec<AccountId>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub update: ::std::vec::Vec<BulkUpdateAccount>,
    }

    impl BulkAccounts {
        pub fn builder() -> builder::BulkAccounts {
            Default::default()
        }
    }

    ///`BulkAccountsResult`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct BulkAccountsResult {
        pub create: ::std::vec::Vec<BulkItemResult>,
        pub delete: ::std::vec::Vec<BulkItemResult>,
        pub update: ::std::vec::Vec<BulkItemResult>,
    }

    impl BulkAccountsResult {
        pub fn builder() -> builder::BulkAccountsResult {
            Default::default()
        }
    }

    ///Creates, changes and deletes many aliases; at most 1000 items in all.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct BulkAliases {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub create: ::std::vec::Vec<BulkCreateAlias>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub delete: ::std::vec::Vec<AliasId>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub update: ::std::vec::Vec<BulkUpdateAlias>,
    }

    impl BulkAliases {
        pub fn builder() -> builder::BulkAliases {
            Default::default()
        }
    }

    ///`BulkAliasesResult`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct BulkAliasesResult {
        pub create: ::std::vec::Vec<BulkItemResult>,
        pub delete: ::std::vec::Vec<BulkItemResult>,
        pub update: ::std::vec::Vec<BulkItemResult>,
    }

    impl BulkAliasesResult {
        pub fn builder() -> builder::BulkAliasesResult {
            Default::default()
        }
    }

    ///One account to create in a bulk call.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct BulkCreateAccount {
        pub account: NewAccount,
        #[serde(rename = "domainId")]
        pub domain_id: DomainId,
    }

    impl BulkCreateAccount {
        pub fn builder() -> builder::BulkCreateAccount {
            Default::default()
        }
    }

    ///One alias to create in a bulk call.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct BulkCreateAlias {
        pub alias: NewAlias,
        #[serde(rename = "domainId")]
        pub domain_id: DomainId,
    }

    impl BulkCreateAlias {
        pub fn builder() -> builder::BulkCreateAlias {
            Default::default()
        }
    }

    ///One item's result in a bulk call.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct BulkItemResult {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<Problem>,
        ///The id of the object the item created, changed or deleted.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<::uuid::Uuid>,
        ///Position of the item in its input list.
        pub index: u64,
        ///HTTP status the item would have had alone.
        pub status: i32,
    }

    impl BulkItemResult {
        pub fn builder() -> builder::BulkItemResult {
            Default::default()
        }
    }

    ///One account to change in a bulk call.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct BulkUpdateAccount {
        pub id: AccountId,
        pub patch: AccountPatch,
    }

    impl BulkUpdateAccount {
        pub fn builder() -> builder::BulkUpdateAccount {
            Default::default()
        }
    }

    ///One alias to change in a bulk call.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct BulkUpdateAlias {
        pub id: AliasId,
        pub patch: AliasPatch,
    }

    impl BulkUpdateAlias {
        pub fn builder() -> builder::BulkUpdateAlias {
            Default::default()
        }
    }

    ///Kerio's size units; values are converted exactly (1 KiloByte = 1024
    /// Bytes).
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ByteUnits {
        Bytes,
        KiloBytes,
        MegaBytes,
        GigaBytes,
        TeraBytes,
        PetaBytes,
    }

    impl ::std::fmt::Display for ByteUnits {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Bytes => f.write_str("Bytes"),
                Self::KiloBytes => f.write_str("KiloBytes"),
                Self::MegaBytes => f.write_str("MegaBytes"),
                Self::GigaBytes => f.write_str("GigaBytes"),
                Self::TeraBytes => f.write_str("TeraBytes"),
                Self::PetaBytes => f.write_str("PetaBytes"),
            }
        }
    }

    impl ::std::str::FromStr for ByteUnits {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Bytes" => Ok(Self::Bytes),
                "KiloBytes" => Ok(Self::KiloBytes),
                "MegaBytes" => Ok(Self::MegaBytes),
                "GigaBytes" => Ok(Self::GigaBytes),
                "TeraBytes" => Ok(Self::TeraBytes),
                "PetaBytes" => Ok(Self::PetaBytes),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for ByteUnits {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ByteUnits {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///A size with its unit (Kerio's `ByteValueWithUnits`).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct ByteValue {
        pub units: ByteUnits,
        pub value: i64,
    }

    impl ByteValue {
        pub fn builder() -> builder::ByteValue {
            Default::default()
        }
    }

    ///The client that opened an admin session, as Kerio's `Session.login`
    /// names it.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct ClientApplication {
        pub name: ::std::string::String,
        pub vendor: ::std::string::String,
        pub version: ::std::string::String,
    }

    impl ClientApplication {
        pub fn builder() -> builder::ClientApplication {
            Default::default()
        }
    }

    ///`Combining`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum Combining {
        And,
        Or,
    }

    impl ::std::fmt::Display for Combining {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::And => f.write_str("And"),
                Self::Or => f.write_str("Or"),
            }
        }
    }

    impl ::std::str::FromStr for Combining {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "And" => Ok(Self::And),
                "Or" => Ok(Self::Or),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for Combining {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for Combining {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`Comparator`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum Comparator {
        Eq,
        NotEq,
        Like,
        LessThan,
        GreaterThan,
        LessEq,
        GreaterEq,
    }

    impl ::std::fmt::Display for Comparator {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Eq => f.write_str("Eq"),
                Self::NotEq => f.write_str("NotEq"),
                Self::Like => f.write_str("Like"),
                Self::LessThan => f.write_str("LessThan"),
                Self::GreaterThan => f.write_str("GreaterThan"),
                Self::LessEq => f.write_str("LessEq"),
                Self::GreaterEq => f.write_str("GreaterEq"),
            }
        }
    }

    impl ::std::str::FromStr for Comparator {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Eq" => Ok(Self::Eq),
                "NotEq" => Ok(Self::NotEq),
                "Like" => Ok(Self::Like),
                "LessThan" => Ok(Self::LessThan),
                "GreaterThan" => Ok(Self::GreaterThan),
                "LessEq" => Ok(Self::LessEq),
                "GreaterEq" => Ok(Self::GreaterEq),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for Comparator {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for Comparator {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///A condition's value: Kerio clients send strings; numbers and booleans
    /// are accepted too.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(untagged)]
    pub enum ConditionValue {
        String(::std::string::String),
        Int64(i64),
        Boolean(bool),
    }

    impl ::std::fmt::Display for ConditionValue {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match self {
                Self::String(x) => x.fmt(f),
                Self::Int64(x) => x.fmt(f),
                Self::Boolean(x) => x.fmt(f),
            }
        }
    }

    impl ::std::convert::From<i64> for ConditionValue {
        fn from(value: i64) -> Self {
            Self::Int64(value)
        }
    }

    impl ::std::convert::From<bool> for ConditionValue {
        fn from(value: bool) -> Self {
            Self::Boolean(value)
        }
    }

    ///A count limit that may be off (Kerio's `ItemCountLimit`/`MaxNumber`).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct CountLimit {
        #[serde(rename = "isActive")]
        pub is_active: bool,
        pub limit: i64,
    }

    impl CountLimit {
        pub fn builder() -> builder::CountLimit {
            Default::default()
        }
    }

    ///What a batch create returns: the ids of created items and the errors of
    /// the others.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct CreateResult {
        pub errors: ::std::vec::Vec<ItemError>,
        pub result: ::std::vec::Vec<CreatedItem>,
    }

    impl CreateResult {
        pub fn builder() -> builder::CreateResult {
            Default::default()
        }
    }

    ///A new key and its secret, shown this once.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct CreatedApiKey {
        ///Addresses or CIDR blocks the key may be used from; empty = anywhere.
        #[serde(rename = "allowedIps")]
        pub allowed_ips: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "createdBy")]
        pub created_by: ::std::string::String,
        #[serde(
            rename = "domainId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_id: ::std::option::Option<DomainId>,
        pub id: ApiKeyId,
        #[serde(
            rename = "lastUsedAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub last_used_at: ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
        pub name: ::std::string::String,
        ///The public start of the key, to recognise it in logs and lists.
        pub prefix: ::std::string::String,
        #[serde(rename = "readOnly")]
        pub read_only: bool,
        pub scope: ApiKeyScope,
        ///Send as `Authorization: Bearer <secret>` or `X-Api-Key: <secret>`.
        /// Not retrievable later.
        pub secret: ::std::string::String,
        #[serde(
            rename = "tenantId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tenant_id: ::std::option::Option<TenantId>,
    }

    impl CreatedApiKey {
        pub fn builder() -> builder::CreatedApiKey {
            Default::default()
        }
    }

    ///`CreatedItem`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct CreatedItem {
        pub id: ::uuid::Uuid,
        #[serde(rename = "inputIndex")]
        pub input_index: u64,
    }

    impl CreatedItem {
        pub fn builder() -> builder::CreatedItem {
            Default::default()
        }
    }

    ///A CSV file, sent as the raw request body (UTF-8).
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    #[serde(transparent)]
    pub struct CsvBody(pub ::std::string::String);
    impl ::std::ops::Deref for CsvBody {
        type Target = ::std::string::String;
        fn deref(&self) -> &::std::string::String {
            &self.0
        }
    }

    impl ::std::convert::From<CsvBody> for ::std::string::String {
        fn from(value: CsvBody) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<::std::string::String> for CsvBody {
        fn from(value: ::std::string::String) -> Self {
            Self(value)
        }
    }

    impl ::std::fmt::Display for CsvBody {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }

    impl ::std::str::FromStr for CsvBody {
        type Err = ::std::convert::Infallible;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.to_string()))
        }
    }

    ///What an alias delivers to. Postbay delivers to addresses only.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum DeliverToType {
        TypeEmailAddress,
    }

    impl ::std::fmt::Display for DeliverToType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::TypeEmailAddress => f.write_str("TypeEmailAddress"),
            }
        }
    }

    impl ::std::str::FromStr for DeliverToType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "TypeEmailAddress" => Ok(Self::TypeEmailAddress),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for DeliverToType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for DeliverToType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`Direction`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum Direction {
        Asc,
        Desc,
    }

    impl ::std::fmt::Display for Direction {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Asc => f.write_str("Asc"),
                Self::Desc => f.write_str("Desc"),
            }
        }
    }

    impl ::std::str::FromStr for Direction {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "Asc" => Ok(Self::Asc),
                "Desc" => Ok(Self::Desc),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for Direction {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for Direction {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`Domain`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Domain {
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub description: ::std::string::String,
        ///Other names of this domain (delivery only).
        #[serde(rename = "domainAliases")]
        pub domain_aliases: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        pub id: DomainId,
        #[serde(rename = "isPrimary")]
        pub is_primary: bool,
        pub limits: DomainLimits,
        ///A-label form, lower case.
        pub name: ::std::string::String,
        pub status: Status,
        #[serde(rename = "tenantId")]
        pub tenant_id: TenantId,
        ///Unicode form, for display.
        #[serde(rename = "unicodeName")]
        pub unicode_name: ::std::string::String,
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub usage: DomainUsage,
    }

    impl Domain {
        pub fn builder() -> builder::Domain {
            Default::default()
        }
    }

    ///`DomainAlias`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DomainAlias {
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "domainId")]
        pub domain_id: DomainId,
        pub id: DomainAliasId,
        pub name: ::std::string::String,
    }

    impl DomainAlias {
        pub fn builder() -> builder::DomainAlias {
            Default::default()
        }
    }

    ///A domain alias (another name of a domain, for delivery only).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct DomainAliasId(pub ::uuid::Uuid);
    impl ::std::ops::Deref for DomainAliasId {
        type Target = ::uuid::Uuid;
        fn deref(&self) -> &::uuid::Uuid {
            &self.0
        }
    }

    impl ::std::convert::From<DomainAliasId> for ::uuid::Uuid {
        fn from(value: DomainAliasId) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<::uuid::Uuid> for DomainAliasId {
        fn from(value: ::uuid::Uuid) -> Self {
            Self(value)
        }
    }

    impl ::std::fmt::Display for DomainAliasId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }

    impl ::std::str::FromStr for DomainAliasId {
        type Err = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }

    impl ::std::convert::TryFrom<&str> for DomainAliasId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<String> for DomainAliasId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    ///A mail domain.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct DomainId(pub ::uuid::Uuid);
    impl ::std::ops::Deref for DomainId {
        type Target = ::uuid::Uuid;
        fn deref(&self) -> &::uuid::Uuid {
            &self.0
        }
    }

    impl ::std::convert::From<DomainId> for ::uuid::Uuid {
        fn from(value: DomainId) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<::uuid::Uuid> for DomainId {
        fn from(value: ::uuid::Uuid) -> Self {
            Self(value)
        }
    }

    impl ::std::fmt::Display for DomainId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }

    impl ::std::str::FromStr for DomainId {
        type Err = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }

    impl ::std::convert::TryFrom<&str> for DomainId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<String> for DomainId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    ///Limits of one domain. Null (or 0 on input) means unlimited; sizes are
    /// bytes.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct DomainLimits {
        ///Quota given to new accounts that do not set one (0 = unlimited).
        #[serde(
            rename = "defaultQuotaBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub default_quota_bytes: ::std::option::Option<i64>,
        #[serde(
            rename = "maxAccounts",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_accounts: ::std::option::Option<i64>,
        #[serde(
            rename = "maxAliases",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_aliases: ::std::option::Option<i64>,
        ///Largest message accepted from or for this domain's users (0 =
        /// unlimited).
        #[serde(
            rename = "maxMessageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_message_size: ::std::option::Option<i64>,
        ///The largest quota an account of this domain may have; null = any.
        #[serde(
            rename = "maxQuotaBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_quota_bytes: ::std::option::Option<i64>,
    }

    impl DomainLimits {
        pub fn builder() -> builder::DomainLimits {
            Default::default()
        }
    }

    ///`DomainList`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DomainList {
        pub list: ::std::vec::Vec<RpcDomain>,
        #[serde(rename = "totalItems")]
        pub total_items: i64,
    }

    impl DomainList {
        pub fn builder() -> builder::DomainList {
            Default::default()
        }
    }

    ///`DomainPage`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DomainPage {
        pub items: ::std::vec::Vec<Domain>,
        ///Pass as `cursor` to get the next page; absent on the last page.
        #[serde(
            rename = "nextCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    impl DomainPage {
        pub fn builder() -> builder::DomainPage {
            Default::default()
        }
    }

    ///`DomainPatch`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct DomainPatch {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        ///Replaces all limits.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limits: ::std::option::Option<DomainLimits>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<Status>,
    }

    impl DomainPatch {
        pub fn builder() -> builder::DomainPatch {
            Default::default()
        }
    }

    ///`DomainUsage`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct DomainUsage {
        pub accounts: UsageItem,
        pub aliases: UsageItem,
        #[serde(rename = "domainId")]
        pub domain_id: DomainId,
        pub groups: UsageItem,
        #[serde(rename = "storageBytes")]
        pub storage_bytes: UsageItem,
    }

    impl DomainUsage {
        pub fn builder() -> builder::DomainUsage {
            Default::default()
        }
    }

    ///`DomainsCreateParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct DomainsCreateParams {
        pub domains: ::std::vec::Vec<RpcDomainPattern>,
    }

    impl DomainsCreateParams {
        pub fn builder() -> builder::DomainsCreateParams {
            Default::default()
        }
    }

    ///`DomainsGetParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct DomainsGetParams {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query: ::std::option::Option<SearchQuery>,
    }

    impl DomainsGetParams {
        pub fn builder() -> builder::DomainsGetParams {
            Default::default()
        }
    }

    ///`DomainsRemoveParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct DomainsRemoveParams {
        ///Postbay: also remove the domains' users, groups, aliases and
        /// templates. Without it a domain that still has any is not
        /// removed (`has_accounts`, ...).
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub cascade: ::std::option::Option<bool>,
        #[serde(rename = "domainIds")]
        pub domain_ids: ::std::vec::Vec<DomainId>,
    }

    impl DomainsRemoveParams {
        pub fn builder() -> builder::DomainsRemoveParams {
            Default::default()
        }
    }

    ///`DomainsSetParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct DomainsSetParams {
        #[serde(rename = "domainIds")]
        pub domain_ids: ::std::vec::Vec<DomainId>,
        pub pattern: RpcDomainPattern,
    }

    impl DomainsSetParams {
        pub fn builder() -> builder::DomainsSetParams {
            Default::default()
        }
    }

    ///`DomainsSetPrimaryParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct DomainsSetPrimaryParams {
        #[serde(rename = "domainId")]
        pub domain_id: DomainId,
    }

    impl DomainsSetPrimaryParams {
        pub fn builder() -> builder::DomainsSetPrimaryParams {
            Default::default()
        }
    }

    ///Kerio's `EmailForwarding`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct EmailForwarding {
        #[serde(
            rename = "emailAddresses",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub email_addresses: ::std::vec::Vec<::std::string::String>,
        pub mode: ForwardMode,
    }

    impl EmailForwarding {
        pub fn builder() -> builder::EmailForwarding {
            Default::default()
        }
    }

    ///`EmptyResult`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct EmptyResult(pub ::serde_json::Map<::std::string::String, ::serde_json::Value>);
    impl ::std::ops::Deref for EmptyResult {
        type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
        fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
            &self.0
        }
    }

    impl ::std::convert::From<EmptyResult>
        for ::serde_json::Map<::std::string::String, ::serde_json::Value>
    {
        fn from(value: EmptyResult) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
        for EmptyResult
    {
        fn from(value: ::serde_json::Map<::std::string::String, ::serde_json::Value>) -> Self {
            Self(value)
        }
    }

    ///What set and remove return: an error for each id that failed.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ErrorList {
        pub errors: ::std::vec::Vec<ItemError>,
    }

    impl ErrorList {
        pub fn builder() -> builder::ErrorList {
            Default::default()
        }
    }

    ///`ForwardMode`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum ForwardMode {
        UForwardNone,
        UForwardDeliver,
        UForwardOnly,
    }

    impl ::std::fmt::Display for ForwardMode {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::UForwardNone => f.write_str("UForwardNone"),
                Self::UForwardDeliver => f.write_str("UForwardDeliver"),
                Self::UForwardOnly => f.write_str("UForwardOnly"),
            }
        }
    }

    impl ::std::str::FromStr for ForwardMode {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "UForwardNone" => Ok(Self::UForwardNone),
                "UForwardDeliver" => Ok(Self::UForwardDeliver),
                "UForwardOnly" => Ok(Self::UForwardOnly),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for ForwardMode {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for ForwardMode {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`Forwarding`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Forwarding {
        ///Also deliver to the account's own mailbox.
        #[serde(rename = "keepCopy")]
        pub keep_copy: bool,
        pub targets: ::std::vec::Vec<::std::string::String>,
    }

    impl Forwarding {
        pub fn builder() -> builder::Forwarding {
            Default::default()
        }
    }

    ///`Group`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Group {
        ///Local parts in the group's domain that deliver to every member.
        pub addresses: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "adminRole")]
        pub admin_role: AdminRole,
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub description: ::std::string::String,
        #[serde(rename = "domainAdmin")]
        pub domain_admin: bool,
        #[serde(rename = "domainId")]
        pub domain_id: DomainId,
        pub id: GroupId,
        #[serde(rename = "localOnly")]
        pub local_only: bool,
        #[serde(rename = "memberCount")]
        pub member_count: i64,
        pub name: ::std::string::String,
        #[serde(rename = "publishInAddressList")]
        pub publish_in_address_list: bool,
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    impl Group {
        pub fn builder() -> builder::Group {
            Default::default()
        }
    }

    ///A group of accounts.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct GroupId(pub ::uuid::Uuid);
    impl ::std::ops::Deref for GroupId {
        type Target = ::uuid::Uuid;
        fn deref(&self) -> &::uuid::Uuid {
            &self.0
        }
    }

    impl ::std::convert::From<GroupId> for ::uuid::Uuid {
        fn from(value: GroupId) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<::uuid::Uuid> for GroupId {
        fn from(value: ::uuid::Uuid) -> Self {
            Self(value)
        }
    }

    impl ::std::fmt::Display for GroupId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }

    impl ::std::str::FromStr for GroupId {
        type Err = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }

    impl ::std::convert::TryFrom<&str> for GroupId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<String> for GroupId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    ///`GroupList`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct GroupList {
        pub list: ::std::vec::Vec<RpcGroup>,
        #[serde(rename = "totalItems")]
        pub total_items: i64,
    }

    impl GroupList {
        pub fn builder() -> builder::GroupList {
            Default::default()
        }
    }

    ///`GroupMember`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct GroupMember {
        #[serde(rename = "accountId")]
        pub account_id: AccountId,
        pub email: ::std::string::String,
        #[serde(rename = "fullName")]
        pub full_name: ::std::string::String,
    }

    impl GroupMember {
        pub fn builder() -> builder::GroupMember {
            Default::default()
        }
    }

    ///`GroupMemberListParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct GroupMemberListParams {
        #[serde(rename = "groupId")]
        pub group_id: GroupId,
        ///Ids of users in the group's domain.
        #[serde(rename = "userList")]
        pub user_list: ::std::vec::Vec<AccountId>,
    }

    impl GroupMemberListParams {
        pub fn builder() -> builder::GroupMemberListParams {
            Default::default()
        }
    }

    ///`GroupPage`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct GroupPage {
        pub items: ::std::vec::Vec<Group>,
        ///Pass as `cursor` to get the next page; absent on the last page.
        #[serde(
            rename = "nextCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    impl GroupPage {
        pub fn builder() -> builder::GroupPage {
            Default::default()
        }
    }

    ///`GroupPatch`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct GroupPatch {
        ///Replaces the addresses.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(
            rename = "adminRole",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub admin_role: ::std::option::Option<AdminRole>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "domainAdmin",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_admin: ::std::option::Option<bool>,
        #[serde(
            rename = "localOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub local_only: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "publishInAddressList",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub publish_in_address_list: ::std::option::Option<bool>,
    }

    impl GroupPatch {
        pub fn builder() -> builder::GroupPatch {
            Default::default()
        }
    }

    ///`GroupsCreateParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct GroupsCreateParams {
        pub groups: ::std::vec::Vec<RpcGroupPattern>,
    }

    impl GroupsCreateParams {
        pub fn builder() -> builder::GroupsCreateParams {
            Default::default()
        }
    }

    ///`GroupsGetParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct GroupsGetParams {
        #[serde(
            rename = "domainId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_id: ::std::option::Option<DomainId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query: ::std::option::Option<SearchQuery>,
    }

    impl GroupsGetParams {
        pub fn builder() -> builder::GroupsGetParams {
            Default::default()
        }
    }

    ///`GroupsRemoveParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct GroupsRemoveParams {
        #[serde(rename = "groupIds")]
        pub group_ids: ::std::vec::Vec<GroupId>,
    }

    impl GroupsRemoveParams {
        pub fn builder() -> builder::GroupsRemoveParams {
            Default::default()
        }
    }

    ///`GroupsSetParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct GroupsSetParams {
        #[serde(rename = "groupIds")]
        pub group_ids: ::std::vec::Vec<GroupId>,
        pub pattern: RpcGroupPattern,
    }

    impl GroupsSetParams {
        pub fn builder() -> builder::GroupsSetParams {
            Default::default()
        }
    }

    ///`ImportReport`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ImportReport {
        pub created: u64,
        #[serde(rename = "dryRun")]
        pub dry_run: bool,
        pub failed: u64,
        pub rows: ::std::vec::Vec<ImportRow>,
        pub valid: u64,
    }

    impl ImportReport {
        pub fn builder() -> builder::ImportReport {
            Default::default()
        }
    }

    ///`ImportRow`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ImportRow {
        #[serde(
            rename = "accountId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub account_id: ::std::option::Option<AccountId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub error: ::std::option::Option<RowError>,
        ///1-based line of the row in the file (the header is line 1).
        pub line: i64,
        #[serde(rename = "loginName")]
        pub login_name: ::std::string::String,
        pub status: RowStatus,
    }

    impl ImportRow {
        pub fn builder() -> builder::ImportRow {
            Default::default()
        }
    }

    ///One member of a group: `value` (an address `192.0.2.7`, a network
    /// `10.0.0.0/8` or `2001:db8::/32`, or a range `192.0.2.1-192.0.2.9`)
    /// or another group's `groupId`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct IpEntry {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "groupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub group_id: ::std::option::Option<IpGroupId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub value: ::std::option::Option<::std::string::String>,
    }

    impl IpEntry {
        pub fn builder() -> builder::IpEntry {
            Default::default()
        }
    }

    ///`IpGroup`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct IpGroup {
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub description: ::std::string::String,
        pub entries: ::std::vec::Vec<IpEntry>,
        pub id: IpGroupId,
        pub name: ::std::string::String,
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    impl IpGroup {
        pub fn builder() -> builder::IpGroup {
            Default::default()
        }
    }

    ///A named group of IP addresses.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct IpGroupId(pub ::uuid::Uuid);
    impl ::std::ops::Deref for IpGroupId {
        type Target = ::uuid::Uuid;
        fn deref(&self) -> &::uuid::Uuid {
            &self.0
        }
    }

    impl ::std::convert::From<IpGroupId> for ::uuid::Uuid {
        fn from(value: IpGroupId) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<::uuid::Uuid> for IpGroupId {
        fn from(value: ::uuid::Uuid) -> Self {
            Self(value)
        }
    }

    impl ::std::fmt::Display for IpGroupId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }

    impl ::std::str::FromStr for IpGroupId {
        type Err = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }

    impl ::std::convert::TryFrom<&str> for IpGroupId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<String> for IpGroupId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    ///A group as created or replaced (PUT replaces every member).
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct IpGroupInput {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub entries: ::std::vec::Vec<IpEntry>,
        pub name: ::std::string::String,
    }

    impl IpGroupInput {
        pub fn builder() -> builder::IpGroupInput {
            Default::default()
        }
    }

    ///The failure of one item of a batch call (Kerio's `Error`). `data.code`
    /// is Postbay's stable machine code and `data.field` the member at
    /// fault.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ItemError {
        pub code: i32,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<::serde_json::Value>,
        ///Position of the item (or id) in the call's list.
        #[serde(rename = "inputIndex")]
        pub input_index: u64,
        pub message: ::std::string::String,
        #[serde(rename = "messageParameters")]
        pub message_parameters: MessageParameters,
    }

    impl ItemError {
        pub fn builder() -> builder::ItemError {
            Default::default()
        }
    }

    ///Addresses currently locked out.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Lockout {
        pub address: ::std::string::String,
        pub failures: i32,
        #[serde(rename = "lockedUntil")]
        pub locked_until: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    impl Lockout {
        pub fn builder() -> builder::Lockout {
            Default::default()
        }
    }

    ///`LoginParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct LoginParams {
        pub application: ClientApplication,
        pub password: ::std::string::String,
        ///`user@domain`, or a bare user of the primary domain.
        #[serde(rename = "userName")]
        pub user_name: ::std::string::String,
    }

    impl LoginParams {
        pub fn builder() -> builder::LoginParams {
            Default::default()
        }
    }

    ///`LoginRequest`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct LoginRequest {
        pub password: ::std::string::String,
        ///`user@domain`, or a bare `user` of the primary domain.
        #[serde(rename = "userName")]
        pub user_name: ::std::string::String,
    }

    impl LoginRequest {
        pub fn builder() -> builder::LoginRequest {
            Default::default()
        }
    }

    ///`LoginResult`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct LoginResult {
        ///Send as the `X-Token` header on later calls.
        pub token: ::std::string::String,
    }

    impl LoginResult {
        pub fn builder() -> builder::LoginResult {
            Default::default()
        }
    }

    ///`LogoutResult`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct LogoutResult {
        ///Kerio returns where a browser should go next; always empty here.
        #[serde(rename = "redirectUrl")]
        pub redirect_url: ::std::string::String,
    }

    impl LogoutResult {
        pub fn builder() -> builder::LogoutResult {
            Default::default()
        }
    }

    ///`MailboxUsage`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MailboxUsage {
        pub bytes: i64,
        pub messages: i64,
        ///Percent of the tighter limited quota; null when both are unlimited.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub percent: ::std::option::Option<f64>,
    }

    impl MailboxUsage {
        pub fn builder() -> builder::MailboxUsage {
            Default::default()
        }
    }

    ///`MemberList`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct MemberList {
        #[serde(rename = "accountIds")]
        pub account_ids: ::std::vec::Vec<AccountId>,
    }

    impl MemberList {
        pub fn builder() -> builder::MemberList {
            Default::default()
        }
    }

    ///Kerio's `LocalizableMessageParameters`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct MessageParameters {
        pub plurality: i32,
        #[serde(rename = "positionalParameters")]
        pub positional_parameters: ::std::vec::Vec<::std::string::String>,
    }

    impl MessageParameters {
        pub fn builder() -> builder::MessageParameters {
            Default::default()
        }
    }

    ///A new account. Fields left out come from the template, if one is named,
    /// else defaults.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct NewAccount {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub addresses: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "adminRole",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub admin_role: ::std::option::Option<AdminRole>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "domainAdmin",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_admin: ::std::option::Option<bool>,
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "forwardKeepCopy",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub forward_keep_copy: ::std::option::Option<bool>,
        #[serde(
            rename = "forwardTo",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub forward_to: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "fullName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub full_name: ::std::option::Option<::std::string::String>,
        ///Groups (of the same domain) to join.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub groups: ::std::vec::Vec<GroupId>,
        #[serde(
            rename = "localOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub local_only: ::std::option::Option<bool>,
        #[serde(rename = "loginName")]
        pub login_name: ::std::string::String,
        #[serde(
            rename = "maxOutgoingMessageSize",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_outgoing_message_size: ::std::option::Option<i64>,
        ///Plain password, hashed with Argon2id. Write-only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<::std::string::String>,
        ///An already-hashed password (Argon2 PHC string), for migrations.
        /// Write-only.
        #[serde(
            rename = "passwordHash",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub password_hash: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "publishInAddressList",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub publish_in_address_list: ::std::option::Option<bool>,
        #[serde(
            rename = "quotaBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub quota_bytes: ::std::option::Option<i64>,
        #[serde(
            rename = "quotaMessages",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub quota_messages: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<Status>,
        #[serde(
            rename = "templateId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub template_id: ::std::option::Option<TemplateId>,
        #[serde(
            rename = "tenantAdminOf",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tenant_admin_of: ::std::option::Option<TenantId>,
    }

    impl NewAccount {
        pub fn builder() -> builder::NewAccount {
            Default::default()
        }
    }

    ///`NewAlias`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct NewAlias {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        pub name: ::std::string::String,
        ///An address, or a bare local part meaning the alias's own domain.
        pub target: ::std::string::String,
    }

    impl NewAlias {
        pub fn builder() -> builder::NewAlias {
            Default::default()
        }
    }

    ///`NewApiKey`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct NewApiKey {
        #[serde(
            rename = "allowedIps",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub allowed_ips: ::std::vec::Vec<::std::string::String>,
        ///Required for `domain` scope.
        #[serde(
            rename = "domainId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_id: ::std::option::Option<DomainId>,
        pub name: ::std::string::String,
        #[serde(
            rename = "readOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub read_only: ::std::option::Option<bool>,
        pub scope: ApiKeyScope,
        ///Required for `tenant` scope.
        #[serde(
            rename = "tenantId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tenant_id: ::std::option::Option<TenantId>,
    }

    impl NewApiKey {
        pub fn builder() -> builder::NewApiKey {
            Default::default()
        }
    }

    ///`NewDomain`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct NewDomain {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limits: ::std::option::Option<DomainLimits>,
        ///The domain name; Unicode names are stored as A-labels.
        pub name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<Status>,
        ///The owning tenant; defaults to the caller's own (the server root for
        /// server admins).
        #[serde(
            rename = "tenantId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tenant_id: ::std::option::Option<TenantId>,
    }

    impl NewDomain {
        pub fn builder() -> builder::NewDomain {
            Default::default()
        }
    }

    ///`NewDomainAlias`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct NewDomainAlias {
        pub name: ::std::string::String,
    }

    impl NewDomainAlias {
        pub fn builder() -> builder::NewDomainAlias {
            Default::default()
        }
    }

    ///`NewGroup`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct NewGroup {
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub addresses: ::std::vec::Vec<::std::string::String>,
        #[serde(
            rename = "adminRole",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub admin_role: ::std::option::Option<AdminRole>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "domainAdmin",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_admin: ::std::option::Option<bool>,
        #[serde(
            rename = "localOnly",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub local_only: ::std::option::Option<bool>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub members: ::std::vec::Vec<AccountId>,
        pub name: ::std::string::String,
        #[serde(
            rename = "publishInAddressList",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub publish_in_address_list: ::std::option::Option<bool>,
    }

    impl NewGroup {
        pub fn builder() -> builder::NewGroup {
            Default::default()
        }
    }

    ///`NewTenant`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct NewTenant {
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        pub kind: TenantKind,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limits: ::std::option::Option<TenantLimits>,
        pub name: ::std::string::String,
        ///The parent tenant; defaults to the caller's own tenant (the server
        /// root for server admins).
        #[serde(
            rename = "parentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parent_id: ::std::option::Option<TenantId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<Status>,
    }

    impl NewTenant {
        pub fn builder() -> builder::NewTenant {
            Default::default()
        }
    }

    ///`NewUserTemplate`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct NewUserTemplate {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub defaults: ::std::option::Option<AccountDefaults>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///A domain-scoped template; leave out for a tenant-wide one.
        #[serde(
            rename = "domainId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_id: ::std::option::Option<DomainId>,
        pub name: ::std::string::String,
        ///The owning tenant of a tenant-wide template; defaults to the
        /// caller's own.
        #[serde(
            rename = "tenantId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tenant_id: ::std::option::Option<TenantId>,
    }

    impl NewUserTemplate {
        pub fn builder() -> builder::NewUserTemplate {
            Default::default()
        }
    }

    ///`NoParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct NoParams {}
    impl NoParams {
        pub fn builder() -> builder::NoParams {
            Default::default()
        }
    }

    ///An RFC 9457 problem document.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Problem {
        ///Stable machine code, e.g. `limit_exceeded`, `invalid_domain_name`,
        /// `not_found`.
        pub code: ::std::string::String,
        pub detail: ::std::string::String,
        ///JSON path of the field at fault, e.g. `limits.maxAccounts`.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub field: ::std::option::Option<::std::string::String>,
        ///Seconds to wait before retrying (lockouts).
        #[serde(
            rename = "retryAfter",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub retry_after: ::std::option::Option<i64>,
        pub status: i32,
        pub title: ::std::string::String,
        ///`urn:postbay:problem:<code>`.
        #[serde(rename = "type")]
        pub type_: ::std::string::String,
    }

    impl Problem {
        pub fn builder() -> builder::Problem {
            Default::default()
        }
    }

    ///`Quota`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Quota {
        ///Bytes; 0 = unlimited.
        pub bytes: i64,
        ///Messages; 0 = unlimited.
        pub messages: i64,
    }

    impl Quota {
        pub fn builder() -> builder::Quota {
            Default::default()
        }
    }

    ///`RefreshRequest`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct RefreshRequest {
        #[serde(rename = "refreshToken")]
        pub refresh_token: ::std::string::String,
    }

    impl RefreshRequest {
        pub fn builder() -> builder::RefreshRequest {
            Default::default()
        }
    }

    ///The final expansion of an address.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Resolution {
        ///The address as normalised.
        pub address: ::std::string::String,
        ///External addresses that receive a copy.
        pub external: ::std::vec::Vec<::std::string::String>,
        ///Whether the address's domain is served here.
        #[serde(rename = "localDomain")]
        pub local_domain: bool,
        ///The expansion met an address it had already visited.
        #[serde(rename = "loopDetected")]
        pub loop_detected: bool,
        ///Local mailboxes that receive a copy (each once).
        pub mailboxes: ::std::vec::Vec<ResolvedMailbox>,
        ///A local address that matched nothing: mail to it is refused.
        pub unknown: bool,
    }

    impl Resolution {
        pub fn builder() -> builder::Resolution {
            Default::default()
        }
    }

    ///`ResolveRequest`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct ResolveRequest {
        pub address: ::std::string::String,
    }

    impl ResolveRequest {
        pub fn builder() -> builder::ResolveRequest {
            Default::default()
        }
    }

    ///`ResolvedMailbox`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ResolvedMailbox {
        #[serde(rename = "accountId")]
        pub account_id: AccountId,
        pub email: ::std::string::String,
    }

    impl ResolvedMailbox {
        pub fn builder() -> builder::ResolvedMailbox {
            Default::default()
        }
    }

    ///The reach of a principal.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(tag = "kind")]
    pub enum Role {
        #[serde(rename = "serverAdmin")]
        ServerAdmin,
        ///A tenant and everything below it.
        #[serde(rename = "tenantAdmin")]
        TenantAdmin {
            #[serde(rename = "tenantId")]
            tenant_id: TenantId,
        },
        ///The accounts, groups and aliases of one domain.
        #[serde(rename = "domainAdmin")]
        DomainAdmin {
            #[serde(rename = "domainId")]
            domain_id: DomainId,
            #[serde(rename = "tenantId")]
            tenant_id: TenantId,
        },
        ///One account, managing itself.
        #[serde(rename = "account")]
        Account {
            #[serde(rename = "accountId")]
            account_id: AccountId,
            #[serde(rename = "domainId")]
            domain_id: DomainId,
            #[serde(rename = "tenantId")]
            tenant_id: TenantId,
        },
    }

    ///One row's problem.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct RowError {
        pub code: ::std::string::String,
        ///The CSV column at fault, where known.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub column: ::std::option::Option<::std::string::String>,
        pub message: ::std::string::String,
    }

    impl RowError {
        pub fn builder() -> builder::RowError {
            Default::default()
        }
    }

    ///`RowStatus`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum RowStatus {
        #[serde(rename = "created")]
        Created,
        #[serde(rename = "valid")]
        Valid,
        #[serde(rename = "failed")]
        Failed,
    }

    impl ::std::fmt::Display for RowStatus {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Created => f.write_str("created"),
                Self::Valid => f.write_str("valid"),
                Self::Failed => f.write_str("failed"),
            }
        }
    }

    impl ::std::str::FromStr for RowStatus {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "created" => Ok(Self::Created),
                "valid" => Ok(Self::Valid),
                "failed" => Ok(Self::Failed),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for RowStatus {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for RowStatus {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///An alias as Kerio's `Aliases` interface shows it.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct RpcAlias {
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        ///The address the alias delivers to.
        #[serde(rename = "deliverTo")]
        pub deliver_to: ::std::string::String,
        #[serde(rename = "deliverToSelect")]
        pub deliver_to_select: DeliverToType,
        pub description: ::std::string::String,
        #[serde(rename = "domainId")]
        pub domain_id: DomainId,
        pub id: AliasId,
        ///Local part or pattern (`*` any run, `?` one character).
        pub name: ::std::string::String,
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    impl RpcAlias {
        pub fn builder() -> builder::RpcAlias {
            Default::default()
        }
    }

    ///`RpcAliasPattern`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct RpcAliasPattern {
        #[serde(
            rename = "deliverTo",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deliver_to: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "deliverToSelect",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub deliver_to_select: ::std::option::Option<DeliverToType>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Required for create; ignored by set.
        #[serde(
            rename = "domainId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_id: ::std::option::Option<DomainId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }

    impl RpcAliasPattern {
        pub fn builder() -> builder::RpcAliasPattern {
            Default::default()
        }
    }

    ///A domain as Kerio's `Domains` interface shows it, with Postbay's tenant,
    /// limits and usage.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct RpcDomain {
        #[serde(rename = "aliasCount")]
        pub alias_count: i64,
        ///Domain aliases (other names of the domain).
        #[serde(rename = "aliasList")]
        pub alias_list: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "aliasMaxCount")]
        pub alias_max_count: CountLimit,
        #[serde(rename = "consumedSize")]
        pub consumed_size: ByteValue,
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "defaultDiskSizeLimit")]
        pub default_disk_size_limit: SizeLimit,
        pub description: ::std::string::String,
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "groupCount")]
        pub group_count: i64,
        pub id: DomainId,
        #[serde(rename = "isEnabled")]
        pub is_enabled: bool,
        #[serde(rename = "isPrimary")]
        pub is_primary: bool,
        #[serde(rename = "maxDiskSizeLimit")]
        pub max_disk_size_limit: SizeLimit,
        ///A-label form, lower case. Write-once.
        pub name: ::std::string::String,
        #[serde(rename = "outgoingMessageLimit")]
        pub outgoing_message_limit: SizeLimit,
        pub status: Status,
        #[serde(rename = "tenantId")]
        pub tenant_id: TenantId,
        #[serde(rename = "unicodeName")]
        pub unicode_name: ::std::string::String,
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(rename = "userCount")]
        pub user_count: i64,
        #[serde(rename = "userMaxCount")]
        pub user_max_count: CountLimit,
    }

    impl RpcDomain {
        pub fn builder() -> builder::RpcDomain {
            Default::default()
        }
    }

    ///The members of a domain that `create` and `set` accept.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct RpcDomainPattern {
        #[serde(
            rename = "aliasMaxCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub alias_max_count: ::std::option::Option<CountLimit>,
        #[serde(
            rename = "defaultDiskSizeLimit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub default_disk_size_limit: ::std::option::Option<SizeLimit>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "isEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_enabled: ::std::option::Option<bool>,
        #[serde(
            rename = "maxDiskSizeLimit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_disk_size_limit: ::std::option::Option<SizeLimit>,
        ///Required for create; cannot be changed.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "outgoingMessageLimit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub outgoing_message_limit: ::std::option::Option<SizeLimit>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<Status>,
        ///The owning tenant (create only); defaults to the caller's own.
        #[serde(
            rename = "tenantId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tenant_id: ::std::option::Option<TenantId>,
        #[serde(
            rename = "userMaxCount",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub user_max_count: ::std::option::Option<CountLimit>,
    }

    impl RpcDomainPattern {
        pub fn builder() -> builder::RpcDomainPattern {
            Default::default()
        }
    }

    ///A JSON-RPC error object. `data.code` carries Postbay's stable machine
    /// code (the same one the REST API puts in problem+json) and
    /// `data.field` the member at fault.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct RpcError {
        pub code: i32,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub data: ::std::option::Option<::serde_json::Value>,
        pub message: ::std::string::String,
    }

    impl RpcError {
        pub fn builder() -> builder::RpcError {
            Default::default()
        }
    }

    ///A group as Kerio's `Groups` interface shows it.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct RpcGroup {
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub description: ::std::string::String,
        #[serde(rename = "domainId")]
        pub domain_id: DomainId,
        ///Local parts in the group's domain that deliver to every member.
        #[serde(rename = "emailAddresses")]
        pub email_addresses: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "hasDomainRestriction")]
        pub has_domain_restriction: bool,
        pub id: GroupId,
        #[serde(rename = "memberCount")]
        pub member_count: i64,
        pub name: ::std::string::String,
        #[serde(rename = "publishInGal")]
        pub publish_in_gal: bool,
        pub role: UserRight,
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    impl RpcGroup {
        pub fn builder() -> builder::RpcGroup {
            Default::default()
        }
    }

    ///`RpcGroupPattern`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct RpcGroupPattern {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        ///Required for create; ignored by set.
        #[serde(
            rename = "domainId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_id: ::std::option::Option<DomainId>,
        #[serde(
            rename = "emailAddresses",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub email_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(
            rename = "hasDomainRestriction",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_domain_restriction: ::std::option::Option<bool>,
        ///Create only: the first members.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub members: ::std::option::Option<::std::vec::Vec<AccountId>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "publishInGal",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub publish_in_gal: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub role: ::std::option::Option<UserRight>,
    }

    impl RpcGroupPattern {
        pub fn builder() -> builder::RpcGroupPattern {
            Default::default()
        }
    }

    ///A user (account) as Kerio's `Users` interface shows it.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct RpcUser {
        #[serde(rename = "consumedItems")]
        pub consumed_items: i64,
        #[serde(rename = "consumedSize")]
        pub consumed_size: ByteValue,
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub description: ::std::string::String,
        #[serde(rename = "diskSizeLimit")]
        pub disk_size_limit: SizeLimit,
        #[serde(rename = "domainId")]
        pub domain_id: DomainId,
        ///Postbay: the primary address, `loginName@domain`.
        pub email: ::std::string::String,
        ///Extra local parts of the user in its domain.
        #[serde(rename = "emailAddresses")]
        pub email_addresses: ::std::vec::Vec<::std::string::String>,
        #[serde(rename = "emailForwarding")]
        pub email_forwarding: EmailForwarding,
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "fullName")]
        pub full_name: ::std::string::String,
        ///Mail only within the user's own domain.
        #[serde(rename = "hasDomainRestriction")]
        pub has_domain_restriction: bool,
        #[serde(rename = "hasPassword")]
        pub has_password: bool,
        pub id: AccountId,
        #[serde(rename = "isEnabled")]
        pub is_enabled: bool,
        #[serde(rename = "itemLimit")]
        pub item_limit: CountLimit,
        #[serde(rename = "loginName")]
        pub login_name: ::std::string::String,
        #[serde(rename = "outMessageLimit")]
        pub out_message_limit: SizeLimit,
        #[serde(rename = "publishInGal")]
        pub publish_in_gal: bool,
        pub role: UserRight,
        pub status: Status,
        ///Postbay: the tenant this user administers, if any.
        #[serde(
            rename = "tenantAdminOf",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub tenant_admin_of: ::std::option::Option<TenantId>,
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    impl RpcUser {
        pub fn builder() -> builder::RpcUser {
            Default::default()
        }
    }

    ///The members of a user that `create` and `set` accept; `set` applies
    /// those present.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct RpcUserPattern {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "diskSizeLimit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub disk_size_limit: ::std::option::Option<SizeLimit>,
        ///Required for create; ignored by set (a user's domain never changes).
        #[serde(
            rename = "domainId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_id: ::std::option::Option<DomainId>,
        #[serde(
            rename = "emailAddresses",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub email_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(
            rename = "emailForwarding",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub email_forwarding: ::std::option::Option<EmailForwarding>,
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "fullName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub full_name: ::std::option::Option<::std::string::String>,
        ///Postbay: groups to join at creation.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub groups: ::std::option::Option<::std::vec::Vec<GroupId>>,
        #[serde(
            rename = "hasDomainRestriction",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub has_domain_restriction: ::std::option::Option<bool>,
        #[serde(
            rename = "isEnabled",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub is_enabled: ::std::option::Option<bool>,
        #[serde(
            rename = "itemLimit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub item_limit: ::std::option::Option<CountLimit>,
        ///Required for create; cannot be changed by set.
        #[serde(
            rename = "loginName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub login_name: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "outMessageLimit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub out_message_limit: ::std::option::Option<SizeLimit>,
        ///Write-only.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub password: ::std::option::Option<::std::string::String>,
        ///Postbay: an Argon2 PHC hash instead of a password, for migrations.
        /// Write-only.
        #[serde(
            rename = "passwordHash",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub password_hash: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "publishInGal",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub publish_in_gal: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub role: ::std::option::Option<UserRight>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<Status>,
        ///Postbay: create from this template.
        #[serde(
            rename = "templateId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub template_id: ::std::option::Option<TemplateId>,
    }

    impl RpcUserPattern {
        pub fn builder() -> builder::RpcUserPattern {
            Default::default()
        }
    }

    ///`SearchCondition`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct SearchCondition {
        pub comparator: Comparator,
        ///A column name, or `QUICKSEARCH`.
        #[serde(rename = "fieldName")]
        pub field_name: ::std::string::String,
        pub value: ConditionValue,
    }

    impl SearchCondition {
        pub fn builder() -> builder::SearchCondition {
            Default::default()
        }
    }

    ///A search: which rows (`conditions`, `combining`), in what order, which
    /// page, which members.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct SearchQuery {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub combining: ::std::option::Option<Combining>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub conditions: ::std::vec::Vec<SearchCondition>,
        ///Members to return; empty or absent returns all.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        pub fields: ::std::vec::Vec<::std::string::String>,
        ///Rows to return; -1 (the default) returns all, up to 50,000.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limit: ::std::option::Option<i64>,
        #[serde(
            rename = "orderBy",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        pub order_by: ::std::vec::Vec<SortOrder>,
        ///Rows to skip.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub start: ::std::option::Option<i64>,
    }

    impl SearchQuery {
        pub fn builder() -> builder::SearchQuery {
            Default::default()
        }
    }

    ///Login protection and session lifetimes.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct SecuritySettings {
        ///Lifetime of an access token, seconds.
        #[serde(rename = "accessTokenSeconds")]
        pub access_token_seconds: i64,
        ///How long a locked-out address stays locked, seconds.
        #[serde(rename = "lockoutSeconds")]
        pub lockout_seconds: i64,
        ///Failed logins from one address before it is locked out (0 = never
        /// lock).
        #[serde(rename = "lockoutThreshold")]
        pub lockout_threshold: i32,
        ///Lifetime of a refresh token, seconds.
        #[serde(rename = "refreshTokenSeconds")]
        pub refresh_token_seconds: i64,
        ///A JSON-RPC admin session ends after this many seconds without a
        /// call.
        #[serde(
            rename = "sessionIdleSeconds",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub session_idle_seconds: ::std::option::Option<i64>,
    }

    impl SecuritySettings {
        pub fn builder() -> builder::SecuritySettings {
            Default::default()
        }
    }

    ///`ServerVersionResult`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct ServerVersionResult {
        pub build: i32,
        pub major: i32,
        pub minor: i32,
        pub product: ::std::string::String,
        pub revision: i32,
        pub version: ::std::string::String,
    }

    impl ServerVersionResult {
        pub fn builder() -> builder::ServerVersionResult {
            Default::default()
        }
    }

    ///`Session`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Session {
        ///Send as `Authorization: Bearer <accessToken>`.
        #[serde(rename = "accessToken")]
        pub access_token: ::std::string::String,
        #[serde(rename = "accountId")]
        pub account_id: AccountId,
        ///Seconds until the access token expires.
        #[serde(rename = "expiresIn")]
        pub expires_in: i64,
        #[serde(rename = "readOnly")]
        pub read_only: bool,
        ///Exchange for a new session at `/auth/refresh`; single use.
        #[serde(rename = "refreshToken")]
        pub refresh_token: ::std::string::String,
        pub role: Role,
        #[serde(rename = "tokenType")]
        pub token_type: ::std::string::String,
    }

    impl Session {
        pub fn builder() -> builder::Session {
            Default::default()
        }
    }

    ///A size limit that may be off (Kerio's `SizeLimit`); off means unlimited.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct SizeLimit {
        #[serde(rename = "isActive")]
        pub is_active: bool,
        pub limit: ByteValue,
    }

    impl SizeLimit {
        pub fn builder() -> builder::SizeLimit {
            Default::default()
        }
    }

    ///Limits the SMTP server applies to every client (Kerio's Security
    /// Options). `0` turns an IP limit off.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct SmtpSecurity {
        ///Addresses the per-address limits do not apply to (local networks, a
        /// backup MX).
        #[serde(
            rename = "exemptGroupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub exempt_group_id: ::std::option::Option<IpGroupId>,
        ///Connections open at once from one address; more get `421 4.7.0`.
        #[serde(
            rename = "maxConnectionsPerIp",
            default = "defaults::default_u64::<i32, 50>"
        )]
        pub max_connections_per_ip: i32,
        ///Failed commands before the session is closed.
        #[serde(
            rename = "maxFailedCommands",
            default = "defaults::default_u64::<i32, 20>"
        )]
        pub max_failed_commands: i32,
        ///Largest message accepted, bytes (advertised as SIZE; larger gets
        /// `552 5.3.4`).
        #[serde(
            rename = "maxMessageSize",
            default = "defaults::default_u64::<i64, 52428800>"
        )]
        pub max_message_size: i64,
        ///Messages accepted from one address over a sliding hour; more get
        /// `450 4.7.1`.
        #[serde(rename = "maxMessagesPerHourPerIp", default)]
        pub max_messages_per_hour_per_ip: i32,
        ///Received headers a message may carry (loop protection; more gets
        /// `554 5.4.6`).
        #[serde(
            rename = "maxReceivedHops",
            default = "defaults::default_u64::<i32, 50>"
        )]
        pub max_received_hops: i32,
        ///Recipients per message; more get `452 4.5.3`.
        #[serde(
            rename = "maxRecipients",
            default = "defaults::default_u64::<i32, 100>"
        )]
        pub max_recipients: i32,
        ///RCPTs to unknown local users from one address within an hour before
        /// it is blocked for an hour (directory harvest).
        #[serde(rename = "maxUnknownRecipientsPerIp", default)]
        pub max_unknown_recipients_per_ip: i32,
        ///Relay for anyone: an open relay. Off unless a server administrator
        /// turns it on; an ISP almost never wants it.
        #[serde(rename = "openRelay", default)]
        pub open_relay: bool,
        ///Addresses that may relay without AUTH (relay control's trusted
        /// group).
        #[serde(
            rename = "relayGroupId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub relay_group_id: ::std::option::Option<IpGroupId>,
    }

    impl ::std::default::Default for SmtpSecurity {
        fn default() -> Self {
            Self {
                exempt_group_id: Default::default(),
                max_connections_per_ip: defaults::default_u64::<i32, 50>(),
                max_failed_commands: defaults::default_u64::<i32, 20>(),
                max_message_size: defaults::default_u64::<i64, 52428800>(),
                max_messages_per_hour_per_ip: Default::default(),
                max_received_hops: defaults::default_u64::<i32, 50>(),
                max_recipients: defaults::default_u64::<i32, 100>(),
                max_unknown_recipients_per_ip: Default::default(),
                open_relay: Default::default(),
                relay_group_id: Default::default(),
            }
        }
    }

    impl SmtpSecurity {
        pub fn builder() -> builder::SmtpSecurity {
            Default::default()
        }
    }

    ///How a list is ordered. Ids are time-ordered, so `created` is id order.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum Sort {
        #[serde(rename = "name")]
        Name,
        #[serde(rename = "-name")]
        Xname,
        #[serde(rename = "created")]
        Created,
        #[serde(rename = "-created")]
        Xcreated,
    }

    impl ::std::fmt::Display for Sort {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Name => f.write_str("name"),
                Self::Xname => f.write_str("-name"),
                Self::Created => f.write_str("created"),
                Self::Xcreated => f.write_str("-created"),
            }
        }
    }

    impl ::std::str::FromStr for Sort {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "name" => Ok(Self::Name),
                "-name" => Ok(Self::Xname),
                "created" => Ok(Self::Created),
                "-created" => Ok(Self::Xcreated),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for Sort {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for Sort {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`SortOrder`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct SortOrder {
        ///Kerio sends this; text columns always sort case-insensitively here.
        #[serde(
            rename = "caseSensitive",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub case_sensitive: ::std::option::Option<bool>,
        #[serde(rename = "columnName")]
        pub column_name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub direction: ::std::option::Option<Direction>,
    }

    impl SortOrder {
        pub fn builder() -> builder::SortOrder {
            Default::default()
        }
    }

    ///Lifecycle of tenants, domains and accounts. Suspended: no login, mail
    /// still accepted. Disabled: no login, mail refused.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum Status {
        #[serde(rename = "active")]
        Active,
        #[serde(rename = "suspended")]
        Suspended,
        #[serde(rename = "disabled")]
        Disabled,
    }

    impl ::std::fmt::Display for Status {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Active => f.write_str("active"),
                Self::Suspended => f.write_str("suspended"),
                Self::Disabled => f.write_str("disabled"),
            }
        }
    }

    impl ::std::str::FromStr for Status {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "active" => Ok(Self::Active),
                "suspended" => Ok(Self::Suspended),
                "disabled" => Ok(Self::Disabled),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for Status {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for Status {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///A user template.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct TemplateId(pub ::uuid::Uuid);
    impl ::std::ops::Deref for TemplateId {
        type Target = ::uuid::Uuid;
        fn deref(&self) -> &::uuid::Uuid {
            &self.0
        }
    }

    impl ::std::convert::From<TemplateId> for ::uuid::Uuid {
        fn from(value: TemplateId) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<::uuid::Uuid> for TemplateId {
        fn from(value: ::uuid::Uuid) -> Self {
            Self(value)
        }
    }

    impl ::std::fmt::Display for TemplateId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }

    impl ::std::str::FromStr for TemplateId {
        type Err = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }

    impl ::std::convert::TryFrom<&str> for TemplateId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<String> for TemplateId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    ///`Tenant`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct Tenant {
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        pub id: TenantId,
        pub kind: TenantKind,
        pub limits: TenantLimits,
        pub name: ::std::string::String,
        ///Absent only for the server root.
        #[serde(
            rename = "parentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub parent_id: ::std::option::Option<TenantId>,
        pub status: Status,
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub usage: TenantUsage,
    }

    impl Tenant {
        pub fn builder() -> builder::Tenant {
            Default::default()
        }
    }

    ///A tenant: the server root, a reseller or a customer.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(transparent)]
    pub struct TenantId(pub ::uuid::Uuid);
    impl ::std::ops::Deref for TenantId {
        type Target = ::uuid::Uuid;
        fn deref(&self) -> &::uuid::Uuid {
            &self.0
        }
    }

    impl ::std::convert::From<TenantId> for ::uuid::Uuid {
        fn from(value: TenantId) -> Self {
            value.0
        }
    }

    impl ::std::convert::From<::uuid::Uuid> for TenantId {
        fn from(value: ::uuid::Uuid) -> Self {
            Self(value)
        }
    }

    impl ::std::fmt::Display for TenantId {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            self.0.fmt(f)
        }
    }

    impl ::std::str::FromStr for TenantId {
        type Err = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
            Ok(Self(value.parse()?))
        }
    }

    impl ::std::convert::TryFrom<&str> for TenantId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: &str) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<String> for TenantId {
        type Error = <::uuid::Uuid as ::std::str::FromStr>::Err;
        fn try_from(value: String) -> ::std::result::Result<Self, Self::Error> {
            value.parse()
        }
    }

    ///`TenantKind`
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum TenantKind {
        #[serde(rename = "server")]
        Server,
        #[serde(rename = "reseller")]
        Reseller,
        #[serde(rename = "customer")]
        Customer,
    }

    impl ::std::fmt::Display for TenantKind {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::Server => f.write_str("server"),
                Self::Reseller => f.write_str("reseller"),
                Self::Customer => f.write_str("customer"),
            }
        }
    }

    impl ::std::str::FromStr for TenantKind {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "server" => Ok(Self::Server),
                "reseller" => Ok(Self::Reseller),
                "customer" => Ok(Self::Customer),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for TenantKind {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for TenantKind {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///Limits of a tenant's whole subtree. Null (or 0 on input) means
    /// unlimited.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct TenantLimits {
        #[serde(
            rename = "maxAccounts",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_accounts: ::std::option::Option<i64>,
        #[serde(
            rename = "maxAliases",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_aliases: ::std::option::Option<i64>,
        #[serde(
            rename = "maxDomains",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_domains: ::std::option::Option<i64>,
        #[serde(
            rename = "maxGroups",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_groups: ::std::option::Option<i64>,
        #[serde(
            rename = "maxStorageBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_storage_bytes: ::std::option::Option<i64>,
    }

    impl TenantLimits {
        pub fn builder() -> builder::TenantLimits {
            Default::default()
        }
    }

    ///`TenantLimitsPatch`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct TenantLimitsPatch {
        #[serde(
            rename = "maxAccounts",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_accounts: ::std::option::Option<i64>,
        #[serde(
            rename = "maxAliases",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_aliases: ::std::option::Option<i64>,
        #[serde(
            rename = "maxDomains",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_domains: ::std::option::Option<i64>,
        #[serde(
            rename = "maxGroups",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_groups: ::std::option::Option<i64>,
        #[serde(
            rename = "maxStorageBytes",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub max_storage_bytes: ::std::option::Option<i64>,
    }

    impl TenantLimitsPatch {
        pub fn builder() -> builder::TenantLimitsPatch {
            Default::default()
        }
    }

    ///`TenantList`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct TenantList {
        pub list: ::std::vec::Vec<Tenant>,
        ///Matches before `start` and `limit`.
        #[serde(rename = "totalItems")]
        pub total_items: i64,
    }

    impl TenantList {
        pub fn builder() -> builder::TenantList {
            Default::default()
        }
    }

    ///`TenantPage`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct TenantPage {
        pub items: ::std::vec::Vec<Tenant>,
        ///Pass as `cursor` to get the next page; absent on the last page.
        #[serde(
            rename = "nextCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    impl TenantPage {
        pub fn builder() -> builder::TenantPage {
            Default::default()
        }
    }

    ///`TenantPatch`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct TenantPatch {
        #[serde(
            rename = "externalId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub external_id: ::std::option::Option<::std::string::String>,
        ///Replaces the limits given; absent limits keep their value.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limits: ::std::option::Option<TenantLimitsPatch>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub status: ::std::option::Option<Status>,
    }

    impl TenantPatch {
        pub fn builder() -> builder::TenantPatch {
            Default::default()
        }
    }

    ///What a tenant's subtree uses now.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct TenantUsage {
        pub accounts: i64,
        pub aliases: i64,
        pub domains: i64,
        pub groups: i64,
        #[serde(rename = "storageBytes")]
        pub storage_bytes: i64,
    }

    impl TenantUsage {
        pub fn builder() -> builder::TenantUsage {
            Default::default()
        }
    }

    ///`TenantsCreateParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct TenantsCreateParams {
        pub tenants: ::std::vec::Vec<NewTenant>,
    }

    impl TenantsCreateParams {
        pub fn builder() -> builder::TenantsCreateParams {
            Default::default()
        }
    }

    ///`TenantsGetParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct TenantsGetParams {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query: ::std::option::Option<SearchQuery>,
    }

    impl TenantsGetParams {
        pub fn builder() -> builder::TenantsGetParams {
            Default::default()
        }
    }

    ///`TenantsRemoveParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct TenantsRemoveParams {
        #[serde(rename = "tenantIds")]
        pub tenant_ids: ::std::vec::Vec<TenantId>,
    }

    impl TenantsRemoveParams {
        pub fn builder() -> builder::TenantsRemoveParams {
            Default::default()
        }
    }

    ///`TenantsSetParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct TenantsSetParams {
        pub pattern: TenantPatch,
        #[serde(rename = "tenantIds")]
        pub tenant_ids: ::std::vec::Vec<TenantId>,
    }

    impl TenantsSetParams {
        pub fn builder() -> builder::TenantsSetParams {
            Default::default()
        }
    }

    ///`UsageItem`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct UsageItem {
        ///Null when unlimited.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub limit: ::std::option::Option<i64>,
        pub used: i64,
    }

    impl UsageItem {
        pub fn builder() -> builder::UsageItem {
            Default::default()
        }
    }

    ///`UserList`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct UserList {
        pub list: ::std::vec::Vec<RpcUser>,
        #[serde(rename = "totalItems")]
        pub total_items: i64,
    }

    impl UserList {
        pub fn builder() -> builder::UserList {
            Default::default()
        }
    }

    ///Kerio's `UserRight`.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct UserRight {
        #[serde(rename = "userRole")]
        pub user_role: UserRoleType,
    }

    impl UserRight {
        pub fn builder() -> builder::UserRight {
            Default::default()
        }
    }

    ///Kerio's administration roles.
    #[derive(
        :: serde :: Deserialize,
        :: serde :: Serialize,
        Clone,
        Copy,
        Debug,
        Eq,
        Hash,
        Ord,
        PartialEq,
        PartialOrd,
    )]
    pub enum UserRoleType {
        UserRole,
        Auditor,
        AccountAdmin,
        FullAdmin,
        TenantAdmin,
    }

    impl ::std::fmt::Display for UserRoleType {
        fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
            match *self {
                Self::UserRole => f.write_str("UserRole"),
                Self::Auditor => f.write_str("Auditor"),
                Self::AccountAdmin => f.write_str("AccountAdmin"),
                Self::FullAdmin => f.write_str("FullAdmin"),
                Self::TenantAdmin => f.write_str("TenantAdmin"),
            }
        }
    }

    impl ::std::str::FromStr for UserRoleType {
        type Err = self::error::ConversionError;
        fn from_str(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            match value {
                "UserRole" => Ok(Self::UserRole),
                "Auditor" => Ok(Self::Auditor),
                "AccountAdmin" => Ok(Self::AccountAdmin),
                "FullAdmin" => Ok(Self::FullAdmin),
                "TenantAdmin" => Ok(Self::TenantAdmin),
                _ => Err("invalid value".into()),
            }
        }
    }

    impl ::std::convert::TryFrom<&str> for UserRoleType {
        type Error = self::error::ConversionError;
        fn try_from(value: &str) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    impl ::std::convert::TryFrom<::std::string::String> for UserRoleType {
        type Error = self::error::ConversionError;
        fn try_from(
            value: ::std::string::String,
        ) -> ::std::result::Result<Self, self::error::ConversionError> {
            value.parse()
        }
    }

    ///`UserTemplate`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct UserTemplate {
        #[serde(rename = "createdAt")]
        pub created_at: ::chrono::DateTime<::chrono::offset::Utc>,
        pub defaults: AccountDefaults,
        ///Copied into the description of accounts made from the template.
        pub description: ::std::string::String,
        ///Set when the template belongs to one domain; absent for a
        /// tenant-wide template.
        #[serde(
            rename = "domainId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_id: ::std::option::Option<DomainId>,
        pub id: TemplateId,
        pub name: ::std::string::String,
        #[serde(rename = "tenantId")]
        pub tenant_id: TenantId,
        #[serde(rename = "updatedAt")]
        pub updated_at: ::chrono::DateTime<::chrono::offset::Utc>,
    }

    impl UserTemplate {
        pub fn builder() -> builder::UserTemplate {
            Default::default()
        }
    }

    ///`UserTemplateList`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct UserTemplateList {
        pub list: ::std::vec::Vec<UserTemplate>,
        #[serde(rename = "totalItems")]
        pub total_items: i64,
    }

    impl UserTemplateList {
        pub fn builder() -> builder::UserTemplateList {
            Default::default()
        }
    }

    ///`UserTemplatePage`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct UserTemplatePage {
        pub items: ::std::vec::Vec<UserTemplate>,
        ///Pass as `cursor` to get the next page; absent on the last page.
        #[serde(
            rename = "nextCursor",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub next_cursor: ::std::option::Option<::std::string::String>,
    }

    impl UserTemplatePage {
        pub fn builder() -> builder::UserTemplatePage {
            Default::default()
        }
    }

    ///`UserTemplatePatch`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct UserTemplatePatch {
        ///Replaces all defaults.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub defaults: ::std::option::Option<AccountDefaults>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub description: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub name: ::std::option::Option<::std::string::String>,
    }

    impl UserTemplatePatch {
        pub fn builder() -> builder::UserTemplatePatch {
            Default::default()
        }
    }

    ///`UserTemplatesCreateParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct UserTemplatesCreateParams {
        #[serde(rename = "userTemplates")]
        pub user_templates: ::std::vec::Vec<NewUserTemplate>,
    }

    impl UserTemplatesCreateParams {
        pub fn builder() -> builder::UserTemplatesCreateParams {
            Default::default()
        }
    }

    ///`UserTemplatesGetParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct UserTemplatesGetParams {
        ///Only templates usable in this domain (its own and its tenants').
        #[serde(
            rename = "domainId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_id: ::std::option::Option<DomainId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query: ::std::option::Option<SearchQuery>,
    }

    impl UserTemplatesGetParams {
        pub fn builder() -> builder::UserTemplatesGetParams {
            Default::default()
        }
    }

    ///`UserTemplatesRemoveParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct UserTemplatesRemoveParams {
        #[serde(rename = "userTemplateIds")]
        pub user_template_ids: ::std::vec::Vec<TemplateId>,
    }

    impl UserTemplatesRemoveParams {
        pub fn builder() -> builder::UserTemplatesRemoveParams {
            Default::default()
        }
    }

    ///`UserTemplatesSetParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct UserTemplatesSetParams {
        pub pattern: UserTemplatePatch,
        #[serde(rename = "userTemplateIds")]
        pub user_template_ids: ::std::vec::Vec<TemplateId>,
    }

    impl UserTemplatesSetParams {
        pub fn builder() -> builder::UserTemplatesSetParams {
            Default::default()
        }
    }

    ///`UsersCreateParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct UsersCreateParams {
        pub users: ::std::vec::Vec<RpcUserPattern>,
    }

    impl UsersCreateParams {
        pub fn builder() -> builder::UsersCreateParams {
            Default::default()
        }
    }

    ///`UsersGetParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug, Default)]
    #[serde(deny_unknown_fields)]
    pub struct UsersGetParams {
        ///Only users of this domain.
        #[serde(
            rename = "domainId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub domain_id: ::std::option::Option<DomainId>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub query: ::std::option::Option<SearchQuery>,
    }

    impl UsersGetParams {
        pub fn builder() -> builder::UsersGetParams {
            Default::default()
        }
    }

    ///`UsersRemoveParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct UsersRemoveParams {
        #[serde(rename = "userIds")]
        pub user_ids: ::std::vec::Vec<AccountId>,
    }

    impl UsersRemoveParams {
        pub fn builder() -> builder::UsersRemoveParams {
            Default::default()
        }
    }

    ///`UsersSetParams`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    #[serde(deny_unknown_fields)]
    pub struct UsersSetParams {
        pub pattern: RpcUserPattern,
        #[serde(rename = "userIds")]
        pub user_ids: ::std::vec::Vec<AccountId>,
    }

    impl UsersSetParams {
        pub fn builder() -> builder::UsersSetParams {
            Default::default()
        }
    }

    ///Who the caller is.
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct WhoAmI {
        #[serde(
            rename = "accountId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        pub account_id: ::std::option::Option<AccountId>,
        pub actor: ::std::string::String,
        #[serde(rename = "readOnly")]
        pub read_only: bool,
        pub role: Role,
    }

    impl WhoAmI {
        pub fn builder() -> builder::WhoAmI {
            Default::default()
        }
    }

    ///`WhoAmIResult`
    #[derive(:: serde :: Deserialize, :: serde :: Serialize, Clone, Debug)]
    pub struct WhoAmIResult {
        ///`account:<address>` or `api-key:<prefix>`.
        pub actor: ::std::string::String,
        #[serde(rename = "effectiveRole")]
        pub effective_role: UserRight,
        ///The account behind the session; absent for API keys.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pub id: ::std::option::Option<AccountId>,
        #[serde(rename = "readOnly")]
        pub read_only: bool,
        pub role: Role,
    }

    impl WhoAmIResult {
        pub fn builder() -> builder::WhoAmIResult {
            Default::default()
        }
    }

    /// Types for composing complex structures.
    pub mod builder {
        #[derive(Clone, Debug)]
        pub struct Account {
            addresses: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            admin_role: ::std::result::Result<super::AdminRole, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<::std::string::String, ::std::string::String>,
            domain_admin: ::std::result::Result<bool, ::std::string::String>,
            domain_id: ::std::result::Result<super::DomainId, ::std::string::String>,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            forwarding: ::std::result::Result<super::Forwarding, ::std::string::String>,
            full_name: ::std::result::Result<::std::string::String, ::std::string::String>,
            has_password: ::std::result::Result<bool, ::std::string::String>,
            id: ::std::result::Result<super::AccountId, ::std::string::String>,
            local_only: ::std::result::Result<bool, ::std::string::String>,
            login_name: ::std::result::Result<::std::string::String, ::std::string::String>,
            max_outgoing_message_size: ::std::result::Result<i64, ::std::string::String>,
            publish_in_address_list: ::std::result::Result<bool, ::std::string::String>,
            quota: ::std::result::Result<super::Quota, ::std::string::String>,
            status: ::std::result::Result<super::Status, ::std::string::String>,
            tenant_admin_of: ::std::result::Result<
                ::std::option::Option<super::TenantId>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            usage: ::std::result::Result<super::MailboxUsage, ::std::string::String>,
        }

        impl ::std::default::Default for Account {
            fn default() -> Self {
                Self {
                    addresses: Err("no value supplied for addresses".to_string()),
                    admin_role: Err("no value supplied for admin_role".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    domain_admin: Err("no value supplied for domain_admin".to_string()),
                    domain_id: Err("no value supplied for domain_id".to_string()),
                    email: Err("no value supplied for email".to_string()),
                    external_id: Ok(Default::default()),
                    forwarding: Err("no value supplied for forwarding".to_string()),
                    full_name: Err("no value supplied for full_name".to_string()),
                    has_password: Err("no value supplied for has_password".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    local_only: Err("no value supplied for local_only".to_string()),
                    login_name: Err("no value supplied for login_name".to_string()),
                    max_outgoing_message_size: Err(
                        "no value supplied for max_outgoing_message_size".to_string(),
                    ),
                    publish_in_address_list: Err(
                        "no value supplied for publish_in_address_list".to_string()
                    ),
                    quota: Err("no value supplied for quota".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    tenant_admin_of: Ok(Default::default()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    usage: Err("no value supplied for usage".to_string()),
                }
            }
        }

        impl Account {
            pub fn addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.addresses = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for addresses: {e}"));
                self
            }
            pub fn admin_role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AdminRole>,
                T::Error: ::std::fmt::Display,
            {
                self.admin_role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for admin_role: {e}"));
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn domain_admin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_admin = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_admin: {e}"));
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DomainId>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for email: {e}"));
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for external_id: {e}"));
                self
            }
            pub fn forwarding<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Forwarding>,
                T::Error: ::std::fmt::Display,
            {
                self.forwarding = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for forwarding: {e}"));
                self
            }
            pub fn full_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.full_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for full_name: {e}"));
                self
            }
            pub fn has_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_password = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for has_password: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AccountId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn local_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.local_only = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for local_only: {e}"));
                self
            }
            pub fn login_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.login_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for login_name: {e}"));
                self
            }
            pub fn max_outgoing_message_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.max_outgoing_message_size = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_outgoing_message_size: {e}")
                });
                self
            }
            pub fn publish_in_address_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.publish_in_address_list = value.try_into().map_err(|e| {
                    format!("error converting supplied value for publish_in_address_list: {e}")
                });
                self
            }
            pub fn quota<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Quota>,
                T::Error: ::std::fmt::Display,
            {
                self.quota = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for quota: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Status>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn tenant_admin_of<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TenantId>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_admin_of = value.try_into().map_err(|e| {
                    format!("error converting supplied value for tenant_admin_of: {e}")
                });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
                self
            }
            pub fn usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MailboxUsage>,
                T::Error: ::std::fmt::Display,
            {
                self.usage = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for usage: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Account> for super::Account {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Account,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    addresses: value.addresses?,
                    admin_role: value.admin_role?,
                    created_at: value.created_at?,
                    description: value.description?,
                    domain_admin: value.domain_admin?,
                    domain_id: value.domain_id?,
                    email: value.email?,
                    external_id: value.external_id?,
                    forwarding: value.forwarding?,
                    full_name: value.full_name?,
                    has_password: value.has_password?,
                    id: value.id?,
                    local_only: value.local_only?,
                    login_name: value.login_name?,
                    max_outgoing_message_size: value.max_outgoing_message_size?,
                    publish_in_address_list: value.publish_in_address_list?,
                    quota: value.quota?,
                    status: value.status?,
                    tenant_admin_of: value.tenant_admin_of?,
                    updated_at: value.updated_at?,
                    usage: value.usage?,
                })
            }
        }

        impl ::std::convert::From<super::Account> for Account {
            fn from(value: super::Account) -> Self {
                Self {
                    addresses: Ok(value.addresses),
                    admin_role: Ok(value.admin_role),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    domain_admin: Ok(value.domain_admin),
                    domain_id: Ok(value.domain_id),
                    email: Ok(value.email),
                    external_id: Ok(value.external_id),
                    forwarding: Ok(value.forwarding),
                    full_name: Ok(value.full_name),
                    has_password: Ok(value.has_password),
                    id: Ok(value.id),
                    local_only: Ok(value.local_only),
                    login_name: Ok(value.login_name),
                    max_outgoing_message_size: Ok(value.max_outgoing_message_size),
                    publish_in_address_list: Ok(value.publish_in_address_list),
                    quota: Ok(value.quota),
                    status: Ok(value.status),
                    tenant_admin_of: Ok(value.tenant_admin_of),
                    updated_at: Ok(value.updated_at),
                    usage: Ok(value.usage),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct AccountDefaults {
            admin_role: ::std::result::Result<
                ::std::option::Option<super::AdminRole>,
                ::std::string::String,
            >,
            domain_admin: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            forward_keep_copy:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            local_only: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            max_outgoing_message_size:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            publish_in_address_list:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            quota_bytes: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            quota_messages:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        }

        impl ::std::default::Default for AccountDefaults {
            fn default() -> Self {
                Self {
                    admin_role: Ok(Default::default()),
                    domain_admin: Ok(Default::default()),
                    forward_keep_copy: Ok(Default::default()),
                    local_only: Ok(Default::default()),
                    max_outgoing_message_size: Ok(Default::default()),
                    publish_in_address_list: Ok(Default::default()),
                    quota_bytes: Ok(Default::default()),
                    quota_messages: Ok(Default::default()),
                }
            }
        }

        impl AccountDefaults {
            pub fn admin_role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AdminRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.admin_role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for admin_role: {e}"));
                self
            }
            pub fn domain_admin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_admin = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_admin: {e}"));
                self
            }
            pub fn forward_keep_copy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.forward_keep_copy = value.try_into().map_err(|e| {
                    format!("error converting supplied value for forward_keep_copy: {e}")
                });
                self
            }
            pub fn local_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.local_only = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for local_only: {e}"));
                self
            }
            pub fn max_outgoing_message_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_outgoing_message_size = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_outgoing_message_size: {e}")
                });
                self
            }
            pub fn publish_in_address_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.publish_in_address_list = value.try_into().map_err(|e| {
                    format!("error converting supplied value for publish_in_address_list: {e}")
                });
                self
            }
            pub fn quota_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.quota_bytes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for quota_bytes: {e}"));
                self
            }
            pub fn quota_messages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.quota_messages = value.try_into().map_err(|e| {
                    format!("error converting supplied value for quota_messages: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<AccountDefaults> for super::AccountDefaults {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccountDefaults,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    admin_role: value.admin_role?,
                    domain_admin: value.domain_admin?,
                    forward_keep_copy: value.forward_keep_copy?,
                    local_only: value.local_only?,
                    max_outgoing_message_size: value.max_outgoing_message_size?,
                    publish_in_address_list: value.publish_in_address_list?,
                    quota_bytes: value.quota_bytes?,
                    quota_messages: value.quota_messages?,
                })
            }
        }

        impl ::std::convert::From<super::AccountDefaults> for AccountDefaults {
            fn from(value: super::AccountDefaults) -> Self {
                Self {
                    admin_role: Ok(value.admin_role),
                    domain_admin: Ok(value.domain_admin),
                    forward_keep_copy: Ok(value.forward_keep_copy),
                    local_only: Ok(value.local_only),
                    max_outgoing_message_size: Ok(value.max_outgoing_message_size),
                    publish_in_address_list: Ok(value.publish_in_address_list),
                    quota_bytes: Ok(value.quota_bytes),
                    quota_messages: Ok(value.quota_messages),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct AccountPage {
            items: ::std::result::Result<::std::vec::Vec<super::Account>, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for AccountPage {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    next_cursor: Ok(Default::default()),
                }
            }
        }

        impl AccountPage {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Account>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for items: {e}"));
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for next_cursor: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<AccountPage> for super::AccountPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccountPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    items: value.items?,
                    next_cursor: value.next_cursor?,
                })
            }
        }

        impl ::std::convert::From<super::AccountPage> for AccountPage {
            fn from(value: super::AccountPage) -> Self {
                Self {
                    items: Ok(value.items),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct AccountPatch {
            addresses: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            admin_role: ::std::result::Result<
                ::std::option::Option<super::AdminRole>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            domain_admin: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            forward_keep_copy:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            forward_to: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            full_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            local_only: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            max_outgoing_message_size:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            password: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            password_hash: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            publish_in_address_list:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            quota_bytes: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            quota_messages:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            status:
                ::std::result::Result<::std::option::Option<super::Status>, ::std::string::String>,
            tenant_admin_of: ::std::result::Result<
                ::std::option::Option<super::TenantId>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for AccountPatch {
            fn default() -> Self {
                Self {
                    addresses: Ok(Default::default()),
                    admin_role: Ok(Default::default()),
                    description: Ok(Default::default()),
                    domain_admin: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    forward_keep_copy: Ok(Default::default()),
                    forward_to: Ok(Default::default()),
                    full_name: Ok(Default::default()),
                    local_only: Ok(Default::default()),
                    max_outgoing_message_size: Ok(Default::default()),
                    password: Ok(Default::default()),
                    password_hash: Ok(Default::default()),
                    publish_in_address_list: Ok(Default::default()),
                    quota_bytes: Ok(Default::default()),
                    quota_messages: Ok(Default::default()),
                    status: Ok(Default::default()),
                    tenant_admin_of: Ok(Default::default()),
                }
            }
        }

        impl AccountPatch {
            pub fn addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.addresses = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for addresses: {e}"));
                self
            }
            pub fn admin_role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AdminRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.admin_role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for admin_role: {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn domain_admin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_admin = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_admin: {e}"));
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for external_id: {e}"));
                self
            }
            pub fn forward_keep_copy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.forward_keep_copy = value.try_into().map_err(|e| {
                    format!("error converting supplied value for forward_keep_copy: {e}")
                });
                self
            }
            pub fn forward_to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.forward_to = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for forward_to: {e}"));
                self
            }
            pub fn full_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.full_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for full_name: {e}"));
                self
            }
            pub fn local_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.local_only = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for local_only: {e}"));
                self
            }
            pub fn max_outgoing_message_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_outgoing_message_size = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_outgoing_message_size: {e}")
                });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for password: {e}"));
                self
            }
            pub fn password_hash<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.password_hash = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for password_hash: {e}"));
                self
            }
            pub fn publish_in_address_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.publish_in_address_list = value.try_into().map_err(|e| {
                    format!("error converting supplied value for publish_in_address_list: {e}")
                });
                self
            }
            pub fn quota_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.quota_bytes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for quota_bytes: {e}"));
                self
            }
            pub fn quota_messages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.quota_messages = value.try_into().map_err(|e| {
                    format!("error converting supplied value for quota_messages: {e}")
                });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Status>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn tenant_admin_of<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TenantId>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_admin_of = value.try_into().map_err(|e| {
                    format!("error converting supplied value for tenant_admin_of: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<AccountPatch> for super::AccountPatch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AccountPatch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    addresses: value.addresses?,
                    admin_role: value.admin_role?,
                    description: value.description?,
                    domain_admin: value.domain_admin?,
                    external_id: value.external_id?,
                    forward_keep_copy: value.forward_keep_copy?,
                    forward_to: value.forward_to?,
                    full_name: value.full_name?,
                    local_only: value.local_only?,
                    max_outgoing_message_size: value.max_outgoing_message_size?,
                    password: value.password?,
                    password_hash: value.password_hash?,
                    publish_in_address_list: value.publish_in_address_list?,
                    quota_bytes: value.quota_bytes?,
                    quota_messages: value.quota_messages?,
                    status: value.status?,
                    tenant_admin_of: value.tenant_admin_of?,
                })
            }
        }

        impl ::std::convert::From<super::AccountPatch> for AccountPatch {
            fn from(value: super::AccountPatch) -> Self {
                Self {
                    addresses: Ok(value.addresses),
                    admin_role: Ok(value.admin_role),
                    description: Ok(value.description),
                    domain_admin: Ok(value.domain_admin),
                    external_id: Ok(value.external_id),
                    forward_keep_copy: Ok(value.forward_keep_copy),
                    forward_to: Ok(value.forward_to),
                    full_name: Ok(value.full_name),
                    local_only: Ok(value.local_only),
                    max_outgoing_message_size: Ok(value.max_outgoing_message_size),
                    password: Ok(value.password),
                    password_hash: Ok(value.password_hash),
                    publish_in_address_list: Ok(value.publish_in_address_list),
                    quota_bytes: Ok(value.quota_bytes),
                    quota_messages: Ok(value.quota_messages),
                    status: Ok(value.status),
                    tenant_admin_of: Ok(value.tenant_admin_of),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Alias {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<::std::string::String, ::std::string::String>,
            domain_id: ::std::result::Result<super::DomainId, ::std::string::String>,
            id: ::std::result::Result<super::AliasId, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            target: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Alias {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    domain_id: Err("no value supplied for domain_id".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    target: Err("no value supplied for target".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }

        impl Alias {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DomainId>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AliasId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn target<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.target = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for target: {e}"));
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Alias> for super::Alias {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Alias,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    description: value.description?,
                    domain_id: value.domain_id?,
                    id: value.id?,
                    name: value.name?,
                    target: value.target?,
                    updated_at: value.updated_at?,
                })
            }
        }

        impl ::std::convert::From<super::Alias> for Alias {
            fn from(value: super::Alias) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    domain_id: Ok(value.domain_id),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    target: Ok(value.target),
                    updated_at: Ok(value.updated_at),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct AliasCheckResult {
            list: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            resolution: ::std::result::Result<super::Resolution, ::std::string::String>,
        }

        impl ::std::default::Default for AliasCheckResult {
            fn default() -> Self {
                Self {
                    list: Err("no value supplied for list".to_string()),
                    resolution: Err("no value supplied for resolution".to_string()),
                }
            }
        }

        impl AliasCheckResult {
            pub fn list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.list = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for list: {e}"));
                self
            }
            pub fn resolution<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Resolution>,
                T::Error: ::std::fmt::Display,
            {
                self.resolution = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for resolution: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<AliasCheckResult> for super::AliasCheckResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AliasCheckResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    list: value.list?,
                    resolution: value.resolution?,
                })
            }
        }

        impl ::std::convert::From<super::AliasCheckResult> for AliasCheckResult {
            fn from(value: super::AliasCheckResult) -> Self {
                Self {
                    list: Ok(value.list),
                    resolution: Ok(value.resolution),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct AliasList {
            list: ::std::result::Result<::std::vec::Vec<super::RpcAlias>, ::std::string::String>,
            total_items: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for AliasList {
            fn default() -> Self {
                Self {
                    list: Err("no value supplied for list".to_string()),
                    total_items: Err("no value supplied for total_items".to_string()),
                }
            }
        }

        impl AliasList {
            pub fn list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RpcAlias>>,
                T::Error: ::std::fmt::Display,
            {
                self.list = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for list: {e}"));
                self
            }
            pub fn total_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_items = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for total_items: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<AliasList> for super::AliasList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AliasList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    list: value.list?,
                    total_items: value.total_items?,
                })
            }
        }

        impl ::std::convert::From<super::AliasList> for AliasList {
            fn from(value: super::AliasList) -> Self {
                Self {
                    list: Ok(value.list),
                    total_items: Ok(value.total_items),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct AliasPage {
            items: ::std::result::Result<::std::vec::Vec<super::Alias>, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for AliasPage {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    next_cursor: Ok(Default::default()),
                }
            }
        }

        impl AliasPage {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Alias>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for items: {e}"));
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for next_cursor: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<AliasPage> for super::AliasPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AliasPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    items: value.items?,
                    next_cursor: value.next_cursor?,
                })
            }
        }

        impl ::std::convert::From<super::AliasPage> for AliasPage {
            fn from(value: super::AliasPage) -> Self {
                Self {
                    items: Ok(value.items),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct AliasPatch {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            target: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for AliasPatch {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    name: Ok(Default::default()),
                    target: Ok(Default::default()),
                }
            }
        }

        impl AliasPatch {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn target<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.target = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for target: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<AliasPatch> for super::AliasPatch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AliasPatch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    name: value.name?,
                    target: value.target?,
                })
            }
        }

        impl ::std::convert::From<super::AliasPatch> for AliasPatch {
            fn from(value: super::AliasPatch) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
                    target: Ok(value.target),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct AliasesCheckParams {
            check_string: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for AliasesCheckParams {
            fn default() -> Self {
                Self {
                    check_string: Err("no value supplied for check_string".to_string()),
                }
            }
        }

        impl AliasesCheckParams {
            pub fn check_string<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.check_string = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for check_string: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<AliasesCheckParams> for super::AliasesCheckParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AliasesCheckParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    check_string: value.check_string?,
                })
            }
        }

        impl ::std::convert::From<super::AliasesCheckParams> for AliasesCheckParams {
            fn from(value: super::AliasesCheckParams) -> Self {
                Self {
                    check_string: Ok(value.check_string),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct AliasesCreateParams {
            aliases: ::std::result::Result<
                ::std::vec::Vec<super::RpcAliasPattern>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for AliasesCreateParams {
            fn default() -> Self {
                Self {
                    aliases: Err("no value supplied for aliases".to_string()),
                }
            }
        }

        impl AliasesCreateParams {
            pub fn aliases<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RpcAliasPattern>>,
                T::Error: ::std::fmt::Display,
            {
                self.aliases = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for aliases: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<AliasesCreateParams> for super::AliasesCreateParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AliasesCreateParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    aliases: value.aliases?,
                })
            }
        }

        impl ::std::convert::From<super::AliasesCreateParams> for AliasesCreateParams {
            fn from(value: super::AliasesCreateParams) -> Self {
                Self {
                    aliases: Ok(value.aliases),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct AliasesGetParams {
            domain_id: ::std::result::Result<
                ::std::option::Option<super::DomainId>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                ::std::option::Option<super::SearchQuery>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for AliasesGetParams {
            fn default() -> Self {
                Self {
                    domain_id: Ok(Default::default()),
                    query: Ok(Default::default()),
                }
            }
        }

        impl AliasesGetParams {
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DomainId>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SearchQuery>>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for query: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<AliasesGetParams> for super::AliasesGetParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AliasesGetParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    domain_id: value.domain_id?,
                    query: value.query?,
                })
            }
        }

        impl ::std::convert::From<super::AliasesGetParams> for AliasesGetParams {
            fn from(value: super::AliasesGetParams) -> Self {
                Self {
                    domain_id: Ok(value.domain_id),
                    query: Ok(value.query),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct AliasesRemoveParams {
            alias_ids:
                ::std::result::Result<::std::vec::Vec<super::AliasId>, ::std::string::String>,
        }

        impl ::std::default::Default for AliasesRemoveParams {
            fn default() -> Self {
                Self {
                    alias_ids: Err("no value supplied for alias_ids".to_string()),
                }
            }
        }

        impl AliasesRemoveParams {
            pub fn alias_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AliasId>>,
                T::Error: ::std::fmt::Display,
            {
                self.alias_ids = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for alias_ids: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<AliasesRemoveParams> for super::AliasesRemoveParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AliasesRemoveParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    alias_ids: value.alias_ids?,
                })
            }
        }

        impl ::std::convert::From<super::AliasesRemoveParams> for AliasesRemoveParams {
            fn from(value: super::AliasesRemoveParams) -> Self {
                Self {
                    alias_ids: Ok(value.alias_ids),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct AliasesSetParams {
            alias_ids:
                ::std::result::Result<::std::vec::Vec<super::AliasId>, ::std::string::String>,
            pattern: ::std::result::Result<super::RpcAliasPattern, ::std::string::String>,
        }

        impl ::std::default::Default for AliasesSetParams {
            fn default() -> Self {
                Self {
                    alias_ids: Err("no value supplied for alias_ids".to_string()),
                    pattern: Err("no value supplied for pattern".to_string()),
                }
            }
        }

        impl AliasesSetParams {
            pub fn alias_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AliasId>>,
                T::Error: ::std::fmt::Display,
            {
                self.alias_ids = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for alias_ids: {e}"));
                self
            }
            pub fn pattern<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RpcAliasPattern>,
                T::Error: ::std::fmt::Display,
            {
                self.pattern = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for pattern: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<AliasesSetParams> for super::AliasesSetParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AliasesSetParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    alias_ids: value.alias_ids?,
                    pattern: value.pattern?,
                })
            }
        }

        impl ::std::convert::From<super::AliasesSetParams> for AliasesSetParams {
            fn from(value: super::AliasesSetParams) -> Self {
                Self {
                    alias_ids: Ok(value.alias_ids),
                    pattern: Ok(value.pattern),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ApiKey {
            allowed_ips: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            created_by: ::std::result::Result<::std::string::String, ::std::string::String>,
            domain_id: ::std::result::Result<
                ::std::option::Option<super::DomainId>,
                ::std::string::String,
            >,
            id: ::std::result::Result<super::ApiKeyId, ::std::string::String>,
            last_used_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            prefix: ::std::result::Result<::std::string::String, ::std::string::String>,
            read_only: ::std::result::Result<bool, ::std::string::String>,
            scope: ::std::result::Result<super::ApiKeyScope, ::std::string::String>,
            tenant_id: ::std::result::Result<
                ::std::option::Option<super::TenantId>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for ApiKey {
            fn default() -> Self {
                Self {
                    allowed_ips: Err("no value supplied for allowed_ips".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    created_by: Err("no value supplied for created_by".to_string()),
                    domain_id: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    last_used_at: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    prefix: Err("no value supplied for prefix".to_string()),
                    read_only: Err("no value supplied for read_only".to_string()),
                    scope: Err("no value supplied for scope".to_string()),
                    tenant_id: Ok(Default::default()),
                }
            }
        }

        impl ApiKey {
            pub fn allowed_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.allowed_ips = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for allowed_ips: {e}"));
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_by: {e}"));
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DomainId>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ApiKeyId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_used_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_used_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for last_used_at: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn prefix<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.prefix = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for prefix: {e}"));
                self
            }
            pub fn read_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.read_only = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for read_only: {e}"));
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ApiKeyScope>,
                T::Error: ::std::fmt::Display,
            {
                self.scope = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for scope: {e}"));
                self
            }
            pub fn tenant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TenantId>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tenant_id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ApiKey> for super::ApiKey {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiKey,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allowed_ips: value.allowed_ips?,
                    created_at: value.created_at?,
                    created_by: value.created_by?,
                    domain_id: value.domain_id?,
                    id: value.id?,
                    last_used_at: value.last_used_at?,
                    name: value.name?,
                    prefix: value.prefix?,
                    read_only: value.read_only?,
                    scope: value.scope?,
                    tenant_id: value.tenant_id?,
                })
            }
        }

        impl ::std::convert::From<super::ApiKey> for ApiKey {
            fn from(value: super::ApiKey) -> Self {
                Self {
                    allowed_ips: Ok(value.allowed_ips),
                    created_at: Ok(value.created_at),
                    created_by: Ok(value.created_by),
                    domain_id: Ok(value.domain_id),
                    id: Ok(value.id),
                    last_used_at: Ok(value.last_used_at),
                    name: Ok(value.name),
                    prefix: Ok(value.prefix),
                    read_only: Ok(value.read_only),
                    scope: Ok(value.scope),
                    tenant_id: Ok(value.tenant_id),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ApiVersionResult {
            api_version: ::std::result::Result<i32, ::std::string::String>,
        }

        impl ::std::default::Default for ApiVersionResult {
            fn default() -> Self {
                Self {
                    api_version: Err("no value supplied for api_version".to_string()),
                }
            }
        }

        impl ApiVersionResult {
            pub fn api_version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.api_version = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for api_version: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ApiVersionResult> for super::ApiVersionResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ApiVersionResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    api_version: value.api_version?,
                })
            }
        }

        impl ::std::convert::From<super::ApiVersionResult> for ApiVersionResult {
            fn from(value: super::ApiVersionResult) -> Self {
                Self {
                    api_version: Ok(value.api_version),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct AuditEvent {
            action: ::std::result::Result<::std::string::String, ::std::string::String>,
            actor: ::std::result::Result<::std::string::String, ::std::string::String>,
            actor_ip: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            changes: ::std::result::Result<
                ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                ::std::string::String,
            >,
            domain_id:
                ::std::result::Result<::std::option::Option<::uuid::Uuid>, ::std::string::String>,
            id: ::std::result::Result<i64, ::std::string::String>,
            object_id:
                ::std::result::Result<::std::option::Option<::uuid::Uuid>, ::std::string::String>,
            object_kind: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for AuditEvent {
            fn default() -> Self {
                Self {
                    action: Err("no value supplied for action".to_string()),
                    actor: Err("no value supplied for actor".to_string()),
                    actor_ip: Ok(Default::default()),
                    at: Err("no value supplied for at".to_string()),
                    changes: Err("no value supplied for changes".to_string()),
                    domain_id: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    object_id: Ok(Default::default()),
                    object_kind: Err("no value supplied for object_kind".to_string()),
                }
            }
        }

        impl AuditEvent {
            pub fn action<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.action = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for action: {e}"));
                self
            }
            pub fn actor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.actor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for actor: {e}"));
                self
            }
            pub fn actor_ip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.actor_ip = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for actor_ip: {e}"));
                self
            }
            pub fn at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for at: {e}"));
                self
            }
            pub fn changes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.changes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for changes: {e}"));
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn object_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.object_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object_id: {e}"));
                self
            }
            pub fn object_kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.object_kind = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for object_kind: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<AuditEvent> for super::AuditEvent {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AuditEvent,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    action: value.action?,
                    actor: value.actor?,
                    actor_ip: value.actor_ip?,
                    at: value.at?,
                    changes: value.changes?,
                    domain_id: value.domain_id?,
                    id: value.id?,
                    object_id: value.object_id?,
                    object_kind: value.object_kind?,
                })
            }
        }

        impl ::std::convert::From<super::AuditEvent> for AuditEvent {
            fn from(value: super::AuditEvent) -> Self {
                Self {
                    action: Ok(value.action),
                    actor: Ok(value.actor),
                    actor_ip: Ok(value.actor_ip),
                    at: Ok(value.at),
                    changes: Ok(value.changes),
                    domain_id: Ok(value.domain_id),
                    id: Ok(value.id),
                    object_id: Ok(value.object_id),
                    object_kind: Ok(value.object_kind),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct AuditEventPage {
            items: ::std::result::Result<::std::vec::Vec<super::AuditEvent>, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for AuditEventPage {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    next_cursor: Ok(Default::default()),
                }
            }
        }

        impl AuditEventPage {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AuditEvent>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for items: {e}"));
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for next_cursor: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<AuditEventPage> for super::AuditEventPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: AuditEventPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    items: value.items?,
                    next_cursor: value.next_cursor?,
                })
            }
        }

        impl ::std::convert::From<super::AuditEventPage> for AuditEventPage {
            fn from(value: super::AuditEventPage) -> Self {
                Self {
                    items: Ok(value.items),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct BulkAccounts {
            create: ::std::result::Result<
                ::std::vec::Vec<super::BulkCreateAccount>,
                ::std::string::String,
            >,
            delete: ::std::result::Result<::std::vec::Vec<super::AccountId>, ::std::string::String>,
            update: ::std::result::Result<
                ::std::vec::Vec<super::BulkUpdateAccount>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for BulkAccounts {
            fn default() -> Self {
                Self {
                    create: Ok(Default::default()),
                    delete: Ok(Default::default()),
                    update: Ok(Default::default()),
                }
            }
        }

        impl BulkAccounts {
            pub fn create<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BulkCreateAccount>>,
                T::Error: ::std::fmt::Display,
            {
                self.create = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for create: {e}"));
                self
            }
            pub fn delete<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AccountId>>,
                T::Error: ::std::fmt::Display,
            {
                self.delete = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for delete: {e}"));
                self
            }
            pub fn update<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BulkUpdateAccount>>,
                T::Error: ::std::fmt::Display,
            {
                self.update = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for update: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<BulkAccounts> for super::BulkAccounts {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BulkAccounts,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    create: value.create?,
                    delete: value.delete?,
                    update: value.update?,
                })
            }
        }

        impl ::std::convert::From<super::BulkAccounts> for BulkAccounts {
            fn from(value: super::BulkAccounts) -> Self {
                Self {
                    create: Ok(value.create),
                    delete: Ok(value.delete),
                    update: Ok(value.update),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct BulkAccountsResult {
            create: ::std::result::Result<
                ::std::vec::Vec<super::BulkItemResult>,
                ::std::string::String,
            >,
            delete: ::std::result::Result<
                ::std::vec::Vec<super::BulkItemResult>,
                ::std::string::String,
            >,
            update: ::std::result::Result<
                ::std::vec::Vec<super::BulkItemResult>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for BulkAccountsResult {
            fn default() -> Self {
                Self {
                    create: Err("no value supplied for create".to_string()),
                    delete: Err("no value supplied for delete".to_string()),
                    update: Err("no value supplied for update".to_string()),
                }
            }
        }

        impl BulkAccountsResult {
            pub fn create<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BulkItemResult>>,
                T::Error: ::std::fmt::Display,
            {
                self.create = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for create: {e}"));
                self
            }
            pub fn delete<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BulkItemResult>>,
                T::Error: ::std::fmt::Display,
            {
                self.delete = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for delete: {e}"));
                self
            }
            pub fn update<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BulkItemResult>>,
                T::Error: ::std::fmt::Display,
            {
                self.update = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for update: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<BulkAccountsResult> for super::BulkAccountsResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BulkAccountsResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    create: value.create?,
                    delete: value.delete?,
                    update: value.update?,
                })
            }
        }

        impl ::std::convert::From<super::BulkAccountsResult> for BulkAccountsResult {
            fn from(value: super::BulkAccountsResult) -> Self {
                Self {
                    create: Ok(value.create),
                    delete: Ok(value.delete),
                    update: Ok(value.update),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct BulkAliases {
            create: ::std::result::Result<
                ::std::vec::Vec<super::BulkCreateAlias>,
                ::std::string::String,
            >,
            delete: ::std::result::Result<::std::vec::Vec<super::AliasId>, ::std::string::String>,
            update: ::std::result::Result<
                ::std::vec::Vec<super::BulkUpdateAlias>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for BulkAliases {
            fn default() -> Self {
                Self {
                    create: Ok(Default::default()),
                    delete: Ok(Default::default()),
                    update: Ok(Default::default()),
                }
            }
        }

        impl BulkAliases {
            pub fn create<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BulkCreateAlias>>,
                T::Error: ::std::fmt::Display,
            {
                self.create = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for create: {e}"));
                self
            }
            pub fn delete<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AliasId>>,
                T::Error: ::std::fmt::Display,
            {
                self.delete = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for delete: {e}"));
                self
            }
            pub fn update<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BulkUpdateAlias>>,
                T::Error: ::std::fmt::Display,
            {
                self.update = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for update: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<BulkAliases> for super::BulkAliases {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BulkAliases,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    create: value.create?,
                    delete: value.delete?,
                    update: value.update?,
                })
            }
        }

        impl ::std::convert::From<super::BulkAliases> for BulkAliases {
            fn from(value: super::BulkAliases) -> Self {
                Self {
                    create: Ok(value.create),
                    delete: Ok(value.delete),
                    update: Ok(value.update),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct BulkAliasesResult {
            create: ::std::result::Result<
                ::std::vec::Vec<super::BulkItemResult>,
                ::std::string::String,
            >,
            delete: ::std::result::Result<
                ::std::vec::Vec<super::BulkItemResult>,
                ::std::string::String,
            >,
            update: ::std::result::Result<
                ::std::vec::Vec<super::BulkItemResult>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for BulkAliasesResult {
            fn default() -> Self {
                Self {
                    create: Err("no value supplied for create".to_string()),
                    delete: Err("no value supplied for delete".to_string()),
                    update: Err("no value supplied for update".to_string()),
                }
            }
        }

        impl BulkAliasesResult {
            pub fn create<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BulkItemResult>>,
                T::Error: ::std::fmt::Display,
            {
                self.create = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for create: {e}"));
                self
            }
            pub fn delete<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BulkItemResult>>,
                T::Error: ::std::fmt::Display,
            {
                self.delete = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for delete: {e}"));
                self
            }
            pub fn update<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::BulkItemResult>>,
                T::Error: ::std::fmt::Display,
            {
                self.update = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for update: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<BulkAliasesResult> for super::BulkAliasesResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BulkAliasesResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    create: value.create?,
                    delete: value.delete?,
                    update: value.update?,
                })
            }
        }

        impl ::std::convert::From<super::BulkAliasesResult> for BulkAliasesResult {
            fn from(value: super::BulkAliasesResult) -> Self {
                Self {
                    create: Ok(value.create),
                    delete: Ok(value.delete),
                    update: Ok(value.update),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct BulkCreateAccount {
            account: ::std::result::Result<super::NewAccount, ::std::string::String>,
            domain_id: ::std::result::Result<super::DomainId, ::std::string::String>,
        }

        impl ::std::default::Default for BulkCreateAccount {
            fn default() -> Self {
                Self {
                    account: Err("no value supplied for account".to_string()),
                    domain_id: Err("no value supplied for domain_id".to_string()),
                }
            }
        }

        impl BulkCreateAccount {
            pub fn account<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::NewAccount>,
                T::Error: ::std::fmt::Display,
            {
                self.account = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for account: {e}"));
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DomainId>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<BulkCreateAccount> for super::BulkCreateAccount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BulkCreateAccount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account: value.account?,
                    domain_id: value.domain_id?,
                })
            }
        }

        impl ::std::convert::From<super::BulkCreateAccount> for BulkCreateAccount {
            fn from(value: super::BulkCreateAccount) -> Self {
                Self {
                    account: Ok(value.account),
                    domain_id: Ok(value.domain_id),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct BulkCreateAlias {
            alias: ::std::result::Result<super::NewAlias, ::std::string::String>,
            domain_id: ::std::result::Result<super::DomainId, ::std::string::String>,
        }

        impl ::std::default::Default for BulkCreateAlias {
            fn default() -> Self {
                Self {
                    alias: Err("no value supplied for alias".to_string()),
                    domain_id: Err("no value supplied for domain_id".to_string()),
                }
            }
        }

        impl BulkCreateAlias {
            pub fn alias<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::NewAlias>,
                T::Error: ::std::fmt::Display,
            {
                self.alias = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for alias: {e}"));
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DomainId>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<BulkCreateAlias> for super::BulkCreateAlias {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BulkCreateAlias,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    alias: value.alias?,
                    domain_id: value.domain_id?,
                })
            }
        }

        impl ::std::convert::From<super::BulkCreateAlias> for BulkCreateAlias {
            fn from(value: super::BulkCreateAlias) -> Self {
                Self {
                    alias: Ok(value.alias),
                    domain_id: Ok(value.domain_id),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct BulkItemResult {
            error:
                ::std::result::Result<::std::option::Option<super::Problem>, ::std::string::String>,
            id: ::std::result::Result<::std::option::Option<::uuid::Uuid>, ::std::string::String>,
            index: ::std::result::Result<u64, ::std::string::String>,
            status: ::std::result::Result<i32, ::std::string::String>,
        }

        impl ::std::default::Default for BulkItemResult {
            fn default() -> Self {
                Self {
                    error: Ok(Default::default()),
                    id: Ok(Default::default()),
                    index: Err("no value supplied for index".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }

        impl BulkItemResult {
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Problem>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for error: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::uuid::Uuid>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn index<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.index = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for index: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<BulkItemResult> for super::BulkItemResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BulkItemResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    error: value.error?,
                    id: value.id?,
                    index: value.index?,
                    status: value.status?,
                })
            }
        }

        impl ::std::convert::From<super::BulkItemResult> for BulkItemResult {
            fn from(value: super::BulkItemResult) -> Self {
                Self {
                    error: Ok(value.error),
                    id: Ok(value.id),
                    index: Ok(value.index),
                    status: Ok(value.status),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct BulkUpdateAccount {
            id: ::std::result::Result<super::AccountId, ::std::string::String>,
            patch: ::std::result::Result<super::AccountPatch, ::std::string::String>,
        }

        impl ::std::default::Default for BulkUpdateAccount {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    patch: Err("no value supplied for patch".to_string()),
                }
            }
        }

        impl BulkUpdateAccount {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AccountId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn patch<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AccountPatch>,
                T::Error: ::std::fmt::Display,
            {
                self.patch = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for patch: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<BulkUpdateAccount> for super::BulkUpdateAccount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BulkUpdateAccount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    patch: value.patch?,
                })
            }
        }

        impl ::std::convert::From<super::BulkUpdateAccount> for BulkUpdateAccount {
            fn from(value: super::BulkUpdateAccount) -> Self {
                Self {
                    id: Ok(value.id),
                    patch: Ok(value.patch),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct BulkUpdateAlias {
            id: ::std::result::Result<super::AliasId, ::std::string::String>,
            patch: ::std::result::Result<super::AliasPatch, ::std::string::String>,
        }

        impl ::std::default::Default for BulkUpdateAlias {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    patch: Err("no value supplied for patch".to_string()),
                }
            }
        }

        impl BulkUpdateAlias {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AliasId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn patch<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AliasPatch>,
                T::Error: ::std::fmt::Display,
            {
                self.patch = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for patch: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<BulkUpdateAlias> for super::BulkUpdateAlias {
            type Error = super::error::ConversionError;
            fn try_from(
                value: BulkUpdateAlias,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    patch: value.patch?,
                })
            }
        }

        impl ::std::convert::From<super::BulkUpdateAlias> for BulkUpdateAlias {
            fn from(value: super::BulkUpdateAlias) -> Self {
                Self {
                    id: Ok(value.id),
                    patch: Ok(value.patch),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ByteValue {
            units: ::std::result::Result<super::ByteUnits, ::std::string::String>,
            value: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for ByteValue {
            fn default() -> Self {
                Self {
                    units: Err("no value supplied for units".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }

        impl ByteValue {
            pub fn units<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ByteUnits>,
                T::Error: ::std::fmt::Display,
            {
                self.units = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for units: {e}"));
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for value: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ByteValue> for super::ByteValue {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ByteValue,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    units: value.units?,
                    value: value.value?,
                })
            }
        }

        impl ::std::convert::From<super::ByteValue> for ByteValue {
            fn from(value: super::ByteValue) -> Self {
                Self {
                    units: Ok(value.units),
                    value: Ok(value.value),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ClientApplication {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            vendor: ::std::result::Result<::std::string::String, ::std::string::String>,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for ClientApplication {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                    vendor: Err("no value supplied for vendor".to_string()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }

        impl ClientApplication {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn vendor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.vendor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for vendor: {e}"));
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for version: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ClientApplication> for super::ClientApplication {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ClientApplication,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    name: value.name?,
                    vendor: value.vendor?,
                    version: value.version?,
                })
            }
        }

        impl ::std::convert::From<super::ClientApplication> for ClientApplication {
            fn from(value: super::ClientApplication) -> Self {
                Self {
                    name: Ok(value.name),
                    vendor: Ok(value.vendor),
                    version: Ok(value.version),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CountLimit {
            is_active: ::std::result::Result<bool, ::std::string::String>,
            limit: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for CountLimit {
            fn default() -> Self {
                Self {
                    is_active: Err("no value supplied for is_active".to_string()),
                    limit: Err("no value supplied for limit".to_string()),
                }
            }
        }

        impl CountLimit {
            pub fn is_active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_active = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for is_active: {e}"));
                self
            }
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.limit = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for limit: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<CountLimit> for super::CountLimit {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CountLimit,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_active: value.is_active?,
                    limit: value.limit?,
                })
            }
        }

        impl ::std::convert::From<super::CountLimit> for CountLimit {
            fn from(value: super::CountLimit) -> Self {
                Self {
                    is_active: Ok(value.is_active),
                    limit: Ok(value.limit),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CreateResult {
            errors: ::std::result::Result<::std::vec::Vec<super::ItemError>, ::std::string::String>,
            result:
                ::std::result::Result<::std::vec::Vec<super::CreatedItem>, ::std::string::String>,
        }

        impl ::std::default::Default for CreateResult {
            fn default() -> Self {
                Self {
                    errors: Err("no value supplied for errors".to_string()),
                    result: Err("no value supplied for result".to_string()),
                }
            }
        }

        impl CreateResult {
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ItemError>>,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for errors: {e}"));
                self
            }
            pub fn result<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::CreatedItem>>,
                T::Error: ::std::fmt::Display,
            {
                self.result = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for result: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<CreateResult> for super::CreateResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreateResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    errors: value.errors?,
                    result: value.result?,
                })
            }
        }

        impl ::std::convert::From<super::CreateResult> for CreateResult {
            fn from(value: super::CreateResult) -> Self {
                Self {
                    errors: Ok(value.errors),
                    result: Ok(value.result),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CreatedApiKey {
            allowed_ips: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            created_by: ::std::result::Result<::std::string::String, ::std::string::String>,
            domain_id: ::std::result::Result<
                ::std::option::Option<super::DomainId>,
                ::std::string::String,
            >,
            id: ::std::result::Result<super::ApiKeyId, ::std::string::String>,
            last_used_at: ::std::result::Result<
                ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            prefix: ::std::result::Result<::std::string::String, ::std::string::String>,
            read_only: ::std::result::Result<bool, ::std::string::String>,
            scope: ::std::result::Result<super::ApiKeyScope, ::std::string::String>,
            secret: ::std::result::Result<::std::string::String, ::std::string::String>,
            tenant_id: ::std::result::Result<
                ::std::option::Option<super::TenantId>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for CreatedApiKey {
            fn default() -> Self {
                Self {
                    allowed_ips: Err("no value supplied for allowed_ips".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    created_by: Err("no value supplied for created_by".to_string()),
                    domain_id: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    last_used_at: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    prefix: Err("no value supplied for prefix".to_string()),
                    read_only: Err("no value supplied for read_only".to_string()),
                    scope: Err("no value supplied for scope".to_string()),
                    secret: Err("no value supplied for secret".to_string()),
                    tenant_id: Ok(Default::default()),
                }
            }
        }

        impl CreatedApiKey {
            pub fn allowed_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.allowed_ips = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for allowed_ips: {e}"));
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn created_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.created_by = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_by: {e}"));
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DomainId>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ApiKeyId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn last_used_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::chrono::DateTime<::chrono::offset::Utc>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.last_used_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for last_used_at: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn prefix<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.prefix = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for prefix: {e}"));
                self
            }
            pub fn read_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.read_only = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for read_only: {e}"));
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ApiKeyScope>,
                T::Error: ::std::fmt::Display,
            {
                self.scope = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for scope: {e}"));
                self
            }
            pub fn secret<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.secret = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for secret: {e}"));
                self
            }
            pub fn tenant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TenantId>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tenant_id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<CreatedApiKey> for super::CreatedApiKey {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreatedApiKey,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allowed_ips: value.allowed_ips?,
                    created_at: value.created_at?,
                    created_by: value.created_by?,
                    domain_id: value.domain_id?,
                    id: value.id?,
                    last_used_at: value.last_used_at?,
                    name: value.name?,
                    prefix: value.prefix?,
                    read_only: value.read_only?,
                    scope: value.scope?,
                    secret: value.secret?,
                    tenant_id: value.tenant_id?,
                })
            }
        }

        impl ::std::convert::From<super::CreatedApiKey> for CreatedApiKey {
            fn from(value: super::CreatedApiKey) -> Self {
                Self {
                    allowed_ips: Ok(value.allowed_ips),
                    created_at: Ok(value.created_at),
                    created_by: Ok(value.created_by),
                    domain_id: Ok(value.domain_id),
                    id: Ok(value.id),
                    last_used_at: Ok(value.last_used_at),
                    name: Ok(value.name),
                    prefix: Ok(value.prefix),
                    read_only: Ok(value.read_only),
                    scope: Ok(value.scope),
                    secret: Ok(value.secret),
                    tenant_id: Ok(value.tenant_id),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct CreatedItem {
            id: ::std::result::Result<::uuid::Uuid, ::std::string::String>,
            input_index: ::std::result::Result<u64, ::std::string::String>,
        }

        impl ::std::default::Default for CreatedItem {
            fn default() -> Self {
                Self {
                    id: Err("no value supplied for id".to_string()),
                    input_index: Err("no value supplied for input_index".to_string()),
                }
            }
        }

        impl CreatedItem {
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::uuid::Uuid>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn input_index<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.input_index = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for input_index: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<CreatedItem> for super::CreatedItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: CreatedItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    id: value.id?,
                    input_index: value.input_index?,
                })
            }
        }

        impl ::std::convert::From<super::CreatedItem> for CreatedItem {
            fn from(value: super::CreatedItem) -> Self {
                Self {
                    id: Ok(value.id),
                    input_index: Ok(value.input_index),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Domain {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<::std::string::String, ::std::string::String>,
            domain_aliases: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<super::DomainId, ::std::string::String>,
            is_primary: ::std::result::Result<bool, ::std::string::String>,
            limits: ::std::result::Result<super::DomainLimits, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<super::Status, ::std::string::String>,
            tenant_id: ::std::result::Result<super::TenantId, ::std::string::String>,
            unicode_name: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            usage: ::std::result::Result<super::DomainUsage, ::std::string::String>,
        }

        impl ::std::default::Default for Domain {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    domain_aliases: Err("no value supplied for domain_aliases".to_string()),
                    external_id: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    is_primary: Err("no value supplied for is_primary".to_string()),
                    limits: Err("no value supplied for limits".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    tenant_id: Err("no value supplied for tenant_id".to_string()),
                    unicode_name: Err("no value supplied for unicode_name".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    usage: Err("no value supplied for usage".to_string()),
                }
            }
        }

        impl Domain {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn domain_aliases<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_aliases = value.try_into().map_err(|e| {
                    format!("error converting supplied value for domain_aliases: {e}")
                });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for external_id: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DomainId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_primary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_primary = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for is_primary: {e}"));
                self
            }
            pub fn limits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DomainLimits>,
                T::Error: ::std::fmt::Display,
            {
                self.limits = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for limits: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Status>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn tenant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TenantId>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tenant_id: {e}"));
                self
            }
            pub fn unicode_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.unicode_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for unicode_name: {e}"));
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
                self
            }
            pub fn usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DomainUsage>,
                T::Error: ::std::fmt::Display,
            {
                self.usage = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for usage: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Domain> for super::Domain {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Domain,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    description: value.description?,
                    domain_aliases: value.domain_aliases?,
                    external_id: value.external_id?,
                    id: value.id?,
                    is_primary: value.is_primary?,
                    limits: value.limits?,
                    name: value.name?,
                    status: value.status?,
                    tenant_id: value.tenant_id?,
                    unicode_name: value.unicode_name?,
                    updated_at: value.updated_at?,
                    usage: value.usage?,
                })
            }
        }

        impl ::std::convert::From<super::Domain> for Domain {
            fn from(value: super::Domain) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    domain_aliases: Ok(value.domain_aliases),
                    external_id: Ok(value.external_id),
                    id: Ok(value.id),
                    is_primary: Ok(value.is_primary),
                    limits: Ok(value.limits),
                    name: Ok(value.name),
                    status: Ok(value.status),
                    tenant_id: Ok(value.tenant_id),
                    unicode_name: Ok(value.unicode_name),
                    updated_at: Ok(value.updated_at),
                    usage: Ok(value.usage),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DomainAlias {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            domain_id: ::std::result::Result<super::DomainId, ::std::string::String>,
            id: ::std::result::Result<super::DomainAliasId, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for DomainAlias {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    domain_id: Err("no value supplied for domain_id".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }

        impl DomainAlias {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DomainId>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DomainAliasId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DomainAlias> for super::DomainAlias {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DomainAlias,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    domain_id: value.domain_id?,
                    id: value.id?,
                    name: value.name?,
                })
            }
        }

        impl ::std::convert::From<super::DomainAlias> for DomainAlias {
            fn from(value: super::DomainAlias) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    domain_id: Ok(value.domain_id),
                    id: Ok(value.id),
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DomainLimits {
            default_quota_bytes:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            max_accounts: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            max_aliases: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            max_message_size:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            max_quota_bytes:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        }

        impl ::std::default::Default for DomainLimits {
            fn default() -> Self {
                Self {
                    default_quota_bytes: Ok(Default::default()),
                    max_accounts: Ok(Default::default()),
                    max_aliases: Ok(Default::default()),
                    max_message_size: Ok(Default::default()),
                    max_quota_bytes: Ok(Default::default()),
                }
            }
        }

        impl DomainLimits {
            pub fn default_quota_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_quota_bytes = value.try_into().map_err(|e| {
                    format!("error converting supplied value for default_quota_bytes: {e}")
                });
                self
            }
            pub fn max_accounts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_accounts = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for max_accounts: {e}"));
                self
            }
            pub fn max_aliases<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_aliases = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for max_aliases: {e}"));
                self
            }
            pub fn max_message_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_message_size = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_message_size: {e}")
                });
                self
            }
            pub fn max_quota_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_quota_bytes = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_quota_bytes: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<DomainLimits> for super::DomainLimits {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DomainLimits,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    default_quota_bytes: value.default_quota_bytes?,
                    max_accounts: value.max_accounts?,
                    max_aliases: value.max_aliases?,
                    max_message_size: value.max_message_size?,
                    max_quota_bytes: value.max_quota_bytes?,
                })
            }
        }

        impl ::std::convert::From<super::DomainLimits> for DomainLimits {
            fn from(value: super::DomainLimits) -> Self {
                Self {
                    default_quota_bytes: Ok(value.default_quota_bytes),
                    max_accounts: Ok(value.max_accounts),
                    max_aliases: Ok(value.max_aliases),
                    max_message_size: Ok(value.max_message_size),
                    max_quota_bytes: Ok(value.max_quota_bytes),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DomainList {
            list: ::std::result::Result<::std::vec::Vec<super::RpcDomain>, ::std::string::String>,
            total_items: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for DomainList {
            fn default() -> Self {
                Self {
                    list: Err("no value supplied for list".to_string()),
                    total_items: Err("no value supplied for total_items".to_string()),
                }
            }
        }

        impl DomainList {
            pub fn list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RpcDomain>>,
                T::Error: ::std::fmt::Display,
            {
                self.list = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for list: {e}"));
                self
            }
            pub fn total_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_items = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for total_items: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DomainList> for super::DomainList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DomainList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    list: value.list?,
                    total_items: value.total_items?,
                })
            }
        }

        impl ::std::convert::From<super::DomainList> for DomainList {
            fn from(value: super::DomainList) -> Self {
                Self {
                    list: Ok(value.list),
                    total_items: Ok(value.total_items),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DomainPage {
            items: ::std::result::Result<::std::vec::Vec<super::Domain>, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for DomainPage {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    next_cursor: Ok(Default::default()),
                }
            }
        }

        impl DomainPage {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Domain>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for items: {e}"));
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for next_cursor: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DomainPage> for super::DomainPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DomainPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    items: value.items?,
                    next_cursor: value.next_cursor?,
                })
            }
        }

        impl ::std::convert::From<super::DomainPage> for DomainPage {
            fn from(value: super::DomainPage) -> Self {
                Self {
                    items: Ok(value.items),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DomainPatch {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            limits: ::std::result::Result<
                ::std::option::Option<super::DomainLimits>,
                ::std::string::String,
            >,
            status:
                ::std::result::Result<::std::option::Option<super::Status>, ::std::string::String>,
        }

        impl ::std::default::Default for DomainPatch {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    limits: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }

        impl DomainPatch {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for external_id: {e}"));
                self
            }
            pub fn limits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DomainLimits>>,
                T::Error: ::std::fmt::Display,
            {
                self.limits = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for limits: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Status>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DomainPatch> for super::DomainPatch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DomainPatch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    external_id: value.external_id?,
                    limits: value.limits?,
                    status: value.status?,
                })
            }
        }

        impl ::std::convert::From<super::DomainPatch> for DomainPatch {
            fn from(value: super::DomainPatch) -> Self {
                Self {
                    description: Ok(value.description),
                    external_id: Ok(value.external_id),
                    limits: Ok(value.limits),
                    status: Ok(value.status),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DomainUsage {
            accounts: ::std::result::Result<super::UsageItem, ::std::string::String>,
            aliases: ::std::result::Result<super::UsageItem, ::std::string::String>,
            domain_id: ::std::result::Result<super::DomainId, ::std::string::String>,
            groups: ::std::result::Result<super::UsageItem, ::std::string::String>,
            storage_bytes: ::std::result::Result<super::UsageItem, ::std::string::String>,
        }

        impl ::std::default::Default for DomainUsage {
            fn default() -> Self {
                Self {
                    accounts: Err("no value supplied for accounts".to_string()),
                    aliases: Err("no value supplied for aliases".to_string()),
                    domain_id: Err("no value supplied for domain_id".to_string()),
                    groups: Err("no value supplied for groups".to_string()),
                    storage_bytes: Err("no value supplied for storage_bytes".to_string()),
                }
            }
        }

        impl DomainUsage {
            pub fn accounts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UsageItem>,
                T::Error: ::std::fmt::Display,
            {
                self.accounts = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for accounts: {e}"));
                self
            }
            pub fn aliases<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UsageItem>,
                T::Error: ::std::fmt::Display,
            {
                self.aliases = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for aliases: {e}"));
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DomainId>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UsageItem>,
                T::Error: ::std::fmt::Display,
            {
                self.groups = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for groups: {e}"));
                self
            }
            pub fn storage_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UsageItem>,
                T::Error: ::std::fmt::Display,
            {
                self.storage_bytes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for storage_bytes: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DomainUsage> for super::DomainUsage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DomainUsage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    accounts: value.accounts?,
                    aliases: value.aliases?,
                    domain_id: value.domain_id?,
                    groups: value.groups?,
                    storage_bytes: value.storage_bytes?,
                })
            }
        }

        impl ::std::convert::From<super::DomainUsage> for DomainUsage {
            fn from(value: super::DomainUsage) -> Self {
                Self {
                    accounts: Ok(value.accounts),
                    aliases: Ok(value.aliases),
                    domain_id: Ok(value.domain_id),
                    groups: Ok(value.groups),
                    storage_bytes: Ok(value.storage_bytes),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DomainsCreateParams {
            domains: ::std::result::Result<
                ::std::vec::Vec<super::RpcDomainPattern>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for DomainsCreateParams {
            fn default() -> Self {
                Self {
                    domains: Err("no value supplied for domains".to_string()),
                }
            }
        }

        impl DomainsCreateParams {
            pub fn domains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RpcDomainPattern>>,
                T::Error: ::std::fmt::Display,
            {
                self.domains = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domains: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DomainsCreateParams> for super::DomainsCreateParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DomainsCreateParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    domains: value.domains?,
                })
            }
        }

        impl ::std::convert::From<super::DomainsCreateParams> for DomainsCreateParams {
            fn from(value: super::DomainsCreateParams) -> Self {
                Self {
                    domains: Ok(value.domains),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DomainsGetParams {
            query: ::std::result::Result<
                ::std::option::Option<super::SearchQuery>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for DomainsGetParams {
            fn default() -> Self {
                Self {
                    query: Ok(Default::default()),
                }
            }
        }

        impl DomainsGetParams {
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SearchQuery>>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for query: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DomainsGetParams> for super::DomainsGetParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DomainsGetParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    query: value.query?,
                })
            }
        }

        impl ::std::convert::From<super::DomainsGetParams> for DomainsGetParams {
            fn from(value: super::DomainsGetParams) -> Self {
                Self {
                    query: Ok(value.query),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DomainsRemoveParams {
            cascade: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            domain_ids:
                ::std::result::Result<::std::vec::Vec<super::DomainId>, ::std::string::String>,
        }

        impl ::std::default::Default for DomainsRemoveParams {
            fn default() -> Self {
                Self {
                    cascade: Ok(Default::default()),
                    domain_ids: Err("no value supplied for domain_ids".to_string()),
                }
            }
        }

        impl DomainsRemoveParams {
            pub fn cascade<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.cascade = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for cascade: {e}"));
                self
            }
            pub fn domain_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DomainId>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_ids = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_ids: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DomainsRemoveParams> for super::DomainsRemoveParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DomainsRemoveParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    cascade: value.cascade?,
                    domain_ids: value.domain_ids?,
                })
            }
        }

        impl ::std::convert::From<super::DomainsRemoveParams> for DomainsRemoveParams {
            fn from(value: super::DomainsRemoveParams) -> Self {
                Self {
                    cascade: Ok(value.cascade),
                    domain_ids: Ok(value.domain_ids),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DomainsSetParams {
            domain_ids:
                ::std::result::Result<::std::vec::Vec<super::DomainId>, ::std::string::String>,
            pattern: ::std::result::Result<super::RpcDomainPattern, ::std::string::String>,
        }

        impl ::std::default::Default for DomainsSetParams {
            fn default() -> Self {
                Self {
                    domain_ids: Err("no value supplied for domain_ids".to_string()),
                    pattern: Err("no value supplied for pattern".to_string()),
                }
            }
        }

        impl DomainsSetParams {
            pub fn domain_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::DomainId>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_ids = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_ids: {e}"));
                self
            }
            pub fn pattern<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RpcDomainPattern>,
                T::Error: ::std::fmt::Display,
            {
                self.pattern = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for pattern: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DomainsSetParams> for super::DomainsSetParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DomainsSetParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    domain_ids: value.domain_ids?,
                    pattern: value.pattern?,
                })
            }
        }

        impl ::std::convert::From<super::DomainsSetParams> for DomainsSetParams {
            fn from(value: super::DomainsSetParams) -> Self {
                Self {
                    domain_ids: Ok(value.domain_ids),
                    pattern: Ok(value.pattern),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct DomainsSetPrimaryParams {
            domain_id: ::std::result::Result<super::DomainId, ::std::string::String>,
        }

        impl ::std::default::Default for DomainsSetPrimaryParams {
            fn default() -> Self {
                Self {
                    domain_id: Err("no value supplied for domain_id".to_string()),
                }
            }
        }

        impl DomainsSetPrimaryParams {
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DomainId>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<DomainsSetPrimaryParams> for super::DomainsSetPrimaryParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: DomainsSetPrimaryParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    domain_id: value.domain_id?,
                })
            }
        }

        impl ::std::convert::From<super::DomainsSetPrimaryParams> for DomainsSetPrimaryParams {
            fn from(value: super::DomainsSetPrimaryParams) -> Self {
                Self {
                    domain_id: Ok(value.domain_id),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct EmailForwarding {
            email_addresses: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            mode: ::std::result::Result<super::ForwardMode, ::std::string::String>,
        }

        impl ::std::default::Default for EmailForwarding {
            fn default() -> Self {
                Self {
                    email_addresses: Ok(Default::default()),
                    mode: Err("no value supplied for mode".to_string()),
                }
            }
        }

        impl EmailForwarding {
            pub fn email_addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email_addresses = value.try_into().map_err(|e| {
                    format!("error converting supplied value for email_addresses: {e}")
                });
                self
            }
            pub fn mode<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ForwardMode>,
                T::Error: ::std::fmt::Display,
            {
                self.mode = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for mode: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<EmailForwarding> for super::EmailForwarding {
            type Error = super::error::ConversionError;
            fn try_from(
                value: EmailForwarding,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    email_addresses: value.email_addresses?,
                    mode: value.mode?,
                })
            }
        }

        impl ::std::convert::From<super::EmailForwarding> for EmailForwarding {
            fn from(value: super::EmailForwarding) -> Self {
                Self {
                    email_addresses: Ok(value.email_addresses),
                    mode: Ok(value.mode),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ErrorList {
            errors: ::std::result::Result<::std::vec::Vec<super::ItemError>, ::std::string::String>,
        }

        impl ::std::default::Default for ErrorList {
            fn default() -> Self {
                Self {
                    errors: Err("no value supplied for errors".to_string()),
                }
            }
        }

        impl ErrorList {
            pub fn errors<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ItemError>>,
                T::Error: ::std::fmt::Display,
            {
                self.errors = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for errors: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ErrorList> for super::ErrorList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ErrorList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    errors: value.errors?,
                })
            }
        }

        impl ::std::convert::From<super::ErrorList> for ErrorList {
            fn from(value: super::ErrorList) -> Self {
                Self {
                    errors: Ok(value.errors),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Forwarding {
            keep_copy: ::std::result::Result<bool, ::std::string::String>,
            targets: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Forwarding {
            fn default() -> Self {
                Self {
                    keep_copy: Err("no value supplied for keep_copy".to_string()),
                    targets: Err("no value supplied for targets".to_string()),
                }
            }
        }

        impl Forwarding {
            pub fn keep_copy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.keep_copy = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for keep_copy: {e}"));
                self
            }
            pub fn targets<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.targets = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for targets: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Forwarding> for super::Forwarding {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Forwarding,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    keep_copy: value.keep_copy?,
                    targets: value.targets?,
                })
            }
        }

        impl ::std::convert::From<super::Forwarding> for Forwarding {
            fn from(value: super::Forwarding) -> Self {
                Self {
                    keep_copy: Ok(value.keep_copy),
                    targets: Ok(value.targets),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Group {
            addresses: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            admin_role: ::std::result::Result<super::AdminRole, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<::std::string::String, ::std::string::String>,
            domain_admin: ::std::result::Result<bool, ::std::string::String>,
            domain_id: ::std::result::Result<super::DomainId, ::std::string::String>,
            id: ::std::result::Result<super::GroupId, ::std::string::String>,
            local_only: ::std::result::Result<bool, ::std::string::String>,
            member_count: ::std::result::Result<i64, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            publish_in_address_list: ::std::result::Result<bool, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Group {
            fn default() -> Self {
                Self {
                    addresses: Err("no value supplied for addresses".to_string()),
                    admin_role: Err("no value supplied for admin_role".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    domain_admin: Err("no value supplied for domain_admin".to_string()),
                    domain_id: Err("no value supplied for domain_id".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    local_only: Err("no value supplied for local_only".to_string()),
                    member_count: Err("no value supplied for member_count".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    publish_in_address_list: Err(
                        "no value supplied for publish_in_address_list".to_string()
                    ),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }

        impl Group {
            pub fn addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.addresses = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for addresses: {e}"));
                self
            }
            pub fn admin_role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AdminRole>,
                T::Error: ::std::fmt::Display,
            {
                self.admin_role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for admin_role: {e}"));
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn domain_admin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_admin = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_admin: {e}"));
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DomainId>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::GroupId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn local_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.local_only = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for local_only: {e}"));
                self
            }
            pub fn member_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.member_count = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for member_count: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn publish_in_address_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.publish_in_address_list = value.try_into().map_err(|e| {
                    format!("error converting supplied value for publish_in_address_list: {e}")
                });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Group> for super::Group {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Group,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    addresses: value.addresses?,
                    admin_role: value.admin_role?,
                    created_at: value.created_at?,
                    description: value.description?,
                    domain_admin: value.domain_admin?,
                    domain_id: value.domain_id?,
                    id: value.id?,
                    local_only: value.local_only?,
                    member_count: value.member_count?,
                    name: value.name?,
                    publish_in_address_list: value.publish_in_address_list?,
                    updated_at: value.updated_at?,
                })
            }
        }

        impl ::std::convert::From<super::Group> for Group {
            fn from(value: super::Group) -> Self {
                Self {
                    addresses: Ok(value.addresses),
                    admin_role: Ok(value.admin_role),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    domain_admin: Ok(value.domain_admin),
                    domain_id: Ok(value.domain_id),
                    id: Ok(value.id),
                    local_only: Ok(value.local_only),
                    member_count: Ok(value.member_count),
                    name: Ok(value.name),
                    publish_in_address_list: Ok(value.publish_in_address_list),
                    updated_at: Ok(value.updated_at),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct GroupList {
            list: ::std::result::Result<::std::vec::Vec<super::RpcGroup>, ::std::string::String>,
            total_items: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for GroupList {
            fn default() -> Self {
                Self {
                    list: Err("no value supplied for list".to_string()),
                    total_items: Err("no value supplied for total_items".to_string()),
                }
            }
        }

        impl GroupList {
            pub fn list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RpcGroup>>,
                T::Error: ::std::fmt::Display,
            {
                self.list = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for list: {e}"));
                self
            }
            pub fn total_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_items = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for total_items: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<GroupList> for super::GroupList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GroupList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    list: value.list?,
                    total_items: value.total_items?,
                })
            }
        }

        impl ::std::convert::From<super::GroupList> for GroupList {
            fn from(value: super::GroupList) -> Self {
                Self {
                    list: Ok(value.list),
                    total_items: Ok(value.total_items),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct GroupMember {
            account_id: ::std::result::Result<super::AccountId, ::std::string::String>,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            full_name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for GroupMember {
            fn default() -> Self {
                Self {
                    account_id: Err("no value supplied for account_id".to_string()),
                    email: Err("no value supplied for email".to_string()),
                    full_name: Err("no value supplied for full_name".to_string()),
                }
            }
        }

        impl GroupMember {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AccountId>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for account_id: {e}"));
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for email: {e}"));
                self
            }
            pub fn full_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.full_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for full_name: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<GroupMember> for super::GroupMember {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GroupMember,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    email: value.email?,
                    full_name: value.full_name?,
                })
            }
        }

        impl ::std::convert::From<super::GroupMember> for GroupMember {
            fn from(value: super::GroupMember) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    email: Ok(value.email),
                    full_name: Ok(value.full_name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct GroupMemberListParams {
            group_id: ::std::result::Result<super::GroupId, ::std::string::String>,
            user_list:
                ::std::result::Result<::std::vec::Vec<super::AccountId>, ::std::string::String>,
        }

        impl ::std::default::Default for GroupMemberListParams {
            fn default() -> Self {
                Self {
                    group_id: Err("no value supplied for group_id".to_string()),
                    user_list: Err("no value supplied for user_list".to_string()),
                }
            }
        }

        impl GroupMemberListParams {
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::GroupId>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for group_id: {e}"));
                self
            }
            pub fn user_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AccountId>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_list = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for user_list: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<GroupMemberListParams> for super::GroupMemberListParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GroupMemberListParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    group_id: value.group_id?,
                    user_list: value.user_list?,
                })
            }
        }

        impl ::std::convert::From<super::GroupMemberListParams> for GroupMemberListParams {
            fn from(value: super::GroupMemberListParams) -> Self {
                Self {
                    group_id: Ok(value.group_id),
                    user_list: Ok(value.user_list),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct GroupPage {
            items: ::std::result::Result<::std::vec::Vec<super::Group>, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for GroupPage {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    next_cursor: Ok(Default::default()),
                }
            }
        }

        impl GroupPage {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Group>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for items: {e}"));
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for next_cursor: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<GroupPage> for super::GroupPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GroupPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    items: value.items?,
                    next_cursor: value.next_cursor?,
                })
            }
        }

        impl ::std::convert::From<super::GroupPage> for GroupPage {
            fn from(value: super::GroupPage) -> Self {
                Self {
                    items: Ok(value.items),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct GroupPatch {
            addresses: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            admin_role: ::std::result::Result<
                ::std::option::Option<super::AdminRole>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            domain_admin: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            local_only: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            publish_in_address_list:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
        }

        impl ::std::default::Default for GroupPatch {
            fn default() -> Self {
                Self {
                    addresses: Ok(Default::default()),
                    admin_role: Ok(Default::default()),
                    description: Ok(Default::default()),
                    domain_admin: Ok(Default::default()),
                    local_only: Ok(Default::default()),
                    name: Ok(Default::default()),
                    publish_in_address_list: Ok(Default::default()),
                }
            }
        }

        impl GroupPatch {
            pub fn addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.addresses = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for addresses: {e}"));
                self
            }
            pub fn admin_role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AdminRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.admin_role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for admin_role: {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn domain_admin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_admin = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_admin: {e}"));
                self
            }
            pub fn local_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.local_only = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for local_only: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn publish_in_address_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.publish_in_address_list = value.try_into().map_err(|e| {
                    format!("error converting supplied value for publish_in_address_list: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<GroupPatch> for super::GroupPatch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GroupPatch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    addresses: value.addresses?,
                    admin_role: value.admin_role?,
                    description: value.description?,
                    domain_admin: value.domain_admin?,
                    local_only: value.local_only?,
                    name: value.name?,
                    publish_in_address_list: value.publish_in_address_list?,
                })
            }
        }

        impl ::std::convert::From<super::GroupPatch> for GroupPatch {
            fn from(value: super::GroupPatch) -> Self {
                Self {
                    addresses: Ok(value.addresses),
                    admin_role: Ok(value.admin_role),
                    description: Ok(value.description),
                    domain_admin: Ok(value.domain_admin),
                    local_only: Ok(value.local_only),
                    name: Ok(value.name),
                    publish_in_address_list: Ok(value.publish_in_address_list),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct GroupsCreateParams {
            groups: ::std::result::Result<
                ::std::vec::Vec<super::RpcGroupPattern>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for GroupsCreateParams {
            fn default() -> Self {
                Self {
                    groups: Err("no value supplied for groups".to_string()),
                }
            }
        }

        impl GroupsCreateParams {
            pub fn groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RpcGroupPattern>>,
                T::Error: ::std::fmt::Display,
            {
                self.groups = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for groups: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<GroupsCreateParams> for super::GroupsCreateParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GroupsCreateParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    groups: value.groups?,
                })
            }
        }

        impl ::std::convert::From<super::GroupsCreateParams> for GroupsCreateParams {
            fn from(value: super::GroupsCreateParams) -> Self {
                Self {
                    groups: Ok(value.groups),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct GroupsGetParams {
            domain_id: ::std::result::Result<
                ::std::option::Option<super::DomainId>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                ::std::option::Option<super::SearchQuery>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for GroupsGetParams {
            fn default() -> Self {
                Self {
                    domain_id: Ok(Default::default()),
                    query: Ok(Default::default()),
                }
            }
        }

        impl GroupsGetParams {
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DomainId>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SearchQuery>>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for query: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<GroupsGetParams> for super::GroupsGetParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GroupsGetParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    domain_id: value.domain_id?,
                    query: value.query?,
                })
            }
        }

        impl ::std::convert::From<super::GroupsGetParams> for GroupsGetParams {
            fn from(value: super::GroupsGetParams) -> Self {
                Self {
                    domain_id: Ok(value.domain_id),
                    query: Ok(value.query),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct GroupsRemoveParams {
            group_ids:
                ::std::result::Result<::std::vec::Vec<super::GroupId>, ::std::string::String>,
        }

        impl ::std::default::Default for GroupsRemoveParams {
            fn default() -> Self {
                Self {
                    group_ids: Err("no value supplied for group_ids".to_string()),
                }
            }
        }

        impl GroupsRemoveParams {
            pub fn group_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::GroupId>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_ids = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for group_ids: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<GroupsRemoveParams> for super::GroupsRemoveParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GroupsRemoveParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    group_ids: value.group_ids?,
                })
            }
        }

        impl ::std::convert::From<super::GroupsRemoveParams> for GroupsRemoveParams {
            fn from(value: super::GroupsRemoveParams) -> Self {
                Self {
                    group_ids: Ok(value.group_ids),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct GroupsSetParams {
            group_ids:
                ::std::result::Result<::std::vec::Vec<super::GroupId>, ::std::string::String>,
            pattern: ::std::result::Result<super::RpcGroupPattern, ::std::string::String>,
        }

        impl ::std::default::Default for GroupsSetParams {
            fn default() -> Self {
                Self {
                    group_ids: Err("no value supplied for group_ids".to_string()),
                    pattern: Err("no value supplied for pattern".to_string()),
                }
            }
        }

        impl GroupsSetParams {
            pub fn group_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::GroupId>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_ids = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for group_ids: {e}"));
                self
            }
            pub fn pattern<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RpcGroupPattern>,
                T::Error: ::std::fmt::Display,
            {
                self.pattern = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for pattern: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<GroupsSetParams> for super::GroupsSetParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: GroupsSetParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    group_ids: value.group_ids?,
                    pattern: value.pattern?,
                })
            }
        }

        impl ::std::convert::From<super::GroupsSetParams> for GroupsSetParams {
            fn from(value: super::GroupsSetParams) -> Self {
                Self {
                    group_ids: Ok(value.group_ids),
                    pattern: Ok(value.pattern),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ImportReport {
            created: ::std::result::Result<u64, ::std::string::String>,
            dry_run: ::std::result::Result<bool, ::std::string::String>,
            failed: ::std::result::Result<u64, ::std::string::String>,
            rows: ::std::result::Result<::std::vec::Vec<super::ImportRow>, ::std::string::String>,
            valid: ::std::result::Result<u64, ::std::string::String>,
        }

        impl ::std::default::Default for ImportReport {
            fn default() -> Self {
                Self {
                    created: Err("no value supplied for created".to_string()),
                    dry_run: Err("no value supplied for dry_run".to_string()),
                    failed: Err("no value supplied for failed".to_string()),
                    rows: Err("no value supplied for rows".to_string()),
                    valid: Err("no value supplied for valid".to_string()),
                }
            }
        }

        impl ImportReport {
            pub fn created<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.created = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created: {e}"));
                self
            }
            pub fn dry_run<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.dry_run = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for dry_run: {e}"));
                self
            }
            pub fn failed<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.failed = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for failed: {e}"));
                self
            }
            pub fn rows<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ImportRow>>,
                T::Error: ::std::fmt::Display,
            {
                self.rows = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for rows: {e}"));
                self
            }
            pub fn valid<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.valid = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for valid: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ImportReport> for super::ImportReport {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ImportReport,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created: value.created?,
                    dry_run: value.dry_run?,
                    failed: value.failed?,
                    rows: value.rows?,
                    valid: value.valid?,
                })
            }
        }

        impl ::std::convert::From<super::ImportReport> for ImportReport {
            fn from(value: super::ImportReport) -> Self {
                Self {
                    created: Ok(value.created),
                    dry_run: Ok(value.dry_run),
                    failed: Ok(value.failed),
                    rows: Ok(value.rows),
                    valid: Ok(value.valid),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ImportRow {
            account_id: ::std::result::Result<
                ::std::option::Option<super::AccountId>,
                ::std::string::String,
            >,
            error: ::std::result::Result<
                ::std::option::Option<super::RowError>,
                ::std::string::String,
            >,
            line: ::std::result::Result<i64, ::std::string::String>,
            login_name: ::std::result::Result<::std::string::String, ::std::string::String>,
            status: ::std::result::Result<super::RowStatus, ::std::string::String>,
        }

        impl ::std::default::Default for ImportRow {
            fn default() -> Self {
                Self {
                    account_id: Ok(Default::default()),
                    error: Ok(Default::default()),
                    line: Err("no value supplied for line".to_string()),
                    login_name: Err("no value supplied for login_name".to_string()),
                    status: Err("no value supplied for status".to_string()),
                }
            }
        }

        impl ImportRow {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AccountId>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for account_id: {e}"));
                self
            }
            pub fn error<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::RowError>>,
                T::Error: ::std::fmt::Display,
            {
                self.error = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for error: {e}"));
                self
            }
            pub fn line<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.line = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for line: {e}"));
                self
            }
            pub fn login_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.login_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for login_name: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RowStatus>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ImportRow> for super::ImportRow {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ImportRow,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    error: value.error?,
                    line: value.line?,
                    login_name: value.login_name?,
                    status: value.status?,
                })
            }
        }

        impl ::std::convert::From<super::ImportRow> for ImportRow {
            fn from(value: super::ImportRow) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    error: Ok(value.error),
                    line: Ok(value.line),
                    login_name: Ok(value.login_name),
                    status: Ok(value.status),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct IpEntry {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_id: ::std::result::Result<
                ::std::option::Option<super::IpGroupId>,
                ::std::string::String,
            >,
            value: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for IpEntry {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    group_id: Ok(Default::default()),
                    value: Ok(Default::default()),
                }
            }
        }

        impl IpEntry {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::IpGroupId>>,
                T::Error: ::std::fmt::Display,
            {
                self.group_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for group_id: {e}"));
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for value: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<IpEntry> for super::IpEntry {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IpEntry,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    group_id: value.group_id?,
                    value: value.value?,
                })
            }
        }

        impl ::std::convert::From<super::IpEntry> for IpEntry {
            fn from(value: super::IpEntry) -> Self {
                Self {
                    description: Ok(value.description),
                    group_id: Ok(value.group_id),
                    value: Ok(value.value),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct IpGroup {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<::std::string::String, ::std::string::String>,
            entries: ::std::result::Result<::std::vec::Vec<super::IpEntry>, ::std::string::String>,
            id: ::std::result::Result<super::IpGroupId, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for IpGroup {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    entries: Err("no value supplied for entries".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }

        impl IpGroup {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn entries<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::IpEntry>>,
                T::Error: ::std::fmt::Display,
            {
                self.entries = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for entries: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::IpGroupId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<IpGroup> for super::IpGroup {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IpGroup,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    description: value.description?,
                    entries: value.entries?,
                    id: value.id?,
                    name: value.name?,
                    updated_at: value.updated_at?,
                })
            }
        }

        impl ::std::convert::From<super::IpGroup> for IpGroup {
            fn from(value: super::IpGroup) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    entries: Ok(value.entries),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    updated_at: Ok(value.updated_at),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct IpGroupInput {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            entries: ::std::result::Result<::std::vec::Vec<super::IpEntry>, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for IpGroupInput {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    entries: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }

        impl IpGroupInput {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn entries<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::IpEntry>>,
                T::Error: ::std::fmt::Display,
            {
                self.entries = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for entries: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<IpGroupInput> for super::IpGroupInput {
            type Error = super::error::ConversionError;
            fn try_from(
                value: IpGroupInput,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    entries: value.entries?,
                    name: value.name?,
                })
            }
        }

        impl ::std::convert::From<super::IpGroupInput> for IpGroupInput {
            fn from(value: super::IpGroupInput) -> Self {
                Self {
                    description: Ok(value.description),
                    entries: Ok(value.entries),
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ItemError {
            code: ::std::result::Result<i32, ::std::string::String>,
            data: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            input_index: ::std::result::Result<u64, ::std::string::String>,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
            message_parameters:
                ::std::result::Result<super::MessageParameters, ::std::string::String>,
        }

        impl ::std::default::Default for ItemError {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    data: Ok(Default::default()),
                    input_index: Err("no value supplied for input_index".to_string()),
                    message: Err("no value supplied for message".to_string()),
                    message_parameters: Err("no value supplied for message_parameters".to_string()),
                }
            }
        }

        impl ItemError {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn input_index<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<u64>,
                T::Error: ::std::fmt::Display,
            {
                self.input_index = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for input_index: {e}"));
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for message: {e}"));
                self
            }
            pub fn message_parameters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::MessageParameters>,
                T::Error: ::std::fmt::Display,
            {
                self.message_parameters = value.try_into().map_err(|e| {
                    format!("error converting supplied value for message_parameters: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<ItemError> for super::ItemError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ItemError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    data: value.data?,
                    input_index: value.input_index?,
                    message: value.message?,
                    message_parameters: value.message_parameters?,
                })
            }
        }

        impl ::std::convert::From<super::ItemError> for ItemError {
            fn from(value: super::ItemError) -> Self {
                Self {
                    code: Ok(value.code),
                    data: Ok(value.data),
                    input_index: Ok(value.input_index),
                    message: Ok(value.message),
                    message_parameters: Ok(value.message_parameters),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Lockout {
            address: ::std::result::Result<::std::string::String, ::std::string::String>,
            failures: ::std::result::Result<i32, ::std::string::String>,
            locked_until: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for Lockout {
            fn default() -> Self {
                Self {
                    address: Err("no value supplied for address".to_string()),
                    failures: Err("no value supplied for failures".to_string()),
                    locked_until: Err("no value supplied for locked_until".to_string()),
                }
            }
        }

        impl Lockout {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for address: {e}"));
                self
            }
            pub fn failures<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.failures = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for failures: {e}"));
                self
            }
            pub fn locked_until<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.locked_until = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for locked_until: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Lockout> for super::Lockout {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Lockout,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    failures: value.failures?,
                    locked_until: value.locked_until?,
                })
            }
        }

        impl ::std::convert::From<super::Lockout> for Lockout {
            fn from(value: super::Lockout) -> Self {
                Self {
                    address: Ok(value.address),
                    failures: Ok(value.failures),
                    locked_until: Ok(value.locked_until),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct LoginParams {
            application: ::std::result::Result<super::ClientApplication, ::std::string::String>,
            password: ::std::result::Result<::std::string::String, ::std::string::String>,
            user_name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for LoginParams {
            fn default() -> Self {
                Self {
                    application: Err("no value supplied for application".to_string()),
                    password: Err("no value supplied for password".to_string()),
                    user_name: Err("no value supplied for user_name".to_string()),
                }
            }
        }

        impl LoginParams {
            pub fn application<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ClientApplication>,
                T::Error: ::std::fmt::Display,
            {
                self.application = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for application: {e}"));
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for password: {e}"));
                self
            }
            pub fn user_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for user_name: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<LoginParams> for super::LoginParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LoginParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    application: value.application?,
                    password: value.password?,
                    user_name: value.user_name?,
                })
            }
        }

        impl ::std::convert::From<super::LoginParams> for LoginParams {
            fn from(value: super::LoginParams) -> Self {
                Self {
                    application: Ok(value.application),
                    password: Ok(value.password),
                    user_name: Ok(value.user_name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct LoginRequest {
            password: ::std::result::Result<::std::string::String, ::std::string::String>,
            user_name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for LoginRequest {
            fn default() -> Self {
                Self {
                    password: Err("no value supplied for password".to_string()),
                    user_name: Err("no value supplied for user_name".to_string()),
                }
            }
        }

        impl LoginRequest {
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for password: {e}"));
                self
            }
            pub fn user_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.user_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for user_name: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<LoginRequest> for super::LoginRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LoginRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    password: value.password?,
                    user_name: value.user_name?,
                })
            }
        }

        impl ::std::convert::From<super::LoginRequest> for LoginRequest {
            fn from(value: super::LoginRequest) -> Self {
                Self {
                    password: Ok(value.password),
                    user_name: Ok(value.user_name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct LoginResult {
            token: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for LoginResult {
            fn default() -> Self {
                Self {
                    token: Err("no value supplied for token".to_string()),
                }
            }
        }

        impl LoginResult {
            pub fn token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for token: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<LoginResult> for super::LoginResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LoginResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    token: value.token?,
                })
            }
        }

        impl ::std::convert::From<super::LoginResult> for LoginResult {
            fn from(value: super::LoginResult) -> Self {
                Self {
                    token: Ok(value.token),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct LogoutResult {
            redirect_url: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for LogoutResult {
            fn default() -> Self {
                Self {
                    redirect_url: Err("no value supplied for redirect_url".to_string()),
                }
            }
        }

        impl LogoutResult {
            pub fn redirect_url<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.redirect_url = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for redirect_url: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<LogoutResult> for super::LogoutResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: LogoutResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    redirect_url: value.redirect_url?,
                })
            }
        }

        impl ::std::convert::From<super::LogoutResult> for LogoutResult {
            fn from(value: super::LogoutResult) -> Self {
                Self {
                    redirect_url: Ok(value.redirect_url),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct MailboxUsage {
            bytes: ::std::result::Result<i64, ::std::string::String>,
            messages: ::std::result::Result<i64, ::std::string::String>,
            percent: ::std::result::Result<::std::option::Option<f64>, ::std::string::String>,
        }

        impl ::std::default::Default for MailboxUsage {
            fn default() -> Self {
                Self {
                    bytes: Err("no value supplied for bytes".to_string()),
                    messages: Err("no value supplied for messages".to_string()),
                    percent: Ok(Default::default()),
                }
            }
        }

        impl MailboxUsage {
            pub fn bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.bytes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for bytes: {e}"));
                self
            }
            pub fn messages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.messages = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for messages: {e}"));
                self
            }
            pub fn percent<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<f64>>,
                T::Error: ::std::fmt::Display,
            {
                self.percent = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for percent: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<MailboxUsage> for super::MailboxUsage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MailboxUsage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bytes: value.bytes?,
                    messages: value.messages?,
                    percent: value.percent?,
                })
            }
        }

        impl ::std::convert::From<super::MailboxUsage> for MailboxUsage {
            fn from(value: super::MailboxUsage) -> Self {
                Self {
                    bytes: Ok(value.bytes),
                    messages: Ok(value.messages),
                    percent: Ok(value.percent),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct MemberList {
            account_ids:
                ::std::result::Result<::std::vec::Vec<super::AccountId>, ::std::string::String>,
        }

        impl ::std::default::Default for MemberList {
            fn default() -> Self {
                Self {
                    account_ids: Err("no value supplied for account_ids".to_string()),
                }
            }
        }

        impl MemberList {
            pub fn account_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AccountId>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_ids = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for account_ids: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<MemberList> for super::MemberList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MemberList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_ids: value.account_ids?,
                })
            }
        }

        impl ::std::convert::From<super::MemberList> for MemberList {
            fn from(value: super::MemberList) -> Self {
                Self {
                    account_ids: Ok(value.account_ids),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct MessageParameters {
            plurality: ::std::result::Result<i32, ::std::string::String>,
            positional_parameters: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for MessageParameters {
            fn default() -> Self {
                Self {
                    plurality: Err("no value supplied for plurality".to_string()),
                    positional_parameters: Err(
                        "no value supplied for positional_parameters".to_string()
                    ),
                }
            }
        }

        impl MessageParameters {
            pub fn plurality<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.plurality = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for plurality: {e}"));
                self
            }
            pub fn positional_parameters<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.positional_parameters = value.try_into().map_err(|e| {
                    format!("error converting supplied value for positional_parameters: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<MessageParameters> for super::MessageParameters {
            type Error = super::error::ConversionError;
            fn try_from(
                value: MessageParameters,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    plurality: value.plurality?,
                    positional_parameters: value.positional_parameters?,
                })
            }
        }

        impl ::std::convert::From<super::MessageParameters> for MessageParameters {
            fn from(value: super::MessageParameters) -> Self {
                Self {
                    plurality: Ok(value.plurality),
                    positional_parameters: Ok(value.positional_parameters),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct NewAccount {
            addresses: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            admin_role: ::std::result::Result<
                ::std::option::Option<super::AdminRole>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            domain_admin: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            forward_keep_copy:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            forward_to: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            full_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            groups: ::std::result::Result<::std::vec::Vec<super::GroupId>, ::std::string::String>,
            local_only: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            login_name: ::std::result::Result<::std::string::String, ::std::string::String>,
            max_outgoing_message_size:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            password: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            password_hash: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            publish_in_address_list:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            quota_bytes: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            quota_messages:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            status:
                ::std::result::Result<::std::option::Option<super::Status>, ::std::string::String>,
            template_id: ::std::result::Result<
                ::std::option::Option<super::TemplateId>,
                ::std::string::String,
            >,
            tenant_admin_of: ::std::result::Result<
                ::std::option::Option<super::TenantId>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for NewAccount {
            fn default() -> Self {
                Self {
                    addresses: Ok(Default::default()),
                    admin_role: Ok(Default::default()),
                    description: Ok(Default::default()),
                    domain_admin: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    forward_keep_copy: Ok(Default::default()),
                    forward_to: Ok(Default::default()),
                    full_name: Ok(Default::default()),
                    groups: Ok(Default::default()),
                    local_only: Ok(Default::default()),
                    login_name: Err("no value supplied for login_name".to_string()),
                    max_outgoing_message_size: Ok(Default::default()),
                    password: Ok(Default::default()),
                    password_hash: Ok(Default::default()),
                    publish_in_address_list: Ok(Default::default()),
                    quota_bytes: Ok(Default::default()),
                    quota_messages: Ok(Default::default()),
                    status: Ok(Default::default()),
                    template_id: Ok(Default::default()),
                    tenant_admin_of: Ok(Default::default()),
                }
            }
        }

        impl NewAccount {
            pub fn addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.addresses = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for addresses: {e}"));
                self
            }
            pub fn admin_role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AdminRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.admin_role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for admin_role: {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn domain_admin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_admin = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_admin: {e}"));
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for external_id: {e}"));
                self
            }
            pub fn forward_keep_copy<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.forward_keep_copy = value.try_into().map_err(|e| {
                    format!("error converting supplied value for forward_keep_copy: {e}")
                });
                self
            }
            pub fn forward_to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.forward_to = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for forward_to: {e}"));
                self
            }
            pub fn full_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.full_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for full_name: {e}"));
                self
            }
            pub fn groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::GroupId>>,
                T::Error: ::std::fmt::Display,
            {
                self.groups = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for groups: {e}"));
                self
            }
            pub fn local_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.local_only = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for local_only: {e}"));
                self
            }
            pub fn login_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.login_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for login_name: {e}"));
                self
            }
            pub fn max_outgoing_message_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_outgoing_message_size = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_outgoing_message_size: {e}")
                });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for password: {e}"));
                self
            }
            pub fn password_hash<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.password_hash = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for password_hash: {e}"));
                self
            }
            pub fn publish_in_address_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.publish_in_address_list = value.try_into().map_err(|e| {
                    format!("error converting supplied value for publish_in_address_list: {e}")
                });
                self
            }
            pub fn quota_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.quota_bytes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for quota_bytes: {e}"));
                self
            }
            pub fn quota_messages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.quota_messages = value.try_into().map_err(|e| {
                    format!("error converting supplied value for quota_messages: {e}")
                });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Status>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn template_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TemplateId>>,
                T::Error: ::std::fmt::Display,
            {
                self.template_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for template_id: {e}"));
                self
            }
            pub fn tenant_admin_of<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TenantId>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_admin_of = value.try_into().map_err(|e| {
                    format!("error converting supplied value for tenant_admin_of: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<NewAccount> for super::NewAccount {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewAccount,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    addresses: value.addresses?,
                    admin_role: value.admin_role?,
                    description: value.description?,
                    domain_admin: value.domain_admin?,
                    external_id: value.external_id?,
                    forward_keep_copy: value.forward_keep_copy?,
                    forward_to: value.forward_to?,
                    full_name: value.full_name?,
                    groups: value.groups?,
                    local_only: value.local_only?,
                    login_name: value.login_name?,
                    max_outgoing_message_size: value.max_outgoing_message_size?,
                    password: value.password?,
                    password_hash: value.password_hash?,
                    publish_in_address_list: value.publish_in_address_list?,
                    quota_bytes: value.quota_bytes?,
                    quota_messages: value.quota_messages?,
                    status: value.status?,
                    template_id: value.template_id?,
                    tenant_admin_of: value.tenant_admin_of?,
                })
            }
        }

        impl ::std::convert::From<super::NewAccount> for NewAccount {
            fn from(value: super::NewAccount) -> Self {
                Self {
                    addresses: Ok(value.addresses),
                    admin_role: Ok(value.admin_role),
                    description: Ok(value.description),
                    domain_admin: Ok(value.domain_admin),
                    external_id: Ok(value.external_id),
                    forward_keep_copy: Ok(value.forward_keep_copy),
                    forward_to: Ok(value.forward_to),
                    full_name: Ok(value.full_name),
                    groups: Ok(value.groups),
                    local_only: Ok(value.local_only),
                    login_name: Ok(value.login_name),
                    max_outgoing_message_size: Ok(value.max_outgoing_message_size),
                    password: Ok(value.password),
                    password_hash: Ok(value.password_hash),
                    publish_in_address_list: Ok(value.publish_in_address_list),
                    quota_bytes: Ok(value.quota_bytes),
                    quota_messages: Ok(value.quota_messages),
                    status: Ok(value.status),
                    template_id: Ok(value.template_id),
                    tenant_admin_of: Ok(value.tenant_admin_of),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct NewAlias {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            target: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for NewAlias {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    target: Err("no value supplied for target".to_string()),
                }
            }
        }

        impl NewAlias {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn target<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.target = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for target: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<NewAlias> for super::NewAlias {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewAlias,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    name: value.name?,
                    target: value.target?,
                })
            }
        }

        impl ::std::convert::From<super::NewAlias> for NewAlias {
            fn from(value: super::NewAlias) -> Self {
                Self {
                    description: Ok(value.description),
                    name: Ok(value.name),
                    target: Ok(value.target),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct NewApiKey {
            allowed_ips: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            domain_id: ::std::result::Result<
                ::std::option::Option<super::DomainId>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            read_only: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            scope: ::std::result::Result<super::ApiKeyScope, ::std::string::String>,
            tenant_id: ::std::result::Result<
                ::std::option::Option<super::TenantId>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for NewApiKey {
            fn default() -> Self {
                Self {
                    allowed_ips: Ok(Default::default()),
                    domain_id: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    read_only: Ok(Default::default()),
                    scope: Err("no value supplied for scope".to_string()),
                    tenant_id: Ok(Default::default()),
                }
            }
        }

        impl NewApiKey {
            pub fn allowed_ips<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.allowed_ips = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for allowed_ips: {e}"));
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DomainId>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn read_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.read_only = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for read_only: {e}"));
                self
            }
            pub fn scope<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ApiKeyScope>,
                T::Error: ::std::fmt::Display,
            {
                self.scope = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for scope: {e}"));
                self
            }
            pub fn tenant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TenantId>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tenant_id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<NewApiKey> for super::NewApiKey {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewApiKey,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    allowed_ips: value.allowed_ips?,
                    domain_id: value.domain_id?,
                    name: value.name?,
                    read_only: value.read_only?,
                    scope: value.scope?,
                    tenant_id: value.tenant_id?,
                })
            }
        }

        impl ::std::convert::From<super::NewApiKey> for NewApiKey {
            fn from(value: super::NewApiKey) -> Self {
                Self {
                    allowed_ips: Ok(value.allowed_ips),
                    domain_id: Ok(value.domain_id),
                    name: Ok(value.name),
                    read_only: Ok(value.read_only),
                    scope: Ok(value.scope),
                    tenant_id: Ok(value.tenant_id),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct NewDomain {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            limits: ::std::result::Result<
                ::std::option::Option<super::DomainLimits>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            status:
                ::std::result::Result<::std::option::Option<super::Status>, ::std::string::String>,
            tenant_id: ::std::result::Result<
                ::std::option::Option<super::TenantId>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for NewDomain {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    limits: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    status: Ok(Default::default()),
                    tenant_id: Ok(Default::default()),
                }
            }
        }

        impl NewDomain {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for external_id: {e}"));
                self
            }
            pub fn limits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DomainLimits>>,
                T::Error: ::std::fmt::Display,
            {
                self.limits = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for limits: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Status>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn tenant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TenantId>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tenant_id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<NewDomain> for super::NewDomain {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewDomain,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    external_id: value.external_id?,
                    limits: value.limits?,
                    name: value.name?,
                    status: value.status?,
                    tenant_id: value.tenant_id?,
                })
            }
        }

        impl ::std::convert::From<super::NewDomain> for NewDomain {
            fn from(value: super::NewDomain) -> Self {
                Self {
                    description: Ok(value.description),
                    external_id: Ok(value.external_id),
                    limits: Ok(value.limits),
                    name: Ok(value.name),
                    status: Ok(value.status),
                    tenant_id: Ok(value.tenant_id),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct NewDomainAlias {
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for NewDomainAlias {
            fn default() -> Self {
                Self {
                    name: Err("no value supplied for name".to_string()),
                }
            }
        }

        impl NewDomainAlias {
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<NewDomainAlias> for super::NewDomainAlias {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewDomainAlias,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self { name: value.name? })
            }
        }

        impl ::std::convert::From<super::NewDomainAlias> for NewDomainAlias {
            fn from(value: super::NewDomainAlias) -> Self {
                Self {
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct NewGroup {
            addresses: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            admin_role: ::std::result::Result<
                ::std::option::Option<super::AdminRole>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            domain_admin: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            local_only: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            members:
                ::std::result::Result<::std::vec::Vec<super::AccountId>, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            publish_in_address_list:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
        }

        impl ::std::default::Default for NewGroup {
            fn default() -> Self {
                Self {
                    addresses: Ok(Default::default()),
                    admin_role: Ok(Default::default()),
                    description: Ok(Default::default()),
                    domain_admin: Ok(Default::default()),
                    local_only: Ok(Default::default()),
                    members: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    publish_in_address_list: Ok(Default::default()),
                }
            }
        }

        impl NewGroup {
            pub fn addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.addresses = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for addresses: {e}"));
                self
            }
            pub fn admin_role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AdminRole>>,
                T::Error: ::std::fmt::Display,
            {
                self.admin_role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for admin_role: {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn domain_admin<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_admin = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_admin: {e}"));
                self
            }
            pub fn local_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.local_only = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for local_only: {e}"));
                self
            }
            pub fn members<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AccountId>>,
                T::Error: ::std::fmt::Display,
            {
                self.members = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for members: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn publish_in_address_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.publish_in_address_list = value.try_into().map_err(|e| {
                    format!("error converting supplied value for publish_in_address_list: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<NewGroup> for super::NewGroup {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewGroup,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    addresses: value.addresses?,
                    admin_role: value.admin_role?,
                    description: value.description?,
                    domain_admin: value.domain_admin?,
                    local_only: value.local_only?,
                    members: value.members?,
                    name: value.name?,
                    publish_in_address_list: value.publish_in_address_list?,
                })
            }
        }

        impl ::std::convert::From<super::NewGroup> for NewGroup {
            fn from(value: super::NewGroup) -> Self {
                Self {
                    addresses: Ok(value.addresses),
                    admin_role: Ok(value.admin_role),
                    description: Ok(value.description),
                    domain_admin: Ok(value.domain_admin),
                    local_only: Ok(value.local_only),
                    members: Ok(value.members),
                    name: Ok(value.name),
                    publish_in_address_list: Ok(value.publish_in_address_list),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct NewTenant {
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            kind: ::std::result::Result<super::TenantKind, ::std::string::String>,
            limits: ::std::result::Result<
                ::std::option::Option<super::TenantLimits>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            parent_id: ::std::result::Result<
                ::std::option::Option<super::TenantId>,
                ::std::string::String,
            >,
            status:
                ::std::result::Result<::std::option::Option<super::Status>, ::std::string::String>,
        }

        impl ::std::default::Default for NewTenant {
            fn default() -> Self {
                Self {
                    external_id: Ok(Default::default()),
                    kind: Err("no value supplied for kind".to_string()),
                    limits: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    parent_id: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }

        impl NewTenant {
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for external_id: {e}"));
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TenantKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for kind: {e}"));
                self
            }
            pub fn limits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TenantLimits>>,
                T::Error: ::std::fmt::Display,
            {
                self.limits = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for limits: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn parent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TenantId>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for parent_id: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Status>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<NewTenant> for super::NewTenant {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewTenant,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    external_id: value.external_id?,
                    kind: value.kind?,
                    limits: value.limits?,
                    name: value.name?,
                    parent_id: value.parent_id?,
                    status: value.status?,
                })
            }
        }

        impl ::std::convert::From<super::NewTenant> for NewTenant {
            fn from(value: super::NewTenant) -> Self {
                Self {
                    external_id: Ok(value.external_id),
                    kind: Ok(value.kind),
                    limits: Ok(value.limits),
                    name: Ok(value.name),
                    parent_id: Ok(value.parent_id),
                    status: Ok(value.status),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct NewUserTemplate {
            defaults: ::std::result::Result<
                ::std::option::Option<super::AccountDefaults>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            domain_id: ::std::result::Result<
                ::std::option::Option<super::DomainId>,
                ::std::string::String,
            >,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            tenant_id: ::std::result::Result<
                ::std::option::Option<super::TenantId>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for NewUserTemplate {
            fn default() -> Self {
                Self {
                    defaults: Ok(Default::default()),
                    description: Ok(Default::default()),
                    domain_id: Ok(Default::default()),
                    name: Err("no value supplied for name".to_string()),
                    tenant_id: Ok(Default::default()),
                }
            }
        }

        impl NewUserTemplate {
            pub fn defaults<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AccountDefaults>>,
                T::Error: ::std::fmt::Display,
            {
                self.defaults = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for defaults: {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DomainId>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn tenant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TenantId>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tenant_id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<NewUserTemplate> for super::NewUserTemplate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: NewUserTemplate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    defaults: value.defaults?,
                    description: value.description?,
                    domain_id: value.domain_id?,
                    name: value.name?,
                    tenant_id: value.tenant_id?,
                })
            }
        }

        impl ::std::convert::From<super::NewUserTemplate> for NewUserTemplate {
            fn from(value: super::NewUserTemplate) -> Self {
                Self {
                    defaults: Ok(value.defaults),
                    description: Ok(value.description),
                    domain_id: Ok(value.domain_id),
                    name: Ok(value.name),
                    tenant_id: Ok(value.tenant_id),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct NoParams {}
        impl ::std::default::Default for NoParams {
            fn default() -> Self {
                Self {}
            }
        }

        impl NoParams {}
        impl ::std::convert::TryFrom<NoParams> for super::NoParams {
            type Error = super::error::ConversionError;
            fn try_from(
                _value: NoParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {})
            }
        }

        impl ::std::convert::From<super::NoParams> for NoParams {
            fn from(_value: super::NoParams) -> Self {
                Self {}
            }
        }

        #[derive(Clone, Debug)]
        pub struct Problem {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            detail: ::std::result::Result<::std::string::String, ::std::string::String>,
            field: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            retry_after: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            status: ::std::result::Result<i32, ::std::string::String>,
            title: ::std::result::Result<::std::string::String, ::std::string::String>,
            type_: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for Problem {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    detail: Err("no value supplied for detail".to_string()),
                    field: Ok(Default::default()),
                    retry_after: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    title: Err("no value supplied for title".to_string()),
                    type_: Err("no value supplied for type_".to_string()),
                }
            }
        }

        impl Problem {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn detail<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.detail = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for detail: {e}"));
                self
            }
            pub fn field<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.field = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for field: {e}"));
                self
            }
            pub fn retry_after<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.retry_after = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for retry_after: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn title<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.title = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for title: {e}"));
                self
            }
            pub fn type_<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.type_ = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for type_: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Problem> for super::Problem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Problem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    detail: value.detail?,
                    field: value.field?,
                    retry_after: value.retry_after?,
                    status: value.status?,
                    title: value.title?,
                    type_: value.type_?,
                })
            }
        }

        impl ::std::convert::From<super::Problem> for Problem {
            fn from(value: super::Problem) -> Self {
                Self {
                    code: Ok(value.code),
                    detail: Ok(value.detail),
                    field: Ok(value.field),
                    retry_after: Ok(value.retry_after),
                    status: Ok(value.status),
                    title: Ok(value.title),
                    type_: Ok(value.type_),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Quota {
            bytes: ::std::result::Result<i64, ::std::string::String>,
            messages: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for Quota {
            fn default() -> Self {
                Self {
                    bytes: Err("no value supplied for bytes".to_string()),
                    messages: Err("no value supplied for messages".to_string()),
                }
            }
        }

        impl Quota {
            pub fn bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.bytes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for bytes: {e}"));
                self
            }
            pub fn messages<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.messages = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for messages: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Quota> for super::Quota {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Quota,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    bytes: value.bytes?,
                    messages: value.messages?,
                })
            }
        }

        impl ::std::convert::From<super::Quota> for Quota {
            fn from(value: super::Quota) -> Self {
                Self {
                    bytes: Ok(value.bytes),
                    messages: Ok(value.messages),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct RefreshRequest {
            refresh_token: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for RefreshRequest {
            fn default() -> Self {
                Self {
                    refresh_token: Err("no value supplied for refresh_token".to_string()),
                }
            }
        }

        impl RefreshRequest {
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for refresh_token: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<RefreshRequest> for super::RefreshRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RefreshRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    refresh_token: value.refresh_token?,
                })
            }
        }

        impl ::std::convert::From<super::RefreshRequest> for RefreshRequest {
            fn from(value: super::RefreshRequest) -> Self {
                Self {
                    refresh_token: Ok(value.refresh_token),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Resolution {
            address: ::std::result::Result<::std::string::String, ::std::string::String>,
            external: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            local_domain: ::std::result::Result<bool, ::std::string::String>,
            loop_detected: ::std::result::Result<bool, ::std::string::String>,
            mailboxes: ::std::result::Result<
                ::std::vec::Vec<super::ResolvedMailbox>,
                ::std::string::String,
            >,
            unknown: ::std::result::Result<bool, ::std::string::String>,
        }

        impl ::std::default::Default for Resolution {
            fn default() -> Self {
                Self {
                    address: Err("no value supplied for address".to_string()),
                    external: Err("no value supplied for external".to_string()),
                    local_domain: Err("no value supplied for local_domain".to_string()),
                    loop_detected: Err("no value supplied for loop_detected".to_string()),
                    mailboxes: Err("no value supplied for mailboxes".to_string()),
                    unknown: Err("no value supplied for unknown".to_string()),
                }
            }
        }

        impl Resolution {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for address: {e}"));
                self
            }
            pub fn external<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for external: {e}"));
                self
            }
            pub fn local_domain<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.local_domain = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for local_domain: {e}"));
                self
            }
            pub fn loop_detected<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.loop_detected = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for loop_detected: {e}"));
                self
            }
            pub fn mailboxes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::ResolvedMailbox>>,
                T::Error: ::std::fmt::Display,
            {
                self.mailboxes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for mailboxes: {e}"));
                self
            }
            pub fn unknown<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.unknown = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for unknown: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Resolution> for super::Resolution {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Resolution,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                    external: value.external?,
                    local_domain: value.local_domain?,
                    loop_detected: value.loop_detected?,
                    mailboxes: value.mailboxes?,
                    unknown: value.unknown?,
                })
            }
        }

        impl ::std::convert::From<super::Resolution> for Resolution {
            fn from(value: super::Resolution) -> Self {
                Self {
                    address: Ok(value.address),
                    external: Ok(value.external),
                    local_domain: Ok(value.local_domain),
                    loop_detected: Ok(value.loop_detected),
                    mailboxes: Ok(value.mailboxes),
                    unknown: Ok(value.unknown),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ResolveRequest {
            address: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for ResolveRequest {
            fn default() -> Self {
                Self {
                    address: Err("no value supplied for address".to_string()),
                }
            }
        }

        impl ResolveRequest {
            pub fn address<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.address = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for address: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ResolveRequest> for super::ResolveRequest {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResolveRequest,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    address: value.address?,
                })
            }
        }

        impl ::std::convert::From<super::ResolveRequest> for ResolveRequest {
            fn from(value: super::ResolveRequest) -> Self {
                Self {
                    address: Ok(value.address),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ResolvedMailbox {
            account_id: ::std::result::Result<super::AccountId, ::std::string::String>,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for ResolvedMailbox {
            fn default() -> Self {
                Self {
                    account_id: Err("no value supplied for account_id".to_string()),
                    email: Err("no value supplied for email".to_string()),
                }
            }
        }

        impl ResolvedMailbox {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AccountId>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for account_id: {e}"));
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for email: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ResolvedMailbox> for super::ResolvedMailbox {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ResolvedMailbox,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    email: value.email?,
                })
            }
        }

        impl ::std::convert::From<super::ResolvedMailbox> for ResolvedMailbox {
            fn from(value: super::ResolvedMailbox) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    email: Ok(value.email),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct RowError {
            code: ::std::result::Result<::std::string::String, ::std::string::String>,
            column: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for RowError {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    column: Ok(Default::default()),
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }

        impl RowError {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn column<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.column = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for column: {e}"));
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for message: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<RowError> for super::RowError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RowError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    column: value.column?,
                    message: value.message?,
                })
            }
        }

        impl ::std::convert::From<super::RowError> for RowError {
            fn from(value: super::RowError) -> Self {
                Self {
                    code: Ok(value.code),
                    column: Ok(value.column),
                    message: Ok(value.message),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct RpcAlias {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            deliver_to: ::std::result::Result<::std::string::String, ::std::string::String>,
            deliver_to_select: ::std::result::Result<super::DeliverToType, ::std::string::String>,
            description: ::std::result::Result<::std::string::String, ::std::string::String>,
            domain_id: ::std::result::Result<super::DomainId, ::std::string::String>,
            id: ::std::result::Result<super::AliasId, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for RpcAlias {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    deliver_to: Err("no value supplied for deliver_to".to_string()),
                    deliver_to_select: Err("no value supplied for deliver_to_select".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    domain_id: Err("no value supplied for domain_id".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }

        impl RpcAlias {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn deliver_to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.deliver_to = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for deliver_to: {e}"));
                self
            }
            pub fn deliver_to_select<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DeliverToType>,
                T::Error: ::std::fmt::Display,
            {
                self.deliver_to_select = value.try_into().map_err(|e| {
                    format!("error converting supplied value for deliver_to_select: {e}")
                });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DomainId>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AliasId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<RpcAlias> for super::RpcAlias {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RpcAlias,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    deliver_to: value.deliver_to?,
                    deliver_to_select: value.deliver_to_select?,
                    description: value.description?,
                    domain_id: value.domain_id?,
                    id: value.id?,
                    name: value.name?,
                    updated_at: value.updated_at?,
                })
            }
        }

        impl ::std::convert::From<super::RpcAlias> for RpcAlias {
            fn from(value: super::RpcAlias) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    deliver_to: Ok(value.deliver_to),
                    deliver_to_select: Ok(value.deliver_to_select),
                    description: Ok(value.description),
                    domain_id: Ok(value.domain_id),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    updated_at: Ok(value.updated_at),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct RpcAliasPattern {
            deliver_to: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            deliver_to_select: ::std::result::Result<
                ::std::option::Option<super::DeliverToType>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            domain_id: ::std::result::Result<
                ::std::option::Option<super::DomainId>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for RpcAliasPattern {
            fn default() -> Self {
                Self {
                    deliver_to: Ok(Default::default()),
                    deliver_to_select: Ok(Default::default()),
                    description: Ok(Default::default()),
                    domain_id: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }

        impl RpcAliasPattern {
            pub fn deliver_to<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.deliver_to = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for deliver_to: {e}"));
                self
            }
            pub fn deliver_to_select<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DeliverToType>>,
                T::Error: ::std::fmt::Display,
            {
                self.deliver_to_select = value.try_into().map_err(|e| {
                    format!("error converting supplied value for deliver_to_select: {e}")
                });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DomainId>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<RpcAliasPattern> for super::RpcAliasPattern {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RpcAliasPattern,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    deliver_to: value.deliver_to?,
                    deliver_to_select: value.deliver_to_select?,
                    description: value.description?,
                    domain_id: value.domain_id?,
                    name: value.name?,
                })
            }
        }

        impl ::std::convert::From<super::RpcAliasPattern> for RpcAliasPattern {
            fn from(value: super::RpcAliasPattern) -> Self {
                Self {
                    deliver_to: Ok(value.deliver_to),
                    deliver_to_select: Ok(value.deliver_to_select),
                    description: Ok(value.description),
                    domain_id: Ok(value.domain_id),
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct RpcDomain {
            alias_count: ::std::result::Result<i64, ::std::string::String>,
            alias_list: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            alias_max_count: ::std::result::Result<super::CountLimit, ::std::string::String>,
            consumed_size: ::std::result::Result<super::ByteValue, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            default_disk_size_limit: ::std::result::Result<super::SizeLimit, ::std::string::String>,
            description: ::std::result::Result<::std::string::String, ::std::string::String>,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            group_count: ::std::result::Result<i64, ::std::string::String>,
            id: ::std::result::Result<super::DomainId, ::std::string::String>,
            is_enabled: ::std::result::Result<bool, ::std::string::String>,
            is_primary: ::std::result::Result<bool, ::std::string::String>,
            max_disk_size_limit: ::std::result::Result<super::SizeLimit, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            outgoing_message_limit: ::std::result::Result<super::SizeLimit, ::std::string::String>,
            status: ::std::result::Result<super::Status, ::std::string::String>,
            tenant_id: ::std::result::Result<super::TenantId, ::std::string::String>,
            unicode_name: ::std::result::Result<::std::string::String, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            user_count: ::std::result::Result<i64, ::std::string::String>,
            user_max_count: ::std::result::Result<super::CountLimit, ::std::string::String>,
        }

        impl ::std::default::Default for RpcDomain {
            fn default() -> Self {
                Self {
                    alias_count: Err("no value supplied for alias_count".to_string()),
                    alias_list: Err("no value supplied for alias_list".to_string()),
                    alias_max_count: Err("no value supplied for alias_max_count".to_string()),
                    consumed_size: Err("no value supplied for consumed_size".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    default_disk_size_limit: Err(
                        "no value supplied for default_disk_size_limit".to_string()
                    ),
                    description: Err("no value supplied for description".to_string()),
                    external_id: Ok(Default::default()),
                    group_count: Err("no value supplied for group_count".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_enabled: Err("no value supplied for is_enabled".to_string()),
                    is_primary: Err("no value supplied for is_primary".to_string()),
                    max_disk_size_limit: Err(
                        "no value supplied for max_disk_size_limit".to_string()
                    ),
                    name: Err("no value supplied for name".to_string()),
                    outgoing_message_limit: Err(
                        "no value supplied for outgoing_message_limit".to_string()
                    ),
                    status: Err("no value supplied for status".to_string()),
                    tenant_id: Err("no value supplied for tenant_id".to_string()),
                    unicode_name: Err("no value supplied for unicode_name".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    user_count: Err("no value supplied for user_count".to_string()),
                    user_max_count: Err("no value supplied for user_max_count".to_string()),
                }
            }
        }

        impl RpcDomain {
            pub fn alias_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.alias_count = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for alias_count: {e}"));
                self
            }
            pub fn alias_list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.alias_list = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for alias_list: {e}"));
                self
            }
            pub fn alias_max_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CountLimit>,
                T::Error: ::std::fmt::Display,
            {
                self.alias_max_count = value.try_into().map_err(|e| {
                    format!("error converting supplied value for alias_max_count: {e}")
                });
                self
            }
            pub fn consumed_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ByteValue>,
                T::Error: ::std::fmt::Display,
            {
                self.consumed_size = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for consumed_size: {e}"));
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn default_disk_size_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SizeLimit>,
                T::Error: ::std::fmt::Display,
            {
                self.default_disk_size_limit = value.try_into().map_err(|e| {
                    format!("error converting supplied value for default_disk_size_limit: {e}")
                });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for external_id: {e}"));
                self
            }
            pub fn group_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.group_count = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for group_count: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DomainId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_enabled = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for is_enabled: {e}"));
                self
            }
            pub fn is_primary<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_primary = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for is_primary: {e}"));
                self
            }
            pub fn max_disk_size_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SizeLimit>,
                T::Error: ::std::fmt::Display,
            {
                self.max_disk_size_limit = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_disk_size_limit: {e}")
                });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn outgoing_message_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SizeLimit>,
                T::Error: ::std::fmt::Display,
            {
                self.outgoing_message_limit = value.try_into().map_err(|e| {
                    format!("error converting supplied value for outgoing_message_limit: {e}")
                });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Status>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn tenant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TenantId>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tenant_id: {e}"));
                self
            }
            pub fn unicode_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.unicode_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for unicode_name: {e}"));
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
                self
            }
            pub fn user_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.user_count = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for user_count: {e}"));
                self
            }
            pub fn user_max_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CountLimit>,
                T::Error: ::std::fmt::Display,
            {
                self.user_max_count = value.try_into().map_err(|e| {
                    format!("error converting supplied value for user_max_count: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<RpcDomain> for super::RpcDomain {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RpcDomain,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    alias_count: value.alias_count?,
                    alias_list: value.alias_list?,
                    alias_max_count: value.alias_max_count?,
                    consumed_size: value.consumed_size?,
                    created_at: value.created_at?,
                    default_disk_size_limit: value.default_disk_size_limit?,
                    description: value.description?,
                    external_id: value.external_id?,
                    group_count: value.group_count?,
                    id: value.id?,
                    is_enabled: value.is_enabled?,
                    is_primary: value.is_primary?,
                    max_disk_size_limit: value.max_disk_size_limit?,
                    name: value.name?,
                    outgoing_message_limit: value.outgoing_message_limit?,
                    status: value.status?,
                    tenant_id: value.tenant_id?,
                    unicode_name: value.unicode_name?,
                    updated_at: value.updated_at?,
                    user_count: value.user_count?,
                    user_max_count: value.user_max_count?,
                })
            }
        }

        impl ::std::convert::From<super::RpcDomain> for RpcDomain {
            fn from(value: super::RpcDomain) -> Self {
                Self {
                    alias_count: Ok(value.alias_count),
                    alias_list: Ok(value.alias_list),
                    alias_max_count: Ok(value.alias_max_count),
                    consumed_size: Ok(value.consumed_size),
                    created_at: Ok(value.created_at),
                    default_disk_size_limit: Ok(value.default_disk_size_limit),
                    description: Ok(value.description),
                    external_id: Ok(value.external_id),
                    group_count: Ok(value.group_count),
                    id: Ok(value.id),
                    is_enabled: Ok(value.is_enabled),
                    is_primary: Ok(value.is_primary),
                    max_disk_size_limit: Ok(value.max_disk_size_limit),
                    name: Ok(value.name),
                    outgoing_message_limit: Ok(value.outgoing_message_limit),
                    status: Ok(value.status),
                    tenant_id: Ok(value.tenant_id),
                    unicode_name: Ok(value.unicode_name),
                    updated_at: Ok(value.updated_at),
                    user_count: Ok(value.user_count),
                    user_max_count: Ok(value.user_max_count),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct RpcDomainPattern {
            alias_max_count: ::std::result::Result<
                ::std::option::Option<super::CountLimit>,
                ::std::string::String,
            >,
            default_disk_size_limit: ::std::result::Result<
                ::std::option::Option<super::SizeLimit>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            is_enabled: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            max_disk_size_limit: ::std::result::Result<
                ::std::option::Option<super::SizeLimit>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            outgoing_message_limit: ::std::result::Result<
                ::std::option::Option<super::SizeLimit>,
                ::std::string::String,
            >,
            status:
                ::std::result::Result<::std::option::Option<super::Status>, ::std::string::String>,
            tenant_id: ::std::result::Result<
                ::std::option::Option<super::TenantId>,
                ::std::string::String,
            >,
            user_max_count: ::std::result::Result<
                ::std::option::Option<super::CountLimit>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for RpcDomainPattern {
            fn default() -> Self {
                Self {
                    alias_max_count: Ok(Default::default()),
                    default_disk_size_limit: Ok(Default::default()),
                    description: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    is_enabled: Ok(Default::default()),
                    max_disk_size_limit: Ok(Default::default()),
                    name: Ok(Default::default()),
                    outgoing_message_limit: Ok(Default::default()),
                    status: Ok(Default::default()),
                    tenant_id: Ok(Default::default()),
                    user_max_count: Ok(Default::default()),
                }
            }
        }

        impl RpcDomainPattern {
            pub fn alias_max_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CountLimit>>,
                T::Error: ::std::fmt::Display,
            {
                self.alias_max_count = value.try_into().map_err(|e| {
                    format!("error converting supplied value for alias_max_count: {e}")
                });
                self
            }
            pub fn default_disk_size_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SizeLimit>>,
                T::Error: ::std::fmt::Display,
            {
                self.default_disk_size_limit = value.try_into().map_err(|e| {
                    format!("error converting supplied value for default_disk_size_limit: {e}")
                });
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for external_id: {e}"));
                self
            }
            pub fn is_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_enabled = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for is_enabled: {e}"));
                self
            }
            pub fn max_disk_size_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SizeLimit>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_disk_size_limit = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_disk_size_limit: {e}")
                });
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn outgoing_message_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SizeLimit>>,
                T::Error: ::std::fmt::Display,
            {
                self.outgoing_message_limit = value.try_into().map_err(|e| {
                    format!("error converting supplied value for outgoing_message_limit: {e}")
                });
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Status>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn tenant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TenantId>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tenant_id: {e}"));
                self
            }
            pub fn user_max_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CountLimit>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_max_count = value.try_into().map_err(|e| {
                    format!("error converting supplied value for user_max_count: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<RpcDomainPattern> for super::RpcDomainPattern {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RpcDomainPattern,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    alias_max_count: value.alias_max_count?,
                    default_disk_size_limit: value.default_disk_size_limit?,
                    description: value.description?,
                    external_id: value.external_id?,
                    is_enabled: value.is_enabled?,
                    max_disk_size_limit: value.max_disk_size_limit?,
                    name: value.name?,
                    outgoing_message_limit: value.outgoing_message_limit?,
                    status: value.status?,
                    tenant_id: value.tenant_id?,
                    user_max_count: value.user_max_count?,
                })
            }
        }

        impl ::std::convert::From<super::RpcDomainPattern> for RpcDomainPattern {
            fn from(value: super::RpcDomainPattern) -> Self {
                Self {
                    alias_max_count: Ok(value.alias_max_count),
                    default_disk_size_limit: Ok(value.default_disk_size_limit),
                    description: Ok(value.description),
                    external_id: Ok(value.external_id),
                    is_enabled: Ok(value.is_enabled),
                    max_disk_size_limit: Ok(value.max_disk_size_limit),
                    name: Ok(value.name),
                    outgoing_message_limit: Ok(value.outgoing_message_limit),
                    status: Ok(value.status),
                    tenant_id: Ok(value.tenant_id),
                    user_max_count: Ok(value.user_max_count),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct RpcError {
            code: ::std::result::Result<i32, ::std::string::String>,
            data: ::std::result::Result<
                ::std::option::Option<::serde_json::Value>,
                ::std::string::String,
            >,
            message: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for RpcError {
            fn default() -> Self {
                Self {
                    code: Err("no value supplied for code".to_string()),
                    data: Ok(Default::default()),
                    message: Err("no value supplied for message".to_string()),
                }
            }
        }

        impl RpcError {
            pub fn code<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.code = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for code: {e}"));
                self
            }
            pub fn data<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::serde_json::Value>>,
                T::Error: ::std::fmt::Display,
            {
                self.data = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for data: {e}"));
                self
            }
            pub fn message<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.message = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for message: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<RpcError> for super::RpcError {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RpcError,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    code: value.code?,
                    data: value.data?,
                    message: value.message?,
                })
            }
        }

        impl ::std::convert::From<super::RpcError> for RpcError {
            fn from(value: super::RpcError) -> Self {
                Self {
                    code: Ok(value.code),
                    data: Ok(value.data),
                    message: Ok(value.message),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct RpcGroup {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<::std::string::String, ::std::string::String>,
            domain_id: ::std::result::Result<super::DomainId, ::std::string::String>,
            email_addresses: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            has_domain_restriction: ::std::result::Result<bool, ::std::string::String>,
            id: ::std::result::Result<super::GroupId, ::std::string::String>,
            member_count: ::std::result::Result<i64, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            publish_in_gal: ::std::result::Result<bool, ::std::string::String>,
            role: ::std::result::Result<super::UserRight, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for RpcGroup {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    domain_id: Err("no value supplied for domain_id".to_string()),
                    email_addresses: Err("no value supplied for email_addresses".to_string()),
                    has_domain_restriction: Err(
                        "no value supplied for has_domain_restriction".to_string()
                    ),
                    id: Err("no value supplied for id".to_string()),
                    member_count: Err("no value supplied for member_count".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    publish_in_gal: Err("no value supplied for publish_in_gal".to_string()),
                    role: Err("no value supplied for role".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }

        impl RpcGroup {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DomainId>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn email_addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email_addresses = value.try_into().map_err(|e| {
                    format!("error converting supplied value for email_addresses: {e}")
                });
                self
            }
            pub fn has_domain_restriction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_domain_restriction = value.try_into().map_err(|e| {
                    format!("error converting supplied value for has_domain_restriction: {e}")
                });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::GroupId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn member_count<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.member_count = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for member_count: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn publish_in_gal<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.publish_in_gal = value.try_into().map_err(|e| {
                    format!("error converting supplied value for publish_in_gal: {e}")
                });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserRight>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for role: {e}"));
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<RpcGroup> for super::RpcGroup {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RpcGroup,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    description: value.description?,
                    domain_id: value.domain_id?,
                    email_addresses: value.email_addresses?,
                    has_domain_restriction: value.has_domain_restriction?,
                    id: value.id?,
                    member_count: value.member_count?,
                    name: value.name?,
                    publish_in_gal: value.publish_in_gal?,
                    role: value.role?,
                    updated_at: value.updated_at?,
                })
            }
        }

        impl ::std::convert::From<super::RpcGroup> for RpcGroup {
            fn from(value: super::RpcGroup) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    domain_id: Ok(value.domain_id),
                    email_addresses: Ok(value.email_addresses),
                    has_domain_restriction: Ok(value.has_domain_restriction),
                    id: Ok(value.id),
                    member_count: Ok(value.member_count),
                    name: Ok(value.name),
                    publish_in_gal: Ok(value.publish_in_gal),
                    role: Ok(value.role),
                    updated_at: Ok(value.updated_at),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct RpcGroupPattern {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            domain_id: ::std::result::Result<
                ::std::option::Option<super::DomainId>,
                ::std::string::String,
            >,
            email_addresses: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            has_domain_restriction:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            members: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::AccountId>>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            publish_in_gal:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            role: ::std::result::Result<
                ::std::option::Option<super::UserRight>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for RpcGroupPattern {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    domain_id: Ok(Default::default()),
                    email_addresses: Ok(Default::default()),
                    has_domain_restriction: Ok(Default::default()),
                    members: Ok(Default::default()),
                    name: Ok(Default::default()),
                    publish_in_gal: Ok(Default::default()),
                    role: Ok(Default::default()),
                }
            }
        }

        impl RpcGroupPattern {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DomainId>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn email_addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.email_addresses = value.try_into().map_err(|e| {
                    format!("error converting supplied value for email_addresses: {e}")
                });
                self
            }
            pub fn has_domain_restriction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_domain_restriction = value.try_into().map_err(|e| {
                    format!("error converting supplied value for has_domain_restriction: {e}")
                });
                self
            }
            pub fn members<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<super::AccountId>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.members = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for members: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn publish_in_gal<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.publish_in_gal = value.try_into().map_err(|e| {
                    format!("error converting supplied value for publish_in_gal: {e}")
                });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UserRight>>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for role: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<RpcGroupPattern> for super::RpcGroupPattern {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RpcGroupPattern,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    domain_id: value.domain_id?,
                    email_addresses: value.email_addresses?,
                    has_domain_restriction: value.has_domain_restriction?,
                    members: value.members?,
                    name: value.name?,
                    publish_in_gal: value.publish_in_gal?,
                    role: value.role?,
                })
            }
        }

        impl ::std::convert::From<super::RpcGroupPattern> for RpcGroupPattern {
            fn from(value: super::RpcGroupPattern) -> Self {
                Self {
                    description: Ok(value.description),
                    domain_id: Ok(value.domain_id),
                    email_addresses: Ok(value.email_addresses),
                    has_domain_restriction: Ok(value.has_domain_restriction),
                    members: Ok(value.members),
                    name: Ok(value.name),
                    publish_in_gal: Ok(value.publish_in_gal),
                    role: Ok(value.role),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct RpcUser {
            consumed_items: ::std::result::Result<i64, ::std::string::String>,
            consumed_size: ::std::result::Result<super::ByteValue, ::std::string::String>,
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            description: ::std::result::Result<::std::string::String, ::std::string::String>,
            disk_size_limit: ::std::result::Result<super::SizeLimit, ::std::string::String>,
            domain_id: ::std::result::Result<super::DomainId, ::std::string::String>,
            email: ::std::result::Result<::std::string::String, ::std::string::String>,
            email_addresses: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            email_forwarding: ::std::result::Result<super::EmailForwarding, ::std::string::String>,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            full_name: ::std::result::Result<::std::string::String, ::std::string::String>,
            has_domain_restriction: ::std::result::Result<bool, ::std::string::String>,
            has_password: ::std::result::Result<bool, ::std::string::String>,
            id: ::std::result::Result<super::AccountId, ::std::string::String>,
            is_enabled: ::std::result::Result<bool, ::std::string::String>,
            item_limit: ::std::result::Result<super::CountLimit, ::std::string::String>,
            login_name: ::std::result::Result<::std::string::String, ::std::string::String>,
            out_message_limit: ::std::result::Result<super::SizeLimit, ::std::string::String>,
            publish_in_gal: ::std::result::Result<bool, ::std::string::String>,
            role: ::std::result::Result<super::UserRight, ::std::string::String>,
            status: ::std::result::Result<super::Status, ::std::string::String>,
            tenant_admin_of: ::std::result::Result<
                ::std::option::Option<super::TenantId>,
                ::std::string::String,
            >,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for RpcUser {
            fn default() -> Self {
                Self {
                    consumed_items: Err("no value supplied for consumed_items".to_string()),
                    consumed_size: Err("no value supplied for consumed_size".to_string()),
                    created_at: Err("no value supplied for created_at".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    disk_size_limit: Err("no value supplied for disk_size_limit".to_string()),
                    domain_id: Err("no value supplied for domain_id".to_string()),
                    email: Err("no value supplied for email".to_string()),
                    email_addresses: Err("no value supplied for email_addresses".to_string()),
                    email_forwarding: Err("no value supplied for email_forwarding".to_string()),
                    external_id: Ok(Default::default()),
                    full_name: Err("no value supplied for full_name".to_string()),
                    has_domain_restriction: Err(
                        "no value supplied for has_domain_restriction".to_string()
                    ),
                    has_password: Err("no value supplied for has_password".to_string()),
                    id: Err("no value supplied for id".to_string()),
                    is_enabled: Err("no value supplied for is_enabled".to_string()),
                    item_limit: Err("no value supplied for item_limit".to_string()),
                    login_name: Err("no value supplied for login_name".to_string()),
                    out_message_limit: Err("no value supplied for out_message_limit".to_string()),
                    publish_in_gal: Err("no value supplied for publish_in_gal".to_string()),
                    role: Err("no value supplied for role".to_string()),
                    status: Err("no value supplied for status".to_string()),
                    tenant_admin_of: Ok(Default::default()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }

        impl RpcUser {
            pub fn consumed_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.consumed_items = value.try_into().map_err(|e| {
                    format!("error converting supplied value for consumed_items: {e}")
                });
                self
            }
            pub fn consumed_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ByteValue>,
                T::Error: ::std::fmt::Display,
            {
                self.consumed_size = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for consumed_size: {e}"));
                self
            }
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn disk_size_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SizeLimit>,
                T::Error: ::std::fmt::Display,
            {
                self.disk_size_limit = value.try_into().map_err(|e| {
                    format!("error converting supplied value for disk_size_limit: {e}")
                });
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::DomainId>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn email<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.email = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for email: {e}"));
                self
            }
            pub fn email_addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.email_addresses = value.try_into().map_err(|e| {
                    format!("error converting supplied value for email_addresses: {e}")
                });
                self
            }
            pub fn email_forwarding<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::EmailForwarding>,
                T::Error: ::std::fmt::Display,
            {
                self.email_forwarding = value.try_into().map_err(|e| {
                    format!("error converting supplied value for email_forwarding: {e}")
                });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for external_id: {e}"));
                self
            }
            pub fn full_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.full_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for full_name: {e}"));
                self
            }
            pub fn has_domain_restriction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_domain_restriction = value.try_into().map_err(|e| {
                    format!("error converting supplied value for has_domain_restriction: {e}")
                });
                self
            }
            pub fn has_password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.has_password = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for has_password: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AccountId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn is_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_enabled = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for is_enabled: {e}"));
                self
            }
            pub fn item_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::CountLimit>,
                T::Error: ::std::fmt::Display,
            {
                self.item_limit = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for item_limit: {e}"));
                self
            }
            pub fn login_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.login_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for login_name: {e}"));
                self
            }
            pub fn out_message_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::SizeLimit>,
                T::Error: ::std::fmt::Display,
            {
                self.out_message_limit = value.try_into().map_err(|e| {
                    format!("error converting supplied value for out_message_limit: {e}")
                });
                self
            }
            pub fn publish_in_gal<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.publish_in_gal = value.try_into().map_err(|e| {
                    format!("error converting supplied value for publish_in_gal: {e}")
                });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserRight>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for role: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Status>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn tenant_admin_of<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TenantId>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_admin_of = value.try_into().map_err(|e| {
                    format!("error converting supplied value for tenant_admin_of: {e}")
                });
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<RpcUser> for super::RpcUser {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RpcUser,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    consumed_items: value.consumed_items?,
                    consumed_size: value.consumed_size?,
                    created_at: value.created_at?,
                    description: value.description?,
                    disk_size_limit: value.disk_size_limit?,
                    domain_id: value.domain_id?,
                    email: value.email?,
                    email_addresses: value.email_addresses?,
                    email_forwarding: value.email_forwarding?,
                    external_id: value.external_id?,
                    full_name: value.full_name?,
                    has_domain_restriction: value.has_domain_restriction?,
                    has_password: value.has_password?,
                    id: value.id?,
                    is_enabled: value.is_enabled?,
                    item_limit: value.item_limit?,
                    login_name: value.login_name?,
                    out_message_limit: value.out_message_limit?,
                    publish_in_gal: value.publish_in_gal?,
                    role: value.role?,
                    status: value.status?,
                    tenant_admin_of: value.tenant_admin_of?,
                    updated_at: value.updated_at?,
                })
            }
        }

        impl ::std::convert::From<super::RpcUser> for RpcUser {
            fn from(value: super::RpcUser) -> Self {
                Self {
                    consumed_items: Ok(value.consumed_items),
                    consumed_size: Ok(value.consumed_size),
                    created_at: Ok(value.created_at),
                    description: Ok(value.description),
                    disk_size_limit: Ok(value.disk_size_limit),
                    domain_id: Ok(value.domain_id),
                    email: Ok(value.email),
                    email_addresses: Ok(value.email_addresses),
                    email_forwarding: Ok(value.email_forwarding),
                    external_id: Ok(value.external_id),
                    full_name: Ok(value.full_name),
                    has_domain_restriction: Ok(value.has_domain_restriction),
                    has_password: Ok(value.has_password),
                    id: Ok(value.id),
                    is_enabled: Ok(value.is_enabled),
                    item_limit: Ok(value.item_limit),
                    login_name: Ok(value.login_name),
                    out_message_limit: Ok(value.out_message_limit),
                    publish_in_gal: Ok(value.publish_in_gal),
                    role: Ok(value.role),
                    status: Ok(value.status),
                    tenant_admin_of: Ok(value.tenant_admin_of),
                    updated_at: Ok(value.updated_at),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct RpcUserPattern {
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            disk_size_limit: ::std::result::Result<
                ::std::option::Option<super::SizeLimit>,
                ::std::string::String,
            >,
            domain_id: ::std::result::Result<
                ::std::option::Option<super::DomainId>,
                ::std::string::String,
            >,
            email_addresses: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                ::std::string::String,
            >,
            email_forwarding: ::std::result::Result<
                ::std::option::Option<super::EmailForwarding>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            full_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            groups: ::std::result::Result<
                ::std::option::Option<::std::vec::Vec<super::GroupId>>,
                ::std::string::String,
            >,
            has_domain_restriction:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            is_enabled: ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            item_limit: ::std::result::Result<
                ::std::option::Option<super::CountLimit>,
                ::std::string::String,
            >,
            login_name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            out_message_limit: ::std::result::Result<
                ::std::option::Option<super::SizeLimit>,
                ::std::string::String,
            >,
            password: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            password_hash: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            publish_in_gal:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            role: ::std::result::Result<
                ::std::option::Option<super::UserRight>,
                ::std::string::String,
            >,
            status:
                ::std::result::Result<::std::option::Option<super::Status>, ::std::string::String>,
            template_id: ::std::result::Result<
                ::std::option::Option<super::TemplateId>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for RpcUserPattern {
            fn default() -> Self {
                Self {
                    description: Ok(Default::default()),
                    disk_size_limit: Ok(Default::default()),
                    domain_id: Ok(Default::default()),
                    email_addresses: Ok(Default::default()),
                    email_forwarding: Ok(Default::default()),
                    external_id: Ok(Default::default()),
                    full_name: Ok(Default::default()),
                    groups: Ok(Default::default()),
                    has_domain_restriction: Ok(Default::default()),
                    is_enabled: Ok(Default::default()),
                    item_limit: Ok(Default::default()),
                    login_name: Ok(Default::default()),
                    out_message_limit: Ok(Default::default()),
                    password: Ok(Default::default()),
                    password_hash: Ok(Default::default()),
                    publish_in_gal: Ok(Default::default()),
                    role: Ok(Default::default()),
                    status: Ok(Default::default()),
                    template_id: Ok(Default::default()),
                }
            }
        }

        impl RpcUserPattern {
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn disk_size_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SizeLimit>>,
                T::Error: ::std::fmt::Display,
            {
                self.disk_size_limit = value.try_into().map_err(|e| {
                    format!("error converting supplied value for disk_size_limit: {e}")
                });
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DomainId>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn email_addresses<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                >,
                T::Error: ::std::fmt::Display,
            {
                self.email_addresses = value.try_into().map_err(|e| {
                    format!("error converting supplied value for email_addresses: {e}")
                });
                self
            }
            pub fn email_forwarding<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::EmailForwarding>>,
                T::Error: ::std::fmt::Display,
            {
                self.email_forwarding = value.try_into().map_err(|e| {
                    format!("error converting supplied value for email_forwarding: {e}")
                });
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for external_id: {e}"));
                self
            }
            pub fn full_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.full_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for full_name: {e}"));
                self
            }
            pub fn groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::vec::Vec<super::GroupId>>>,
                T::Error: ::std::fmt::Display,
            {
                self.groups = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for groups: {e}"));
                self
            }
            pub fn has_domain_restriction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.has_domain_restriction = value.try_into().map_err(|e| {
                    format!("error converting supplied value for has_domain_restriction: {e}")
                });
                self
            }
            pub fn is_enabled<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.is_enabled = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for is_enabled: {e}"));
                self
            }
            pub fn item_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::CountLimit>>,
                T::Error: ::std::fmt::Display,
            {
                self.item_limit = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for item_limit: {e}"));
                self
            }
            pub fn login_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.login_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for login_name: {e}"));
                self
            }
            pub fn out_message_limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SizeLimit>>,
                T::Error: ::std::fmt::Display,
            {
                self.out_message_limit = value.try_into().map_err(|e| {
                    format!("error converting supplied value for out_message_limit: {e}")
                });
                self
            }
            pub fn password<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.password = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for password: {e}"));
                self
            }
            pub fn password_hash<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.password_hash = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for password_hash: {e}"));
                self
            }
            pub fn publish_in_gal<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.publish_in_gal = value.try_into().map_err(|e| {
                    format!("error converting supplied value for publish_in_gal: {e}")
                });
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::UserRight>>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for role: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Status>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn template_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TemplateId>>,
                T::Error: ::std::fmt::Display,
            {
                self.template_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for template_id: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<RpcUserPattern> for super::RpcUserPattern {
            type Error = super::error::ConversionError;
            fn try_from(
                value: RpcUserPattern,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    description: value.description?,
                    disk_size_limit: value.disk_size_limit?,
                    domain_id: value.domain_id?,
                    email_addresses: value.email_addresses?,
                    email_forwarding: value.email_forwarding?,
                    external_id: value.external_id?,
                    full_name: value.full_name?,
                    groups: value.groups?,
                    has_domain_restriction: value.has_domain_restriction?,
                    is_enabled: value.is_enabled?,
                    item_limit: value.item_limit?,
                    login_name: value.login_name?,
                    out_message_limit: value.out_message_limit?,
                    password: value.password?,
                    password_hash: value.password_hash?,
                    publish_in_gal: value.publish_in_gal?,
                    role: value.role?,
                    status: value.status?,
                    template_id: value.template_id?,
                })
            }
        }

        impl ::std::convert::From<super::RpcUserPattern> for RpcUserPattern {
            fn from(value: super::RpcUserPattern) -> Self {
                Self {
                    description: Ok(value.description),
                    disk_size_limit: Ok(value.disk_size_limit),
                    domain_id: Ok(value.domain_id),
                    email_addresses: Ok(value.email_addresses),
                    email_forwarding: Ok(value.email_forwarding),
                    external_id: Ok(value.external_id),
                    full_name: Ok(value.full_name),
                    groups: Ok(value.groups),
                    has_domain_restriction: Ok(value.has_domain_restriction),
                    is_enabled: Ok(value.is_enabled),
                    item_limit: Ok(value.item_limit),
                    login_name: Ok(value.login_name),
                    out_message_limit: Ok(value.out_message_limit),
                    password: Ok(value.password),
                    password_hash: Ok(value.password_hash),
                    publish_in_gal: Ok(value.publish_in_gal),
                    role: Ok(value.role),
                    status: Ok(value.status),
                    template_id: Ok(value.template_id),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct SearchCondition {
            comparator: ::std::result::Result<super::Comparator, ::std::string::String>,
            field_name: ::std::result::Result<::std::string::String, ::std::string::String>,
            value: ::std::result::Result<super::ConditionValue, ::std::string::String>,
        }

        impl ::std::default::Default for SearchCondition {
            fn default() -> Self {
                Self {
                    comparator: Err("no value supplied for comparator".to_string()),
                    field_name: Err("no value supplied for field_name".to_string()),
                    value: Err("no value supplied for value".to_string()),
                }
            }
        }

        impl SearchCondition {
            pub fn comparator<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Comparator>,
                T::Error: ::std::fmt::Display,
            {
                self.comparator = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for comparator: {e}"));
                self
            }
            pub fn field_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.field_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for field_name: {e}"));
                self
            }
            pub fn value<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ConditionValue>,
                T::Error: ::std::fmt::Display,
            {
                self.value = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for value: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<SearchCondition> for super::SearchCondition {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchCondition,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    comparator: value.comparator?,
                    field_name: value.field_name?,
                    value: value.value?,
                })
            }
        }

        impl ::std::convert::From<super::SearchCondition> for SearchCondition {
            fn from(value: super::SearchCondition) -> Self {
                Self {
                    comparator: Ok(value.comparator),
                    field_name: Ok(value.field_name),
                    value: Ok(value.value),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct SearchQuery {
            combining: ::std::result::Result<
                ::std::option::Option<super::Combining>,
                ::std::string::String,
            >,
            conditions: ::std::result::Result<
                ::std::vec::Vec<super::SearchCondition>,
                ::std::string::String,
            >,
            fields: ::std::result::Result<
                ::std::vec::Vec<::std::string::String>,
                ::std::string::String,
            >,
            limit: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            order_by:
                ::std::result::Result<::std::vec::Vec<super::SortOrder>, ::std::string::String>,
            start: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        }

        impl ::std::default::Default for SearchQuery {
            fn default() -> Self {
                Self {
                    combining: Ok(Default::default()),
                    conditions: Ok(Default::default()),
                    fields: Ok(Default::default()),
                    limit: Ok(Default::default()),
                    order_by: Ok(Default::default()),
                    start: Ok(Default::default()),
                }
            }
        }

        impl SearchQuery {
            pub fn combining<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Combining>>,
                T::Error: ::std::fmt::Display,
            {
                self.combining = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for combining: {e}"));
                self
            }
            pub fn conditions<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SearchCondition>>,
                T::Error: ::std::fmt::Display,
            {
                self.conditions = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for conditions: {e}"));
                self
            }
            pub fn fields<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.fields = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for fields: {e}"));
                self
            }
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.limit = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for limit: {e}"));
                self
            }
            pub fn order_by<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::SortOrder>>,
                T::Error: ::std::fmt::Display,
            {
                self.order_by = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for order_by: {e}"));
                self
            }
            pub fn start<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.start = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for start: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<SearchQuery> for super::SearchQuery {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SearchQuery,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    combining: value.combining?,
                    conditions: value.conditions?,
                    fields: value.fields?,
                    limit: value.limit?,
                    order_by: value.order_by?,
                    start: value.start?,
                })
            }
        }

        impl ::std::convert::From<super::SearchQuery> for SearchQuery {
            fn from(value: super::SearchQuery) -> Self {
                Self {
                    combining: Ok(value.combining),
                    conditions: Ok(value.conditions),
                    fields: Ok(value.fields),
                    limit: Ok(value.limit),
                    order_by: Ok(value.order_by),
                    start: Ok(value.start),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct SecuritySettings {
            access_token_seconds: ::std::result::Result<i64, ::std::string::String>,
            lockout_seconds: ::std::result::Result<i64, ::std::string::String>,
            lockout_threshold: ::std::result::Result<i32, ::std::string::String>,
            refresh_token_seconds: ::std::result::Result<i64, ::std::string::String>,
            session_idle_seconds:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        }

        impl ::std::default::Default for SecuritySettings {
            fn default() -> Self {
                Self {
                    access_token_seconds: Err(
                        "no value supplied for access_token_seconds".to_string()
                    ),
                    lockout_seconds: Err("no value supplied for lockout_seconds".to_string()),
                    lockout_threshold: Err("no value supplied for lockout_threshold".to_string()),
                    refresh_token_seconds: Err(
                        "no value supplied for refresh_token_seconds".to_string()
                    ),
                    session_idle_seconds: Ok(Default::default()),
                }
            }
        }

        impl SecuritySettings {
            pub fn access_token_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token_seconds = value.try_into().map_err(|e| {
                    format!("error converting supplied value for access_token_seconds: {e}")
                });
                self
            }
            pub fn lockout_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.lockout_seconds = value.try_into().map_err(|e| {
                    format!("error converting supplied value for lockout_seconds: {e}")
                });
                self
            }
            pub fn lockout_threshold<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.lockout_threshold = value.try_into().map_err(|e| {
                    format!("error converting supplied value for lockout_threshold: {e}")
                });
                self
            }
            pub fn refresh_token_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token_seconds = value.try_into().map_err(|e| {
                    format!("error converting supplied value for refresh_token_seconds: {e}")
                });
                self
            }
            pub fn session_idle_seconds<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.session_idle_seconds = value.try_into().map_err(|e| {
                    format!("error converting supplied value for session_idle_seconds: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<SecuritySettings> for super::SecuritySettings {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SecuritySettings,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token_seconds: value.access_token_seconds?,
                    lockout_seconds: value.lockout_seconds?,
                    lockout_threshold: value.lockout_threshold?,
                    refresh_token_seconds: value.refresh_token_seconds?,
                    session_idle_seconds: value.session_idle_seconds?,
                })
            }
        }

        impl ::std::convert::From<super::SecuritySettings> for SecuritySettings {
            fn from(value: super::SecuritySettings) -> Self {
                Self {
                    access_token_seconds: Ok(value.access_token_seconds),
                    lockout_seconds: Ok(value.lockout_seconds),
                    lockout_threshold: Ok(value.lockout_threshold),
                    refresh_token_seconds: Ok(value.refresh_token_seconds),
                    session_idle_seconds: Ok(value.session_idle_seconds),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct ServerVersionResult {
            build: ::std::result::Result<i32, ::std::string::String>,
            major: ::std::result::Result<i32, ::std::string::String>,
            minor: ::std::result::Result<i32, ::std::string::String>,
            product: ::std::result::Result<::std::string::String, ::std::string::String>,
            revision: ::std::result::Result<i32, ::std::string::String>,
            version: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for ServerVersionResult {
            fn default() -> Self {
                Self {
                    build: Err("no value supplied for build".to_string()),
                    major: Err("no value supplied for major".to_string()),
                    minor: Err("no value supplied for minor".to_string()),
                    product: Err("no value supplied for product".to_string()),
                    revision: Err("no value supplied for revision".to_string()),
                    version: Err("no value supplied for version".to_string()),
                }
            }
        }

        impl ServerVersionResult {
            pub fn build<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.build = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for build: {e}"));
                self
            }
            pub fn major<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.major = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for major: {e}"));
                self
            }
            pub fn minor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.minor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for minor: {e}"));
                self
            }
            pub fn product<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.product = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for product: {e}"));
                self
            }
            pub fn revision<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.revision = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for revision: {e}"));
                self
            }
            pub fn version<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.version = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for version: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<ServerVersionResult> for super::ServerVersionResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: ServerVersionResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    build: value.build?,
                    major: value.major?,
                    minor: value.minor?,
                    product: value.product?,
                    revision: value.revision?,
                    version: value.version?,
                })
            }
        }

        impl ::std::convert::From<super::ServerVersionResult> for ServerVersionResult {
            fn from(value: super::ServerVersionResult) -> Self {
                Self {
                    build: Ok(value.build),
                    major: Ok(value.major),
                    minor: Ok(value.minor),
                    product: Ok(value.product),
                    revision: Ok(value.revision),
                    version: Ok(value.version),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Session {
            access_token: ::std::result::Result<::std::string::String, ::std::string::String>,
            account_id: ::std::result::Result<super::AccountId, ::std::string::String>,
            expires_in: ::std::result::Result<i64, ::std::string::String>,
            read_only: ::std::result::Result<bool, ::std::string::String>,
            refresh_token: ::std::result::Result<::std::string::String, ::std::string::String>,
            role: ::std::result::Result<super::Role, ::std::string::String>,
            token_type: ::std::result::Result<::std::string::String, ::std::string::String>,
        }

        impl ::std::default::Default for Session {
            fn default() -> Self {
                Self {
                    access_token: Err("no value supplied for access_token".to_string()),
                    account_id: Err("no value supplied for account_id".to_string()),
                    expires_in: Err("no value supplied for expires_in".to_string()),
                    read_only: Err("no value supplied for read_only".to_string()),
                    refresh_token: Err("no value supplied for refresh_token".to_string()),
                    role: Err("no value supplied for role".to_string()),
                    token_type: Err("no value supplied for token_type".to_string()),
                }
            }
        }

        impl Session {
            pub fn access_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.access_token = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for access_token: {e}"));
                self
            }
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AccountId>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for account_id: {e}"));
                self
            }
            pub fn expires_in<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.expires_in = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for expires_in: {e}"));
                self
            }
            pub fn read_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.read_only = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for read_only: {e}"));
                self
            }
            pub fn refresh_token<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.refresh_token = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for refresh_token: {e}"));
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Role>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for role: {e}"));
                self
            }
            pub fn token_type<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.token_type = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for token_type: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Session> for super::Session {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Session,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    access_token: value.access_token?,
                    account_id: value.account_id?,
                    expires_in: value.expires_in?,
                    read_only: value.read_only?,
                    refresh_token: value.refresh_token?,
                    role: value.role?,
                    token_type: value.token_type?,
                })
            }
        }

        impl ::std::convert::From<super::Session> for Session {
            fn from(value: super::Session) -> Self {
                Self {
                    access_token: Ok(value.access_token),
                    account_id: Ok(value.account_id),
                    expires_in: Ok(value.expires_in),
                    read_only: Ok(value.read_only),
                    refresh_token: Ok(value.refresh_token),
                    role: Ok(value.role),
                    token_type: Ok(value.token_type),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct SizeLimit {
            is_active: ::std::result::Result<bool, ::std::string::String>,
            limit: ::std::result::Result<super::ByteValue, ::std::string::String>,
        }

        impl ::std::default::Default for SizeLimit {
            fn default() -> Self {
                Self {
                    is_active: Err("no value supplied for is_active".to_string()),
                    limit: Err("no value supplied for limit".to_string()),
                }
            }
        }

        impl SizeLimit {
            pub fn is_active<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.is_active = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for is_active: {e}"));
                self
            }
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::ByteValue>,
                T::Error: ::std::fmt::Display,
            {
                self.limit = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for limit: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<SizeLimit> for super::SizeLimit {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SizeLimit,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    is_active: value.is_active?,
                    limit: value.limit?,
                })
            }
        }

        impl ::std::convert::From<super::SizeLimit> for SizeLimit {
            fn from(value: super::SizeLimit) -> Self {
                Self {
                    is_active: Ok(value.is_active),
                    limit: Ok(value.limit),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct SmtpSecurity {
            exempt_group_id: ::std::result::Result<
                ::std::option::Option<super::IpGroupId>,
                ::std::string::String,
            >,
            max_connections_per_ip: ::std::result::Result<i32, ::std::string::String>,
            max_failed_commands: ::std::result::Result<i32, ::std::string::String>,
            max_message_size: ::std::result::Result<i64, ::std::string::String>,
            max_messages_per_hour_per_ip: ::std::result::Result<i32, ::std::string::String>,
            max_received_hops: ::std::result::Result<i32, ::std::string::String>,
            max_recipients: ::std::result::Result<i32, ::std::string::String>,
            max_unknown_recipients_per_ip: ::std::result::Result<i32, ::std::string::String>,
            open_relay: ::std::result::Result<bool, ::std::string::String>,
            relay_group_id: ::std::result::Result<
                ::std::option::Option<super::IpGroupId>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for SmtpSecurity {
            fn default() -> Self {
                Self {
                    exempt_group_id: Ok(Default::default()),
                    max_connections_per_ip: Ok(super::defaults::default_u64::<i32, 50>()),
                    max_failed_commands: Ok(super::defaults::default_u64::<i32, 20>()),
                    max_message_size: Ok(super::defaults::default_u64::<i64, 52428800>()),
                    max_messages_per_hour_per_ip: Ok(Default::default()),
                    max_received_hops: Ok(super::defaults::default_u64::<i32, 50>()),
                    max_recipients: Ok(super::defaults::default_u64::<i32, 100>()),
                    max_unknown_recipients_per_ip: Ok(Default::default()),
                    open_relay: Ok(Default::default()),
                    relay_group_id: Ok(Default::default()),
                }
            }
        }

        impl SmtpSecurity {
            pub fn exempt_group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::IpGroupId>>,
                T::Error: ::std::fmt::Display,
            {
                self.exempt_group_id = value.try_into().map_err(|e| {
                    format!("error converting supplied value for exempt_group_id: {e}")
                });
                self
            }
            pub fn max_connections_per_ip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.max_connections_per_ip = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_connections_per_ip: {e}")
                });
                self
            }
            pub fn max_failed_commands<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.max_failed_commands = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_failed_commands: {e}")
                });
                self
            }
            pub fn max_message_size<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.max_message_size = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_message_size: {e}")
                });
                self
            }
            pub fn max_messages_per_hour_per_ip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.max_messages_per_hour_per_ip = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_messages_per_hour_per_ip: {e}")
                });
                self
            }
            pub fn max_received_hops<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.max_received_hops = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_received_hops: {e}")
                });
                self
            }
            pub fn max_recipients<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.max_recipients = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_recipients: {e}")
                });
                self
            }
            pub fn max_unknown_recipients_per_ip<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i32>,
                T::Error: ::std::fmt::Display,
            {
                self.max_unknown_recipients_per_ip = value.try_into().map_err(|e| {
                    format!(
                        "error converting supplied value for max_unknown_recipients_per_ip: {e}"
                    )
                });
                self
            }
            pub fn open_relay<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.open_relay = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for open_relay: {e}"));
                self
            }
            pub fn relay_group_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::IpGroupId>>,
                T::Error: ::std::fmt::Display,
            {
                self.relay_group_id = value.try_into().map_err(|e| {
                    format!("error converting supplied value for relay_group_id: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<SmtpSecurity> for super::SmtpSecurity {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SmtpSecurity,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    exempt_group_id: value.exempt_group_id?,
                    max_connections_per_ip: value.max_connections_per_ip?,
                    max_failed_commands: value.max_failed_commands?,
                    max_message_size: value.max_message_size?,
                    max_messages_per_hour_per_ip: value.max_messages_per_hour_per_ip?,
                    max_received_hops: value.max_received_hops?,
                    max_recipients: value.max_recipients?,
                    max_unknown_recipients_per_ip: value.max_unknown_recipients_per_ip?,
                    open_relay: value.open_relay?,
                    relay_group_id: value.relay_group_id?,
                })
            }
        }

        impl ::std::convert::From<super::SmtpSecurity> for SmtpSecurity {
            fn from(value: super::SmtpSecurity) -> Self {
                Self {
                    exempt_group_id: Ok(value.exempt_group_id),
                    max_connections_per_ip: Ok(value.max_connections_per_ip),
                    max_failed_commands: Ok(value.max_failed_commands),
                    max_message_size: Ok(value.max_message_size),
                    max_messages_per_hour_per_ip: Ok(value.max_messages_per_hour_per_ip),
                    max_received_hops: Ok(value.max_received_hops),
                    max_recipients: Ok(value.max_recipients),
                    max_unknown_recipients_per_ip: Ok(value.max_unknown_recipients_per_ip),
                    open_relay: Ok(value.open_relay),
                    relay_group_id: Ok(value.relay_group_id),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct SortOrder {
            case_sensitive:
                ::std::result::Result<::std::option::Option<bool>, ::std::string::String>,
            column_name: ::std::result::Result<::std::string::String, ::std::string::String>,
            direction: ::std::result::Result<
                ::std::option::Option<super::Direction>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for SortOrder {
            fn default() -> Self {
                Self {
                    case_sensitive: Ok(Default::default()),
                    column_name: Err("no value supplied for column_name".to_string()),
                    direction: Ok(Default::default()),
                }
            }
        }

        impl SortOrder {
            pub fn case_sensitive<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<bool>>,
                T::Error: ::std::fmt::Display,
            {
                self.case_sensitive = value.try_into().map_err(|e| {
                    format!("error converting supplied value for case_sensitive: {e}")
                });
                self
            }
            pub fn column_name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.column_name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for column_name: {e}"));
                self
            }
            pub fn direction<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Direction>>,
                T::Error: ::std::fmt::Display,
            {
                self.direction = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for direction: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<SortOrder> for super::SortOrder {
            type Error = super::error::ConversionError;
            fn try_from(
                value: SortOrder,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    case_sensitive: value.case_sensitive?,
                    column_name: value.column_name?,
                    direction: value.direction?,
                })
            }
        }

        impl ::std::convert::From<super::SortOrder> for SortOrder {
            fn from(value: super::SortOrder) -> Self {
                Self {
                    case_sensitive: Ok(value.case_sensitive),
                    column_name: Ok(value.column_name),
                    direction: Ok(value.direction),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct Tenant {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            id: ::std::result::Result<super::TenantId, ::std::string::String>,
            kind: ::std::result::Result<super::TenantKind, ::std::string::String>,
            limits: ::std::result::Result<super::TenantLimits, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            parent_id: ::std::result::Result<
                ::std::option::Option<super::TenantId>,
                ::std::string::String,
            >,
            status: ::std::result::Result<super::Status, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            usage: ::std::result::Result<super::TenantUsage, ::std::string::String>,
        }

        impl ::std::default::Default for Tenant {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    external_id: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    kind: Err("no value supplied for kind".to_string()),
                    limits: Err("no value supplied for limits".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    parent_id: Ok(Default::default()),
                    status: Err("no value supplied for status".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                    usage: Err("no value supplied for usage".to_string()),
                }
            }
        }

        impl Tenant {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for external_id: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TenantId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn kind<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TenantKind>,
                T::Error: ::std::fmt::Display,
            {
                self.kind = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for kind: {e}"));
                self
            }
            pub fn limits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TenantLimits>,
                T::Error: ::std::fmt::Display,
            {
                self.limits = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for limits: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn parent_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TenantId>>,
                T::Error: ::std::fmt::Display,
            {
                self.parent_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for parent_id: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Status>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
                self
            }
            pub fn usage<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TenantUsage>,
                T::Error: ::std::fmt::Display,
            {
                self.usage = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for usage: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<Tenant> for super::Tenant {
            type Error = super::error::ConversionError;
            fn try_from(
                value: Tenant,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    external_id: value.external_id?,
                    id: value.id?,
                    kind: value.kind?,
                    limits: value.limits?,
                    name: value.name?,
                    parent_id: value.parent_id?,
                    status: value.status?,
                    updated_at: value.updated_at?,
                    usage: value.usage?,
                })
            }
        }

        impl ::std::convert::From<super::Tenant> for Tenant {
            fn from(value: super::Tenant) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    external_id: Ok(value.external_id),
                    id: Ok(value.id),
                    kind: Ok(value.kind),
                    limits: Ok(value.limits),
                    name: Ok(value.name),
                    parent_id: Ok(value.parent_id),
                    status: Ok(value.status),
                    updated_at: Ok(value.updated_at),
                    usage: Ok(value.usage),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct TenantLimits {
            max_accounts: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            max_aliases: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            max_domains: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            max_groups: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            max_storage_bytes:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        }

        impl ::std::default::Default for TenantLimits {
            fn default() -> Self {
                Self {
                    max_accounts: Ok(Default::default()),
                    max_aliases: Ok(Default::default()),
                    max_domains: Ok(Default::default()),
                    max_groups: Ok(Default::default()),
                    max_storage_bytes: Ok(Default::default()),
                }
            }
        }

        impl TenantLimits {
            pub fn max_accounts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_accounts = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for max_accounts: {e}"));
                self
            }
            pub fn max_aliases<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_aliases = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for max_aliases: {e}"));
                self
            }
            pub fn max_domains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_domains = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for max_domains: {e}"));
                self
            }
            pub fn max_groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_groups = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for max_groups: {e}"));
                self
            }
            pub fn max_storage_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_storage_bytes = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_storage_bytes: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<TenantLimits> for super::TenantLimits {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TenantLimits,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    max_accounts: value.max_accounts?,
                    max_aliases: value.max_aliases?,
                    max_domains: value.max_domains?,
                    max_groups: value.max_groups?,
                    max_storage_bytes: value.max_storage_bytes?,
                })
            }
        }

        impl ::std::convert::From<super::TenantLimits> for TenantLimits {
            fn from(value: super::TenantLimits) -> Self {
                Self {
                    max_accounts: Ok(value.max_accounts),
                    max_aliases: Ok(value.max_aliases),
                    max_domains: Ok(value.max_domains),
                    max_groups: Ok(value.max_groups),
                    max_storage_bytes: Ok(value.max_storage_bytes),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct TenantLimitsPatch {
            max_accounts: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            max_aliases: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            max_domains: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            max_groups: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            max_storage_bytes:
                ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
        }

        impl ::std::default::Default for TenantLimitsPatch {
            fn default() -> Self {
                Self {
                    max_accounts: Ok(Default::default()),
                    max_aliases: Ok(Default::default()),
                    max_domains: Ok(Default::default()),
                    max_groups: Ok(Default::default()),
                    max_storage_bytes: Ok(Default::default()),
                }
            }
        }

        impl TenantLimitsPatch {
            pub fn max_accounts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_accounts = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for max_accounts: {e}"));
                self
            }
            pub fn max_aliases<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_aliases = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for max_aliases: {e}"));
                self
            }
            pub fn max_domains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_domains = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for max_domains: {e}"));
                self
            }
            pub fn max_groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_groups = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for max_groups: {e}"));
                self
            }
            pub fn max_storage_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.max_storage_bytes = value.try_into().map_err(|e| {
                    format!("error converting supplied value for max_storage_bytes: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<TenantLimitsPatch> for super::TenantLimitsPatch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TenantLimitsPatch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    max_accounts: value.max_accounts?,
                    max_aliases: value.max_aliases?,
                    max_domains: value.max_domains?,
                    max_groups: value.max_groups?,
                    max_storage_bytes: value.max_storage_bytes?,
                })
            }
        }

        impl ::std::convert::From<super::TenantLimitsPatch> for TenantLimitsPatch {
            fn from(value: super::TenantLimitsPatch) -> Self {
                Self {
                    max_accounts: Ok(value.max_accounts),
                    max_aliases: Ok(value.max_aliases),
                    max_domains: Ok(value.max_domains),
                    max_groups: Ok(value.max_groups),
                    max_storage_bytes: Ok(value.max_storage_bytes),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct TenantList {
            list: ::std::result::Result<::std::vec::Vec<super::Tenant>, ::std::string::String>,
            total_items: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for TenantList {
            fn default() -> Self {
                Self {
                    list: Err("no value supplied for list".to_string()),
                    total_items: Err("no value supplied for total_items".to_string()),
                }
            }
        }

        impl TenantList {
            pub fn list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Tenant>>,
                T::Error: ::std::fmt::Display,
            {
                self.list = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for list: {e}"));
                self
            }
            pub fn total_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_items = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for total_items: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<TenantList> for super::TenantList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TenantList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    list: value.list?,
                    total_items: value.total_items?,
                })
            }
        }

        impl ::std::convert::From<super::TenantList> for TenantList {
            fn from(value: super::TenantList) -> Self {
                Self {
                    list: Ok(value.list),
                    total_items: Ok(value.total_items),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct TenantPage {
            items: ::std::result::Result<::std::vec::Vec<super::Tenant>, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for TenantPage {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    next_cursor: Ok(Default::default()),
                }
            }
        }

        impl TenantPage {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::Tenant>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for items: {e}"));
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for next_cursor: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<TenantPage> for super::TenantPage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TenantPage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    items: value.items?,
                    next_cursor: value.next_cursor?,
                })
            }
        }

        impl ::std::convert::From<super::TenantPage> for TenantPage {
            fn from(value: super::TenantPage) -> Self {
                Self {
                    items: Ok(value.items),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct TenantPatch {
            external_id: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            limits: ::std::result::Result<
                ::std::option::Option<super::TenantLimitsPatch>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            status:
                ::std::result::Result<::std::option::Option<super::Status>, ::std::string::String>,
        }

        impl ::std::default::Default for TenantPatch {
            fn default() -> Self {
                Self {
                    external_id: Ok(Default::default()),
                    limits: Ok(Default::default()),
                    name: Ok(Default::default()),
                    status: Ok(Default::default()),
                }
            }
        }

        impl TenantPatch {
            pub fn external_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.external_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for external_id: {e}"));
                self
            }
            pub fn limits<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::TenantLimitsPatch>>,
                T::Error: ::std::fmt::Display,
            {
                self.limits = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for limits: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn status<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::Status>>,
                T::Error: ::std::fmt::Display,
            {
                self.status = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for status: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<TenantPatch> for super::TenantPatch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TenantPatch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    external_id: value.external_id?,
                    limits: value.limits?,
                    name: value.name?,
                    status: value.status?,
                })
            }
        }

        impl ::std::convert::From<super::TenantPatch> for TenantPatch {
            fn from(value: super::TenantPatch) -> Self {
                Self {
                    external_id: Ok(value.external_id),
                    limits: Ok(value.limits),
                    name: Ok(value.name),
                    status: Ok(value.status),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct TenantUsage {
            accounts: ::std::result::Result<i64, ::std::string::String>,
            aliases: ::std::result::Result<i64, ::std::string::String>,
            domains: ::std::result::Result<i64, ::std::string::String>,
            groups: ::std::result::Result<i64, ::std::string::String>,
            storage_bytes: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for TenantUsage {
            fn default() -> Self {
                Self {
                    accounts: Err("no value supplied for accounts".to_string()),
                    aliases: Err("no value supplied for aliases".to_string()),
                    domains: Err("no value supplied for domains".to_string()),
                    groups: Err("no value supplied for groups".to_string()),
                    storage_bytes: Err("no value supplied for storage_bytes".to_string()),
                }
            }
        }

        impl TenantUsage {
            pub fn accounts<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.accounts = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for accounts: {e}"));
                self
            }
            pub fn aliases<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.aliases = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for aliases: {e}"));
                self
            }
            pub fn domains<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.domains = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domains: {e}"));
                self
            }
            pub fn groups<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.groups = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for groups: {e}"));
                self
            }
            pub fn storage_bytes<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.storage_bytes = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for storage_bytes: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<TenantUsage> for super::TenantUsage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TenantUsage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    accounts: value.accounts?,
                    aliases: value.aliases?,
                    domains: value.domains?,
                    groups: value.groups?,
                    storage_bytes: value.storage_bytes?,
                })
            }
        }

        impl ::std::convert::From<super::TenantUsage> for TenantUsage {
            fn from(value: super::TenantUsage) -> Self {
                Self {
                    accounts: Ok(value.accounts),
                    aliases: Ok(value.aliases),
                    domains: Ok(value.domains),
                    groups: Ok(value.groups),
                    storage_bytes: Ok(value.storage_bytes),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct TenantsCreateParams {
            tenants:
                ::std::result::Result<::std::vec::Vec<super::NewTenant>, ::std::string::String>,
        }

        impl ::std::default::Default for TenantsCreateParams {
            fn default() -> Self {
                Self {
                    tenants: Err("no value supplied for tenants".to_string()),
                }
            }
        }

        impl TenantsCreateParams {
            pub fn tenants<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::NewTenant>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenants = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tenants: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<TenantsCreateParams> for super::TenantsCreateParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TenantsCreateParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    tenants: value.tenants?,
                })
            }
        }

        impl ::std::convert::From<super::TenantsCreateParams> for TenantsCreateParams {
            fn from(value: super::TenantsCreateParams) -> Self {
                Self {
                    tenants: Ok(value.tenants),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct TenantsGetParams {
            query: ::std::result::Result<
                ::std::option::Option<super::SearchQuery>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for TenantsGetParams {
            fn default() -> Self {
                Self {
                    query: Ok(Default::default()),
                }
            }
        }

        impl TenantsGetParams {
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SearchQuery>>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for query: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<TenantsGetParams> for super::TenantsGetParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TenantsGetParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    query: value.query?,
                })
            }
        }

        impl ::std::convert::From<super::TenantsGetParams> for TenantsGetParams {
            fn from(value: super::TenantsGetParams) -> Self {
                Self {
                    query: Ok(value.query),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct TenantsRemoveParams {
            tenant_ids:
                ::std::result::Result<::std::vec::Vec<super::TenantId>, ::std::string::String>,
        }

        impl ::std::default::Default for TenantsRemoveParams {
            fn default() -> Self {
                Self {
                    tenant_ids: Err("no value supplied for tenant_ids".to_string()),
                }
            }
        }

        impl TenantsRemoveParams {
            pub fn tenant_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TenantId>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_ids = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tenant_ids: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<TenantsRemoveParams> for super::TenantsRemoveParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TenantsRemoveParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    tenant_ids: value.tenant_ids?,
                })
            }
        }

        impl ::std::convert::From<super::TenantsRemoveParams> for TenantsRemoveParams {
            fn from(value: super::TenantsRemoveParams) -> Self {
                Self {
                    tenant_ids: Ok(value.tenant_ids),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct TenantsSetParams {
            pattern: ::std::result::Result<super::TenantPatch, ::std::string::String>,
            tenant_ids:
                ::std::result::Result<::std::vec::Vec<super::TenantId>, ::std::string::String>,
        }

        impl ::std::default::Default for TenantsSetParams {
            fn default() -> Self {
                Self {
                    pattern: Err("no value supplied for pattern".to_string()),
                    tenant_ids: Err("no value supplied for tenant_ids".to_string()),
                }
            }
        }

        impl TenantsSetParams {
            pub fn pattern<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TenantPatch>,
                T::Error: ::std::fmt::Display,
            {
                self.pattern = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for pattern: {e}"));
                self
            }
            pub fn tenant_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TenantId>>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_ids = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tenant_ids: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<TenantsSetParams> for super::TenantsSetParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: TenantsSetParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    pattern: value.pattern?,
                    tenant_ids: value.tenant_ids?,
                })
            }
        }

        impl ::std::convert::From<super::TenantsSetParams> for TenantsSetParams {
            fn from(value: super::TenantsSetParams) -> Self {
                Self {
                    pattern: Ok(value.pattern),
                    tenant_ids: Ok(value.tenant_ids),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UsageItem {
            limit: ::std::result::Result<::std::option::Option<i64>, ::std::string::String>,
            used: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for UsageItem {
            fn default() -> Self {
                Self {
                    limit: Ok(Default::default()),
                    used: Err("no value supplied for used".to_string()),
                }
            }
        }

        impl UsageItem {
            pub fn limit<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<i64>>,
                T::Error: ::std::fmt::Display,
            {
                self.limit = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for limit: {e}"));
                self
            }
            pub fn used<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.used = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for used: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<UsageItem> for super::UsageItem {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UsageItem,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    limit: value.limit?,
                    used: value.used?,
                })
            }
        }

        impl ::std::convert::From<super::UsageItem> for UsageItem {
            fn from(value: super::UsageItem) -> Self {
                Self {
                    limit: Ok(value.limit),
                    used: Ok(value.used),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UserList {
            list: ::std::result::Result<::std::vec::Vec<super::RpcUser>, ::std::string::String>,
            total_items: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for UserList {
            fn default() -> Self {
                Self {
                    list: Err("no value supplied for list".to_string()),
                    total_items: Err("no value supplied for total_items".to_string()),
                }
            }
        }

        impl UserList {
            pub fn list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RpcUser>>,
                T::Error: ::std::fmt::Display,
            {
                self.list = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for list: {e}"));
                self
            }
            pub fn total_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_items = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for total_items: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<UserList> for super::UserList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    list: value.list?,
                    total_items: value.total_items?,
                })
            }
        }

        impl ::std::convert::From<super::UserList> for UserList {
            fn from(value: super::UserList) -> Self {
                Self {
                    list: Ok(value.list),
                    total_items: Ok(value.total_items),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UserRight {
            user_role: ::std::result::Result<super::UserRoleType, ::std::string::String>,
        }

        impl ::std::default::Default for UserRight {
            fn default() -> Self {
                Self {
                    user_role: Err("no value supplied for user_role".to_string()),
                }
            }
        }

        impl UserRight {
            pub fn user_role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserRoleType>,
                T::Error: ::std::fmt::Display,
            {
                self.user_role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for user_role: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<UserRight> for super::UserRight {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserRight,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    user_role: value.user_role?,
                })
            }
        }

        impl ::std::convert::From<super::UserRight> for UserRight {
            fn from(value: super::UserRight) -> Self {
                Self {
                    user_role: Ok(value.user_role),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UserTemplate {
            created_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
            defaults: ::std::result::Result<super::AccountDefaults, ::std::string::String>,
            description: ::std::result::Result<::std::string::String, ::std::string::String>,
            domain_id: ::std::result::Result<
                ::std::option::Option<super::DomainId>,
                ::std::string::String,
            >,
            id: ::std::result::Result<super::TemplateId, ::std::string::String>,
            name: ::std::result::Result<::std::string::String, ::std::string::String>,
            tenant_id: ::std::result::Result<super::TenantId, ::std::string::String>,
            updated_at: ::std::result::Result<
                ::chrono::DateTime<::chrono::offset::Utc>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for UserTemplate {
            fn default() -> Self {
                Self {
                    created_at: Err("no value supplied for created_at".to_string()),
                    defaults: Err("no value supplied for defaults".to_string()),
                    description: Err("no value supplied for description".to_string()),
                    domain_id: Ok(Default::default()),
                    id: Err("no value supplied for id".to_string()),
                    name: Err("no value supplied for name".to_string()),
                    tenant_id: Err("no value supplied for tenant_id".to_string()),
                    updated_at: Err("no value supplied for updated_at".to_string()),
                }
            }
        }

        impl UserTemplate {
            pub fn created_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.created_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for created_at: {e}"));
                self
            }
            pub fn defaults<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::AccountDefaults>,
                T::Error: ::std::fmt::Display,
            {
                self.defaults = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for defaults: {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DomainId>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TemplateId>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
            pub fn tenant_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::TenantId>,
                T::Error: ::std::fmt::Display,
            {
                self.tenant_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for tenant_id: {e}"));
                self
            }
            pub fn updated_at<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
                T::Error: ::std::fmt::Display,
            {
                self.updated_at = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for updated_at: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<UserTemplate> for super::UserTemplate {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserTemplate,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    created_at: value.created_at?,
                    defaults: value.defaults?,
                    description: value.description?,
                    domain_id: value.domain_id?,
                    id: value.id?,
                    name: value.name?,
                    tenant_id: value.tenant_id?,
                    updated_at: value.updated_at?,
                })
            }
        }

        impl ::std::convert::From<super::UserTemplate> for UserTemplate {
            fn from(value: super::UserTemplate) -> Self {
                Self {
                    created_at: Ok(value.created_at),
                    defaults: Ok(value.defaults),
                    description: Ok(value.description),
                    domain_id: Ok(value.domain_id),
                    id: Ok(value.id),
                    name: Ok(value.name),
                    tenant_id: Ok(value.tenant_id),
                    updated_at: Ok(value.updated_at),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UserTemplateList {
            list:
                ::std::result::Result<::std::vec::Vec<super::UserTemplate>, ::std::string::String>,
            total_items: ::std::result::Result<i64, ::std::string::String>,
        }

        impl ::std::default::Default for UserTemplateList {
            fn default() -> Self {
                Self {
                    list: Err("no value supplied for list".to_string()),
                    total_items: Err("no value supplied for total_items".to_string()),
                }
            }
        }

        impl UserTemplateList {
            pub fn list<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UserTemplate>>,
                T::Error: ::std::fmt::Display,
            {
                self.list = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for list: {e}"));
                self
            }
            pub fn total_items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<i64>,
                T::Error: ::std::fmt::Display,
            {
                self.total_items = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for total_items: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<UserTemplateList> for super::UserTemplateList {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserTemplateList,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    list: value.list?,
                    total_items: value.total_items?,
                })
            }
        }

        impl ::std::convert::From<super::UserTemplateList> for UserTemplateList {
            fn from(value: super::UserTemplateList) -> Self {
                Self {
                    list: Ok(value.list),
                    total_items: Ok(value.total_items),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UserTemplatePage {
            items:
                ::std::result::Result<::std::vec::Vec<super::UserTemplate>, ::std::string::String>,
            next_cursor: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for UserTemplatePage {
            fn default() -> Self {
                Self {
                    items: Err("no value supplied for items".to_string()),
                    next_cursor: Ok(Default::default()),
                }
            }
        }

        impl UserTemplatePage {
            pub fn items<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::UserTemplate>>,
                T::Error: ::std::fmt::Display,
            {
                self.items = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for items: {e}"));
                self
            }
            pub fn next_cursor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.next_cursor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for next_cursor: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<UserTemplatePage> for super::UserTemplatePage {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserTemplatePage,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    items: value.items?,
                    next_cursor: value.next_cursor?,
                })
            }
        }

        impl ::std::convert::From<super::UserTemplatePage> for UserTemplatePage {
            fn from(value: super::UserTemplatePage) -> Self {
                Self {
                    items: Ok(value.items),
                    next_cursor: Ok(value.next_cursor),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UserTemplatePatch {
            defaults: ::std::result::Result<
                ::std::option::Option<super::AccountDefaults>,
                ::std::string::String,
            >,
            description: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
            name: ::std::result::Result<
                ::std::option::Option<::std::string::String>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for UserTemplatePatch {
            fn default() -> Self {
                Self {
                    defaults: Ok(Default::default()),
                    description: Ok(Default::default()),
                    name: Ok(Default::default()),
                }
            }
        }

        impl UserTemplatePatch {
            pub fn defaults<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AccountDefaults>>,
                T::Error: ::std::fmt::Display,
            {
                self.defaults = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for defaults: {e}"));
                self
            }
            pub fn description<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.description = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for description: {e}"));
                self
            }
            pub fn name<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<::std::string::String>>,
                T::Error: ::std::fmt::Display,
            {
                self.name = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for name: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<UserTemplatePatch> for super::UserTemplatePatch {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserTemplatePatch,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    defaults: value.defaults?,
                    description: value.description?,
                    name: value.name?,
                })
            }
        }

        impl ::std::convert::From<super::UserTemplatePatch> for UserTemplatePatch {
            fn from(value: super::UserTemplatePatch) -> Self {
                Self {
                    defaults: Ok(value.defaults),
                    description: Ok(value.description),
                    name: Ok(value.name),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UserTemplatesCreateParams {
            user_templates: ::std::result::Result<
                ::std::vec::Vec<super::NewUserTemplate>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for UserTemplatesCreateParams {
            fn default() -> Self {
                Self {
                    user_templates: Err("no value supplied for user_templates".to_string()),
                }
            }
        }

        impl UserTemplatesCreateParams {
            pub fn user_templates<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::NewUserTemplate>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_templates = value.try_into().map_err(|e| {
                    format!("error converting supplied value for user_templates: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<UserTemplatesCreateParams> for super::UserTemplatesCreateParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserTemplatesCreateParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    user_templates: value.user_templates?,
                })
            }
        }

        impl ::std::convert::From<super::UserTemplatesCreateParams> for UserTemplatesCreateParams {
            fn from(value: super::UserTemplatesCreateParams) -> Self {
                Self {
                    user_templates: Ok(value.user_templates),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UserTemplatesGetParams {
            domain_id: ::std::result::Result<
                ::std::option::Option<super::DomainId>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                ::std::option::Option<super::SearchQuery>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for UserTemplatesGetParams {
            fn default() -> Self {
                Self {
                    domain_id: Ok(Default::default()),
                    query: Ok(Default::default()),
                }
            }
        }

        impl UserTemplatesGetParams {
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DomainId>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SearchQuery>>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for query: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<UserTemplatesGetParams> for super::UserTemplatesGetParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserTemplatesGetParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    domain_id: value.domain_id?,
                    query: value.query?,
                })
            }
        }

        impl ::std::convert::From<super::UserTemplatesGetParams> for UserTemplatesGetParams {
            fn from(value: super::UserTemplatesGetParams) -> Self {
                Self {
                    domain_id: Ok(value.domain_id),
                    query: Ok(value.query),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UserTemplatesRemoveParams {
            user_template_ids:
                ::std::result::Result<::std::vec::Vec<super::TemplateId>, ::std::string::String>,
        }

        impl ::std::default::Default for UserTemplatesRemoveParams {
            fn default() -> Self {
                Self {
                    user_template_ids: Err("no value supplied for user_template_ids".to_string()),
                }
            }
        }

        impl UserTemplatesRemoveParams {
            pub fn user_template_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TemplateId>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_template_ids = value.try_into().map_err(|e| {
                    format!("error converting supplied value for user_template_ids: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<UserTemplatesRemoveParams> for super::UserTemplatesRemoveParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserTemplatesRemoveParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    user_template_ids: value.user_template_ids?,
                })
            }
        }

        impl ::std::convert::From<super::UserTemplatesRemoveParams> for UserTemplatesRemoveParams {
            fn from(value: super::UserTemplatesRemoveParams) -> Self {
                Self {
                    user_template_ids: Ok(value.user_template_ids),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UserTemplatesSetParams {
            pattern: ::std::result::Result<super::UserTemplatePatch, ::std::string::String>,
            user_template_ids:
                ::std::result::Result<::std::vec::Vec<super::TemplateId>, ::std::string::String>,
        }

        impl ::std::default::Default for UserTemplatesSetParams {
            fn default() -> Self {
                Self {
                    pattern: Err("no value supplied for pattern".to_string()),
                    user_template_ids: Err("no value supplied for user_template_ids".to_string()),
                }
            }
        }

        impl UserTemplatesSetParams {
            pub fn pattern<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserTemplatePatch>,
                T::Error: ::std::fmt::Display,
            {
                self.pattern = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for pattern: {e}"));
                self
            }
            pub fn user_template_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::TemplateId>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_template_ids = value.try_into().map_err(|e| {
                    format!("error converting supplied value for user_template_ids: {e}")
                });
                self
            }
        }

        impl ::std::convert::TryFrom<UserTemplatesSetParams> for super::UserTemplatesSetParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UserTemplatesSetParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    pattern: value.pattern?,
                    user_template_ids: value.user_template_ids?,
                })
            }
        }

        impl ::std::convert::From<super::UserTemplatesSetParams> for UserTemplatesSetParams {
            fn from(value: super::UserTemplatesSetParams) -> Self {
                Self {
                    pattern: Ok(value.pattern),
                    user_template_ids: Ok(value.user_template_ids),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UsersCreateParams {
            users: ::std::result::Result<
                ::std::vec::Vec<super::RpcUserPattern>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for UsersCreateParams {
            fn default() -> Self {
                Self {
                    users: Err("no value supplied for users".to_string()),
                }
            }
        }

        impl UsersCreateParams {
            pub fn users<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::RpcUserPattern>>,
                T::Error: ::std::fmt::Display,
            {
                self.users = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for users: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<UsersCreateParams> for super::UsersCreateParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UsersCreateParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    users: value.users?,
                })
            }
        }

        impl ::std::convert::From<super::UsersCreateParams> for UsersCreateParams {
            fn from(value: super::UsersCreateParams) -> Self {
                Self {
                    users: Ok(value.users),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UsersGetParams {
            domain_id: ::std::result::Result<
                ::std::option::Option<super::DomainId>,
                ::std::string::String,
            >,
            query: ::std::result::Result<
                ::std::option::Option<super::SearchQuery>,
                ::std::string::String,
            >,
        }

        impl ::std::default::Default for UsersGetParams {
            fn default() -> Self {
                Self {
                    domain_id: Ok(Default::default()),
                    query: Ok(Default::default()),
                }
            }
        }

        impl UsersGetParams {
            pub fn domain_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::DomainId>>,
                T::Error: ::std::fmt::Display,
            {
                self.domain_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for domain_id: {e}"));
                self
            }
            pub fn query<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::SearchQuery>>,
                T::Error: ::std::fmt::Display,
            {
                self.query = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for query: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<UsersGetParams> for super::UsersGetParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UsersGetParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    domain_id: value.domain_id?,
                    query: value.query?,
                })
            }
        }

        impl ::std::convert::From<super::UsersGetParams> for UsersGetParams {
            fn from(value: super::UsersGetParams) -> Self {
                Self {
                    domain_id: Ok(value.domain_id),
                    query: Ok(value.query),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UsersRemoveParams {
            user_ids:
                ::std::result::Result<::std::vec::Vec<super::AccountId>, ::std::string::String>,
        }

        impl ::std::default::Default for UsersRemoveParams {
            fn default() -> Self {
                Self {
                    user_ids: Err("no value supplied for user_ids".to_string()),
                }
            }
        }

        impl UsersRemoveParams {
            pub fn user_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AccountId>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_ids = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for user_ids: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<UsersRemoveParams> for super::UsersRemoveParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UsersRemoveParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    user_ids: value.user_ids?,
                })
            }
        }

        impl ::std::convert::From<super::UsersRemoveParams> for UsersRemoveParams {
            fn from(value: super::UsersRemoveParams) -> Self {
                Self {
                    user_ids: Ok(value.user_ids),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct UsersSetParams {
            pattern: ::std::result::Result<super::RpcUserPattern, ::std::string::String>,
            user_ids:
                ::std::result::Result<::std::vec::Vec<super::AccountId>, ::std::string::String>,
        }

        impl ::std::default::Default for UsersSetParams {
            fn default() -> Self {
                Self {
                    pattern: Err("no value supplied for pattern".to_string()),
                    user_ids: Err("no value supplied for user_ids".to_string()),
                }
            }
        }

        impl UsersSetParams {
            pub fn pattern<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::RpcUserPattern>,
                T::Error: ::std::fmt::Display,
            {
                self.pattern = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for pattern: {e}"));
                self
            }
            pub fn user_ids<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::vec::Vec<super::AccountId>>,
                T::Error: ::std::fmt::Display,
            {
                self.user_ids = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for user_ids: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<UsersSetParams> for super::UsersSetParams {
            type Error = super::error::ConversionError;
            fn try_from(
                value: UsersSetParams,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    pattern: value.pattern?,
                    user_ids: value.user_ids?,
                })
            }
        }

        impl ::std::convert::From<super::UsersSetParams> for UsersSetParams {
            fn from(value: super::UsersSetParams) -> Self {
                Self {
                    pattern: Ok(value.pattern),
                    user_ids: Ok(value.user_ids),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WhoAmI {
            account_id: ::std::result::Result<
                ::std::option::Option<super::AccountId>,
                ::std::string::String,
            >,
            actor: ::std::result::Result<::std::string::String, ::std::string::String>,
            read_only: ::std::result::Result<bool, ::std::string::String>,
            role: ::std::result::Result<super::Role, ::std::string::String>,
        }

        impl ::std::default::Default for WhoAmI {
            fn default() -> Self {
                Self {
                    account_id: Ok(Default::default()),
                    actor: Err("no value supplied for actor".to_string()),
                    read_only: Err("no value supplied for read_only".to_string()),
                    role: Err("no value supplied for role".to_string()),
                }
            }
        }

        impl WhoAmI {
            pub fn account_id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AccountId>>,
                T::Error: ::std::fmt::Display,
            {
                self.account_id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for account_id: {e}"));
                self
            }
            pub fn actor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.actor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for actor: {e}"));
                self
            }
            pub fn read_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.read_only = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for read_only: {e}"));
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Role>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for role: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<WhoAmI> for super::WhoAmI {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WhoAmI,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    account_id: value.account_id?,
                    actor: value.actor?,
                    read_only: value.read_only?,
                    role: value.role?,
                })
            }
        }

        impl ::std::convert::From<super::WhoAmI> for WhoAmI {
            fn from(value: super::WhoAmI) -> Self {
                Self {
                    account_id: Ok(value.account_id),
                    actor: Ok(value.actor),
                    read_only: Ok(value.read_only),
                    role: Ok(value.role),
                }
            }
        }

        #[derive(Clone, Debug)]
        pub struct WhoAmIResult {
            actor: ::std::result::Result<::std::string::String, ::std::string::String>,
            effective_role: ::std::result::Result<super::UserRight, ::std::string::String>,
            id: ::std::result::Result<
                ::std::option::Option<super::AccountId>,
                ::std::string::String,
            >,
            read_only: ::std::result::Result<bool, ::std::string::String>,
            role: ::std::result::Result<super::Role, ::std::string::String>,
        }

        impl ::std::default::Default for WhoAmIResult {
            fn default() -> Self {
                Self {
                    actor: Err("no value supplied for actor".to_string()),
                    effective_role: Err("no value supplied for effective_role".to_string()),
                    id: Ok(Default::default()),
                    read_only: Err("no value supplied for read_only".to_string()),
                    role: Err("no value supplied for role".to_string()),
                }
            }
        }

        impl WhoAmIResult {
            pub fn actor<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::string::String>,
                T::Error: ::std::fmt::Display,
            {
                self.actor = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for actor: {e}"));
                self
            }
            pub fn effective_role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::UserRight>,
                T::Error: ::std::fmt::Display,
            {
                self.effective_role = value.try_into().map_err(|e| {
                    format!("error converting supplied value for effective_role: {e}")
                });
                self
            }
            pub fn id<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<::std::option::Option<super::AccountId>>,
                T::Error: ::std::fmt::Display,
            {
                self.id = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for id: {e}"));
                self
            }
            pub fn read_only<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<bool>,
                T::Error: ::std::fmt::Display,
            {
                self.read_only = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for read_only: {e}"));
                self
            }
            pub fn role<T>(mut self, value: T) -> Self
            where
                T: ::std::convert::TryInto<super::Role>,
                T::Error: ::std::fmt::Display,
            {
                self.role = value
                    .try_into()
                    .map_err(|e| format!("error converting supplied value for role: {e}"));
                self
            }
        }

        impl ::std::convert::TryFrom<WhoAmIResult> for super::WhoAmIResult {
            type Error = super::error::ConversionError;
            fn try_from(
                value: WhoAmIResult,
            ) -> ::std::result::Result<Self, super::error::ConversionError> {
                Ok(Self {
                    actor: value.actor?,
                    effective_role: value.effective_role?,
                    id: value.id?,
                    read_only: value.read_only?,
                    role: value.role?,
                })
            }
        }

        impl ::std::convert::From<super::WhoAmIResult> for WhoAmIResult {
            fn from(value: super::WhoAmIResult) -> Self {
                Self {
                    actor: Ok(value.actor),
                    effective_role: Ok(value.effective_role),
                    id: Ok(value.id),
                    read_only: Ok(value.read_only),
                    role: Ok(value.role),
                }
            }
        }
    }

    /// Generation of default values for serde.
    pub mod defaults {
        pub(super) fn default_u64<T, const V: u64>() -> T
        where
            T: ::std::convert::TryFrom<u64>,
            <T as ::std::convert::TryFrom<u64>>::Error: ::std::fmt::Debug,
        {
            T::try_from(V).unwrap()
        }
    }

    /// Error types.
    pub mod error {
        /// Error from a `TryFrom` or `FromStr` implementation.
        pub struct ConversionError(::std::borrow::Cow<'static, str>);
        impl ::std::error::Error for ConversionError {}
        impl ::std::fmt::Display for ConversionError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }

        impl ::std::fmt::Debug for ConversionError {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> Result<(), ::std::fmt::Error> {
                ::std::fmt::Debug::fmt(&self.0, f)
            }
        }

        impl From<&'static str> for ConversionError {
            fn from(value: &'static str) -> Self {
                Self(value.into())
            }
        }

        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value.into())
            }
        }
    }
}

#[derive(Clone, Debug)]
///Client for Postbay admin API
///
///Provisioning for multi-tenant mail hosting: tenants, domains, accounts,
/// groups, aliases.
///
///Version: 0.1.0
pub struct Client {
    pub(crate) baseurl: String,
    pub(crate) client: reqwest::Client,
}

impl Client {
    /// Create a new client.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new(baseurl: &str) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        let client = {
            let dur = ::std::time::Duration::from_secs(15u64);
            reqwest::ClientBuilder::new()
                .connect_timeout(dur)
                .timeout(dur)
        };
        #[cfg(target_arch = "wasm32")]
        let client = reqwest::ClientBuilder::new();
        Self::new_with_client(baseurl, client.build().unwrap())
    }

    /// Construct a new client with an existing `reqwest::Client`,
    /// allowing more control over its configuration.
    ///
    /// `baseurl` is the base URL provided to the internal
    /// `reqwest::Client`, and should include a scheme and hostname,
    /// as well as port and a path stem if applicable.
    pub fn new_with_client(baseurl: &str, client: reqwest::Client) -> Self {
        Self {
            baseurl: baseurl.to_string(),
            client,
        }
    }
}

impl ClientInfo<()> for Client {
    fn api_version() -> &'static str {
        "0.1.0"
    }

    fn baseurl(&self) -> &str {
        self.baseurl.as_str()
    }

    fn client(&self) -> &reqwest::Client {
        &self.client
    }

    fn inner(&self) -> &() {
        &()
    }
}

impl ClientHooks<()> for &Client {}
impl Client {
    ///Sends a `GET` request to `/accounts`
    ///
    ///Arguments:
    /// - `cursor`: The `nextCursor` of the previous page.
    /// - `domain_id`
    /// - `external_id`
    /// - `full_name`: Case-insensitive prefix of the full name.
    /// - `limit`: Rows per page, 1 to 1000 (default 100).
    /// - `q`: Case-insensitive prefix search on the main name columns.
    /// - `sort`: `name` (default), `-name`, `created` or `-created`.
    /// - `status`
    /// - `tenant_id`: Accounts of this tenant's whole subtree.
    ///```ignore
    /// let response = client.list_accounts()
    ///    .cursor(cursor)
    ///    .domain_id(domain_id)
    ///    .external_id(external_id)
    ///    .full_name(full_name)
    ///    .limit(limit)
    ///    .q(q)
    ///    .sort(sort)
    ///    .status(status)
    ///    .tenant_id(tenant_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_accounts(&self) -> builder::ListAccounts<'_> {
        builder::ListAccounts::new(self)
    }

    ///Sends a `POST` request to `/accounts/bulk`
    ///
    ///Arguments:
    /// - `idempotency_key`: Replays the first response for the same key and
    ///   body
    /// - `body`
    ///```ignore
    /// let response = client.bulk_accounts()
    ///    .idempotency_key(idempotency_key)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn bulk_accounts(&self) -> builder::BulkAccounts<'_> {
        builder::BulkAccounts::new(self)
    }

    ///Sends a `GET` request to `/accounts/{accountId}`
    ///
    ///```ignore
    /// let response = client.get_account()
    ///    .account_id(account_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_account(&self) -> builder::GetAccount<'_> {
        builder::GetAccount::new(self)
    }

    ///Sends a `DELETE` request to `/accounts/{accountId}`
    ///
    ///```ignore
    /// let response = client.delete_account()
    ///    .account_id(account_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn delete_account(&self) -> builder::DeleteAccount<'_> {
        builder::DeleteAccount::new(self)
    }

    ///Sends a `PATCH` request to `/accounts/{accountId}`
    ///
    ///```ignore
    /// let response = client.update_account()
    ///    .account_id(account_id)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn update_account(&self) -> builder::UpdateAccount<'_> {
        builder::UpdateAccount::new(self)
    }

    ///Sends a `POST` request to `/addresses/resolve`
    ///
    ///```ignore
    /// let response = client.resolve_address()
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn resolve_address(&self) -> builder::ResolveAddress<'_> {
        builder::ResolveAddress::new(self)
    }

    ///Sends a `GET` request to `/aliases`
    ///
    ///Arguments:
    /// - `cursor`: The `nextCursor` of the previous page.
    /// - `domain_id`
    /// - `limit`: Rows per page, 1 to 1000 (default 100).
    /// - `q`: Case-insensitive prefix search on the main name columns.
    /// - `sort`: `name` (default), `-name`, `created` or `-created`.
    /// - `tenant_id`
    ///```ignore
    /// let response = client.list_aliases()
    ///    .cursor(cursor)
    ///    .domain_id(domain_id)
    ///    .limit(limit)
    ///    .q(q)
    ///    .sort(sort)
    ///    .tenant_id(tenant_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_aliases(&self) -> builder::ListAliases<'_> {
        builder::ListAliases::new(self)
    }

    ///Sends a `POST` request to `/aliases/bulk`
    ///
    ///Arguments:
    /// - `idempotency_key`: Replays the first response for the same key and
    ///   body
    /// - `body`
    ///```ignore
    /// let response = client.bulk_aliases()
    ///    .idempotency_key(idempotency_key)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn bulk_aliases(&self) -> builder::BulkAliases<'_> {
        builder::BulkAliases::new(self)
    }

    ///Sends a `GET` request to `/aliases/{aliasId}`
    ///
    ///```ignore
    /// let response = client.get_alias()
    ///    .alias_id(alias_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_alias(&self) -> builder::GetAlias<'_> {
        builder::GetAlias::new(self)
    }

    ///Sends a `DELETE` request to `/aliases/{aliasId}`
    ///
    ///```ignore
    /// let response = client.delete_alias()
    ///    .alias_id(alias_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn delete_alias(&self) -> builder::DeleteAlias<'_> {
        builder::DeleteAlias::new(self)
    }

    ///Sends a `PATCH` request to `/aliases/{aliasId}`
    ///
    ///```ignore
    /// let response = client.update_alias()
    ///    .alias_id(alias_id)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn update_alias(&self) -> builder::UpdateAlias<'_> {
        builder::UpdateAlias::new(self)
    }

    ///Sends a `GET` request to `/api-keys`
    ///
    ///```ignore
    /// let response = client.list_api_keys()
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_api_keys(&self) -> builder::ListApiKeys<'_> {
        builder::ListApiKeys::new(self)
    }

    ///Sends a `POST` request to `/api-keys`
    ///
    ///```ignore
    /// let response = client.create_api_key()
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn create_api_key(&self) -> builder::CreateApiKey<'_> {
        builder::CreateApiKey::new(self)
    }

    ///Sends a `DELETE` request to `/api-keys/{apiKeyId}`
    ///
    ///```ignore
    /// let response = client.delete_api_key()
    ///    .api_key_id(api_key_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn delete_api_key(&self) -> builder::DeleteApiKey<'_> {
        builder::DeleteApiKey::new(self)
    }

    ///Sends a `GET` request to `/audit-events`
    ///
    ///Arguments:
    /// - `action`: Exact action, e.g. `account.create`.
    /// - `actor`: Exact actor, e.g. `account:admin@example.com`.
    /// - `cursor`: Only events older than this event id (the `nextCursor` of
    ///   the previous page).
    /// - `domain_id`
    /// - `limit`: Rows per page, 1 to 1000 (default 100).
    /// - `object_id`
    /// - `since`
    /// - `until`
    ///```ignore
    /// let response = client.list_audit_events()
    ///    .action(action)
    ///    .actor(actor)
    ///    .cursor(cursor)
    ///    .domain_id(domain_id)
    ///    .limit(limit)
    ///    .object_id(object_id)
    ///    .since(since)
    ///    .until(until)
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_audit_events(&self) -> builder::ListAuditEvents<'_> {
        builder::ListAuditEvents::new(self)
    }

    ///Sends a `GET` request to `/auth/lockouts`
    ///
    ///```ignore
    /// let response = client.list_lockouts()
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_lockouts(&self) -> builder::ListLockouts<'_> {
        builder::ListLockouts::new(self)
    }

    ///Sends a `DELETE` request to `/auth/lockouts`
    ///
    ///```ignore
    /// let response = client.unlock_all()
    ///    .send()
    ///    .await;
    /// ```
    pub fn unlock_all(&self) -> builder::UnlockAll<'_> {
        builder::UnlockAll::new(self)
    }

    ///Sends a `POST` request to `/auth/login`
    ///
    ///```ignore
    /// let response = client.login()
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn login(&self) -> builder::Login<'_> {
        builder::Login::new(self)
    }

    ///Sends a `POST` request to `/auth/logout`
    ///
    ///```ignore
    /// let response = client.logout()
    ///    .send()
    ///    .await;
    /// ```
    pub fn logout(&self) -> builder::Logout<'_> {
        builder::Logout::new(self)
    }

    ///Sends a `GET` request to `/auth/me`
    ///
    ///```ignore
    /// let response = client.who_am_i()
    ///    .send()
    ///    .await;
    /// ```
    pub fn who_am_i(&self) -> builder::WhoAmI<'_> {
        builder::WhoAmI::new(self)
    }

    ///Sends a `POST` request to `/auth/refresh`
    ///
    ///```ignore
    /// let response = client.refresh_session()
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn refresh_session(&self) -> builder::RefreshSession<'_> {
        builder::RefreshSession::new(self)
    }

    ///Sends a `GET` request to `/domains`
    ///
    ///Arguments:
    /// - `cursor`: The `nextCursor` of the previous page.
    /// - `external_id`
    /// - `limit`: Rows per page, 1 to 1000 (default 100).
    /// - `q`: Case-insensitive prefix search on the main name columns.
    /// - `sort`: `name` (default), `-name`, `created` or `-created`.
    /// - `status`
    /// - `tenant_id`: Domains of this tenant's whole subtree.
    ///```ignore
    /// let response = client.list_domains()
    ///    .cursor(cursor)
    ///    .external_id(external_id)
    ///    .limit(limit)
    ///    .q(q)
    ///    .sort(sort)
    ///    .status(status)
    ///    .tenant_id(tenant_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_domains(&self) -> builder::ListDomains<'_> {
        builder::ListDomains::new(self)
    }

    ///Sends a `POST` request to `/domains`
    ///
    ///Arguments:
    /// - `idempotency_key`: Replays the first response for the same key and
    ///   body
    /// - `body`
    ///```ignore
    /// let response = client.create_domain()
    ///    .idempotency_key(idempotency_key)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn create_domain(&self) -> builder::CreateDomain<'_> {
        builder::CreateDomain::new(self)
    }

    ///Sends a `GET` request to `/domains/{domainId}`
    ///
    ///```ignore
    /// let response = client.get_domain()
    ///    .domain_id(domain_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_domain(&self) -> builder::GetDomain<'_> {
        builder::GetDomain::new(self)
    }

    ///Sends a `DELETE` request to `/domains/{domainId}`
    ///
    ///Arguments:
    /// - `domain_id`
    /// - `cascade`: Delete the domain's accounts, groups, aliases and templates
    ///   with it.
    ///```ignore
    /// let response = client.delete_domain()
    ///    .domain_id(domain_id)
    ///    .cascade(cascade)
    ///    .send()
    ///    .await;
    /// ```
    pub fn delete_domain(&self) -> builder::DeleteDomain<'_> {
        builder::DeleteDomain::new(self)
    }

    ///Sends a `PATCH` request to `/domains/{domainId}`
    ///
    ///```ignore
    /// let response = client.update_domain()
    ///    .domain_id(domain_id)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn update_domain(&self) -> builder::UpdateDomain<'_> {
        builder::UpdateDomain::new(self)
    }

    ///Sends a `POST` request to `/domains/{domainId}/accounts`
    ///
    ///Arguments:
    /// - `domain_id`
    /// - `idempotency_key`: Replays the first response for the same key and
    ///   body
    /// - `body`
    ///```ignore
    /// let response = client.create_account()
    ///    .domain_id(domain_id)
    ///    .idempotency_key(idempotency_key)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn create_account(&self) -> builder::CreateAccount<'_> {
        builder::CreateAccount::new(self)
    }

    ///Sends a `POST` request to `/domains/{domainId}/accounts/import`
    ///
    ///Arguments:
    /// - `domain_id`
    /// - `dry_run`: Validate only; create nothing.
    /// - `template_id`: A template whose defaults apply to every imported
    ///   account.
    /// - `body`: Header row, then one account per row
    ///```ignore
    /// let response = client.import_accounts()
    ///    .domain_id(domain_id)
    ///    .dry_run(dry_run)
    ///    .template_id(template_id)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn import_accounts(&self) -> builder::ImportAccounts<'_> {
        builder::ImportAccounts::new(self)
    }

    ///Sends a `POST` request to `/domains/{domainId}/aliases`
    ///
    ///Arguments:
    /// - `domain_id`
    /// - `idempotency_key`: Replays the first response for the same key and
    ///   body
    /// - `body`
    ///```ignore
    /// let response = client.create_alias()
    ///    .domain_id(domain_id)
    ///    .idempotency_key(idempotency_key)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn create_alias(&self) -> builder::CreateAlias<'_> {
        builder::CreateAlias::new(self)
    }

    ///Sends a `GET` request to `/domains/{domainId}/domain-aliases`
    ///
    ///```ignore
    /// let response = client.list_domain_aliases()
    ///    .domain_id(domain_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_domain_aliases(&self) -> builder::ListDomainAliases<'_> {
        builder::ListDomainAliases::new(self)
    }

    ///Sends a `POST` request to `/domains/{domainId}/domain-aliases`
    ///
    ///```ignore
    /// let response = client.create_domain_alias()
    ///    .domain_id(domain_id)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn create_domain_alias(&self) -> builder::CreateDomainAlias<'_> {
        builder::CreateDomainAlias::new(self)
    }

    ///Sends a `DELETE` request to
    /// `/domains/{domainId}/domain-aliases/{domainAliasId}`
    ///
    ///```ignore
    /// let response = client.delete_domain_alias()
    ///    .domain_id(domain_id)
    ///    .domain_alias_id(domain_alias_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn delete_domain_alias(&self) -> builder::DeleteDomainAlias<'_> {
        builder::DeleteDomainAlias::new(self)
    }

    ///Sends a `POST` request to `/domains/{domainId}/groups`
    ///
    ///Arguments:
    /// - `domain_id`
    /// - `idempotency_key`: Replays the first response for the same key and
    ///   body
    /// - `body`
    ///```ignore
    /// let response = client.create_group()
    ///    .domain_id(domain_id)
    ///    .idempotency_key(idempotency_key)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn create_group(&self) -> builder::CreateGroup<'_> {
        builder::CreateGroup::new(self)
    }

    ///Sends a `POST` request to `/domains/{domainId}/primary`
    ///
    ///```ignore
    /// let response = client.set_primary_domain()
    ///    .domain_id(domain_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn set_primary_domain(&self) -> builder::SetPrimaryDomain<'_> {
        builder::SetPrimaryDomain::new(self)
    }

    ///Sends a `GET` request to `/domains/{domainId}/usage`
    ///
    ///```ignore
    /// let response = client.get_domain_usage()
    ///    .domain_id(domain_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_domain_usage(&self) -> builder::GetDomainUsage<'_> {
        builder::GetDomainUsage::new(self)
    }

    ///Sends a `GET` request to `/groups`
    ///
    ///Arguments:
    /// - `cursor`: The `nextCursor` of the previous page.
    /// - `domain_id`
    /// - `limit`: Rows per page, 1 to 1000 (default 100).
    /// - `q`: Case-insensitive prefix search on the main name columns.
    /// - `sort`: `name` (default), `-name`, `created` or `-created`.
    /// - `tenant_id`
    ///```ignore
    /// let response = client.list_groups()
    ///    .cursor(cursor)
    ///    .domain_id(domain_id)
    ///    .limit(limit)
    ///    .q(q)
    ///    .sort(sort)
    ///    .tenant_id(tenant_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_groups(&self) -> builder::ListGroups<'_> {
        builder::ListGroups::new(self)
    }

    ///Sends a `GET` request to `/groups/{groupId}`
    ///
    ///```ignore
    /// let response = client.get_group()
    ///    .group_id(group_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_group(&self) -> builder::GetGroup<'_> {
        builder::GetGroup::new(self)
    }

    ///Sends a `DELETE` request to `/groups/{groupId}`
    ///
    ///```ignore
    /// let response = client.delete_group()
    ///    .group_id(group_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn delete_group(&self) -> builder::DeleteGroup<'_> {
        builder::DeleteGroup::new(self)
    }

    ///Sends a `PATCH` request to `/groups/{groupId}`
    ///
    ///```ignore
    /// let response = client.update_group()
    ///    .group_id(group_id)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn update_group(&self) -> builder::UpdateGroup<'_> {
        builder::UpdateGroup::new(self)
    }

    ///Sends a `GET` request to `/groups/{groupId}/members`
    ///
    ///```ignore
    /// let response = client.list_group_members()
    ///    .group_id(group_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_group_members(&self) -> builder::ListGroupMembers<'_> {
        builder::ListGroupMembers::new(self)
    }

    ///Sends a `POST` request to `/groups/{groupId}/members`
    ///
    ///```ignore
    /// let response = client.add_group_members()
    ///    .group_id(group_id)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn add_group_members(&self) -> builder::AddGroupMembers<'_> {
        builder::AddGroupMembers::new(self)
    }

    ///Sends a `DELETE` request to `/groups/{groupId}/members/{accountId}`
    ///
    ///```ignore
    /// let response = client.remove_group_member()
    ///    .group_id(group_id)
    ///    .account_id(account_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn remove_group_member(&self) -> builder::RemoveGroupMember<'_> {
        builder::RemoveGroupMember::new(self)
    }

    ///Sends a `GET` request to `/ip-groups`
    ///
    ///```ignore
    /// let response = client.list_ip_groups()
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_ip_groups(&self) -> builder::ListIpGroups<'_> {
        builder::ListIpGroups::new(self)
    }

    ///Sends a `POST` request to `/ip-groups`
    ///
    ///```ignore
    /// let response = client.create_ip_group()
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn create_ip_group(&self) -> builder::CreateIpGroup<'_> {
        builder::CreateIpGroup::new(self)
    }

    ///Sends a `GET` request to `/ip-groups/{ipGroupId}`
    ///
    ///```ignore
    /// let response = client.get_ip_group()
    ///    .ip_group_id(ip_group_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_ip_group(&self) -> builder::GetIpGroup<'_> {
        builder::GetIpGroup::new(self)
    }

    ///Replaces the group's name, description and every member
    ///
    ///Sends a `PUT` request to `/ip-groups/{ipGroupId}`
    ///
    ///```ignore
    /// let response = client.replace_ip_group()
    ///    .ip_group_id(ip_group_id)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn replace_ip_group(&self) -> builder::ReplaceIpGroup<'_> {
        builder::ReplaceIpGroup::new(self)
    }

    ///Sends a `DELETE` request to `/ip-groups/{ipGroupId}`
    ///
    ///```ignore
    /// let response = client.delete_ip_group()
    ///    .ip_group_id(ip_group_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn delete_ip_group(&self) -> builder::DeleteIpGroup<'_> {
        builder::DeleteIpGroup::new(self)
    }

    ///Sends a `GET` request to `/settings/security`
    ///
    ///```ignore
    /// let response = client.get_security_settings()
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_security_settings(&self) -> builder::GetSecuritySettings<'_> {
        builder::GetSecuritySettings::new(self)
    }

    ///Sends a `PUT` request to `/settings/security`
    ///
    ///```ignore
    /// let response = client.update_security_settings()
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn update_security_settings(&self) -> builder::UpdateSecuritySettings<'_> {
        builder::UpdateSecuritySettings::new(self)
    }

    ///Sends a `GET` request to `/settings/smtp`
    ///
    ///```ignore
    /// let response = client.get_smtp_security()
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_smtp_security(&self) -> builder::GetSmtpSecurity<'_> {
        builder::GetSmtpSecurity::new(self)
    }

    ///Takes effect for new SMTP connections within seconds, without a restart
    ///
    ///Sends a `PUT` request to `/settings/smtp`
    ///
    ///```ignore
    /// let response = client.update_smtp_security()
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn update_smtp_security(&self) -> builder::UpdateSmtpSecurity<'_> {
        builder::UpdateSmtpSecurity::new(self)
    }

    ///Sends a `GET` request to `/tenants`
    ///
    ///Arguments:
    /// - `cursor`: The `nextCursor` of the previous page.
    /// - `external_id`
    /// - `kind`
    /// - `limit`: Rows per page, 1 to 1000 (default 100).
    /// - `parent_id`: Only direct children of this tenant.
    /// - `q`: Case-insensitive prefix search on the main name columns.
    /// - `sort`: `name` (default), `-name`, `created` or `-created`.
    /// - `status`
    ///```ignore
    /// let response = client.list_tenants()
    ///    .cursor(cursor)
    ///    .external_id(external_id)
    ///    .kind(kind)
    ///    .limit(limit)
    ///    .parent_id(parent_id)
    ///    .q(q)
    ///    .sort(sort)
    ///    .status(status)
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_tenants(&self) -> builder::ListTenants<'_> {
        builder::ListTenants::new(self)
    }

    ///Sends a `POST` request to `/tenants`
    ///
    ///Arguments:
    /// - `idempotency_key`: Replays the first response for the same key and
    ///   body
    /// - `body`
    ///```ignore
    /// let response = client.create_tenant()
    ///    .idempotency_key(idempotency_key)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn create_tenant(&self) -> builder::CreateTenant<'_> {
        builder::CreateTenant::new(self)
    }

    ///Sends a `GET` request to `/tenants/{tenantId}`
    ///
    ///```ignore
    /// let response = client.get_tenant()
    ///    .tenant_id(tenant_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_tenant(&self) -> builder::GetTenant<'_> {
        builder::GetTenant::new(self)
    }

    ///Sends a `DELETE` request to `/tenants/{tenantId}`
    ///
    ///```ignore
    /// let response = client.delete_tenant()
    ///    .tenant_id(tenant_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn delete_tenant(&self) -> builder::DeleteTenant<'_> {
        builder::DeleteTenant::new(self)
    }

    ///Sends a `PATCH` request to `/tenants/{tenantId}`
    ///
    ///```ignore
    /// let response = client.update_tenant()
    ///    .tenant_id(tenant_id)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn update_tenant(&self) -> builder::UpdateTenant<'_> {
        builder::UpdateTenant::new(self)
    }

    ///Sends a `GET` request to `/user-templates`
    ///
    ///Arguments:
    /// - `cursor`: The `nextCursor` of the previous page.
    /// - `domain_id`: Templates usable in this domain (its own and its
    ///   tenants').
    /// - `limit`: Rows per page, 1 to 1000 (default 100).
    /// - `q`: Case-insensitive prefix search on the main name columns.
    /// - `sort`: `name` (default), `-name`, `created` or `-created`.
    ///```ignore
    /// let response = client.list_user_templates()
    ///    .cursor(cursor)
    ///    .domain_id(domain_id)
    ///    .limit(limit)
    ///    .q(q)
    ///    .sort(sort)
    ///    .send()
    ///    .await;
    /// ```
    pub fn list_user_templates(&self) -> builder::ListUserTemplates<'_> {
        builder::ListUserTemplates::new(self)
    }

    ///Sends a `POST` request to `/user-templates`
    ///
    ///Arguments:
    /// - `idempotency_key`: Replays the first response for the same key and
    ///   body
    /// - `body`
    ///```ignore
    /// let response = client.create_user_template()
    ///    .idempotency_key(idempotency_key)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn create_user_template(&self) -> builder::CreateUserTemplate<'_> {
        builder::CreateUserTemplate::new(self)
    }

    ///Sends a `GET` request to `/user-templates/{templateId}`
    ///
    ///```ignore
    /// let response = client.get_user_template()
    ///    .template_id(template_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn get_user_template(&self) -> builder::GetUserTemplate<'_> {
        builder::GetUserTemplate::new(self)
    }

    ///Sends a `DELETE` request to `/user-templates/{templateId}`
    ///
    ///```ignore
    /// let response = client.delete_user_template()
    ///    .template_id(template_id)
    ///    .send()
    ///    .await;
    /// ```
    pub fn delete_user_template(&self) -> builder::DeleteUserTemplate<'_> {
        builder::DeleteUserTemplate::new(self)
    }

    ///Sends a `PATCH` request to `/user-templates/{templateId}`
    ///
    ///```ignore
    /// let response = client.update_user_template()
    ///    .template_id(template_id)
    ///    .body(body)
    ///    .send()
    ///    .await;
    /// ```
    pub fn update_user_template(&self) -> builder::UpdateUserTemplate<'_> {
        builder::UpdateUserTemplate::new(self)
    }
}

/// Types for composing operation parameters.
#[allow(clippy::all)]
pub mod builder {
    use super::types;
    #[allow(unused_imports)]
    use super::{
        encode_path, ByteStream, ClientHooks, ClientInfo, Error, OperationInfo, RequestBuilderExt,
        ResponseValue,
    };
    ///Builder for [`Client::list_accounts`]
    ///
    ///[`Client::list_accounts`]: super::Client::list_accounts
    #[derive(Debug, Clone)]
    pub struct ListAccounts<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        domain_id: Result<Option<::uuid::Uuid>, String>,
        external_id: Result<Option<::std::string::String>, String>,
        full_name: Result<Option<::std::string::String>, String>,
        limit: Result<Option<i32>, String>,
        q: Result<Option<::std::string::String>, String>,
        sort: Result<Option<types::Sort>, String>,
        status: Result<Option<types::Status>, String>,
        tenant_id: Result<Option<::uuid::Uuid>, String>,
    }

    impl<'a> ListAccounts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                domain_id: Ok(None),
                external_id: Ok(None),
                full_name: Ok(None),
                limit: Ok(None),
                q: Ok(None),
                sort: Ok(None),
                status: Ok(None),
                tenant_id: Ok(None),
            }
        }

        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for cursor failed".to_string()
            });
            self
        }

        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.domain_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `:: uuid :: Uuid` for domain_id failed".to_string());
            self
        }

        pub fn external_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.external_id = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for external_id failed".to_string()
            });
            self
        }

        pub fn full_name<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.full_name = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for full_name failed".to_string()
            });
            self
        }

        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for limit failed".to_string());
            self
        }

        pub fn q<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.q = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `:: std :: string :: String` for q failed".to_string());
            self
        }

        pub fn sort<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Sort>,
        {
            self.sort = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Sort` for sort failed".to_string());
            self
        }

        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Status>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Status` for status failed".to_string());
            self
        }

        pub fn tenant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.tenant_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `:: uuid :: Uuid` for tenant_id failed".to_string());
            self
        }

        ///Sends a `GET` request to `/accounts`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AccountPage>, Error<types::Problem>> {
            let Self {
                client,
                cursor,
                domain_id,
                external_id,
                full_name,
                limit,
                q,
                sort,
                status,
                tenant_id,
            } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let external_id = external_id.map_err(Error::InvalidRequest)?;
            let full_name = full_name.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let q = q.map_err(Error::InvalidRequest)?;
            let sort = sort.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let tenant_id = tenant_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/accounts", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("domainId", &domain_id))
                .query(&progenitor_client::QueryParam::new(
                    "externalId",
                    &external_id,
                ))
                .query(&progenitor_client::QueryParam::new("fullName", &full_name))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("q", &q))
                .query(&progenitor_client::QueryParam::new("sort", &sort))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new("tenantId", &tenant_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_accounts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::bulk_accounts`]
    ///
    ///[`Client::bulk_accounts`]: super::Client::bulk_accounts
    #[derive(Debug, Clone)]
    pub struct BulkAccounts<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::BulkAccounts, String>,
    }

    impl<'a> BulkAccounts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for idempotency_key failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BulkAccounts>,
            <V as std::convert::TryInto<types::BulkAccounts>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `BulkAccounts` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::BulkAccounts) -> types::builder::BulkAccounts,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/accounts/bulk`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BulkAccountsResult>, Error<types::Problem>> {
            let Self {
                client,
                idempotency_key,
                body,
            } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::BulkAccounts::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/accounts/bulk", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "bulk_accounts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_account`]
    ///
    ///[`Client::get_account`]: super::Client::get_account
    #[derive(Debug, Clone)]
    pub struct GetAccount<'a> {
        client: &'a super::Client,
        account_id: Result<types::AccountId, String>,
    }

    impl<'a> GetAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_id: Err("account_id was not initialized".to_string()),
            }
        }

        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AccountId>,
        {
            self.account_id = value
                .try_into()
                .map_err(|_| "conversion to `AccountId` for account_id failed".to_string());
            self
        }

        ///Sends a `GET` request to `/accounts/{accountId}`
        pub async fn send(self) -> Result<ResponseValue<types::Account>, Error<types::Problem>> {
            let Self { client, account_id } = self;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/accounts/{}",
                client.baseurl,
                encode_path(&account_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::delete_account`]
    ///
    ///[`Client::delete_account`]: super::Client::delete_account
    #[derive(Debug, Clone)]
    pub struct DeleteAccount<'a> {
        client: &'a super::Client,
        account_id: Result<types::AccountId, String>,
    }

    impl<'a> DeleteAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_id: Err("account_id was not initialized".to_string()),
            }
        }

        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AccountId>,
        {
            self.account_id = value
                .try_into()
                .map_err(|_| "conversion to `AccountId` for account_id failed".to_string());
            self
        }

        ///Sends a `DELETE` request to `/accounts/{accountId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Problem>> {
            let Self { client, account_id } = self;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/accounts/{}",
                client.baseurl,
                encode_path(&account_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::update_account`]
    ///
    ///[`Client::update_account`]: super::Client::update_account
    #[derive(Debug, Clone)]
    pub struct UpdateAccount<'a> {
        client: &'a super::Client,
        account_id: Result<types::AccountId, String>,
        body: Result<types::builder::AccountPatch, String>,
    }

    impl<'a> UpdateAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                account_id: Err("account_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AccountId>,
        {
            self.account_id = value
                .try_into()
                .map_err(|_| "conversion to `AccountId` for account_id failed".to_string());
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AccountPatch>,
            <V as std::convert::TryInto<types::AccountPatch>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `AccountPatch` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::AccountPatch) -> types::builder::AccountPatch,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PATCH` request to `/accounts/{accountId}`
        pub async fn send(self) -> Result<ResponseValue<types::Account>, Error<types::Problem>> {
            let Self {
                client,
                account_id,
                body,
            } = self;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::AccountPatch::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/accounts/{}",
                client.baseurl,
                encode_path(&account_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::resolve_address`]
    ///
    ///[`Client::resolve_address`]: super::Client::resolve_address
    #[derive(Debug, Clone)]
    pub struct ResolveAddress<'a> {
        client: &'a super::Client,
        body: Result<types::builder::ResolveRequest, String>,
    }

    impl<'a> ResolveAddress<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ResolveRequest>,
            <V as std::convert::TryInto<types::ResolveRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `ResolveRequest` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::ResolveRequest) -> types::builder::ResolveRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/addresses/resolve`
        pub async fn send(self) -> Result<ResponseValue<types::Resolution>, Error<types::Problem>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::ResolveRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/addresses/resolve", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "resolve_address",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_aliases`]
    ///
    ///[`Client::list_aliases`]: super::Client::list_aliases
    #[derive(Debug, Clone)]
    pub struct ListAliases<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        domain_id: Result<Option<::uuid::Uuid>, String>,
        limit: Result<Option<i32>, String>,
        q: Result<Option<::std::string::String>, String>,
        sort: Result<Option<types::Sort>, String>,
        tenant_id: Result<Option<::uuid::Uuid>, String>,
    }

    impl<'a> ListAliases<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                domain_id: Ok(None),
                limit: Ok(None),
                q: Ok(None),
                sort: Ok(None),
                tenant_id: Ok(None),
            }
        }

        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for cursor failed".to_string()
            });
            self
        }

        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.domain_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `:: uuid :: Uuid` for domain_id failed".to_string());
            self
        }

        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for limit failed".to_string());
            self
        }

        pub fn q<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.q = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `:: std :: string :: String` for q failed".to_string());
            self
        }

        pub fn sort<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Sort>,
        {
            self.sort = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Sort` for sort failed".to_string());
            self
        }

        pub fn tenant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.tenant_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `:: uuid :: Uuid` for tenant_id failed".to_string());
            self
        }

        ///Sends a `GET` request to `/aliases`
        pub async fn send(self) -> Result<ResponseValue<types::AliasPage>, Error<types::Problem>> {
            let Self {
                client,
                cursor,
                domain_id,
                limit,
                q,
                sort,
                tenant_id,
            } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let q = q.map_err(Error::InvalidRequest)?;
            let sort = sort.map_err(Error::InvalidRequest)?;
            let tenant_id = tenant_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/aliases", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("domainId", &domain_id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("q", &q))
                .query(&progenitor_client::QueryParam::new("sort", &sort))
                .query(&progenitor_client::QueryParam::new("tenantId", &tenant_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_aliases",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::bulk_aliases`]
    ///
    ///[`Client::bulk_aliases`]: super::Client::bulk_aliases
    #[derive(Debug, Clone)]
    pub struct BulkAliases<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::BulkAliases, String>,
    }

    impl<'a> BulkAliases<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for idempotency_key failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::BulkAliases>,
            <V as std::convert::TryInto<types::BulkAliases>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `BulkAliases` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::BulkAliases) -> types::builder::BulkAliases,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/aliases/bulk`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::BulkAliasesResult>, Error<types::Problem>> {
            let Self {
                client,
                idempotency_key,
                body,
            } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::BulkAliases::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/aliases/bulk", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "bulk_aliases",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_alias`]
    ///
    ///[`Client::get_alias`]: super::Client::get_alias
    #[derive(Debug, Clone)]
    pub struct GetAlias<'a> {
        client: &'a super::Client,
        alias_id: Result<types::AliasId, String>,
    }

    impl<'a> GetAlias<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                alias_id: Err("alias_id was not initialized".to_string()),
            }
        }

        pub fn alias_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AliasId>,
        {
            self.alias_id = value
                .try_into()
                .map_err(|_| "conversion to `AliasId` for alias_id failed".to_string());
            self
        }

        ///Sends a `GET` request to `/aliases/{aliasId}`
        pub async fn send(self) -> Result<ResponseValue<types::Alias>, Error<types::Problem>> {
            let Self { client, alias_id } = self;
            let alias_id = alias_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/aliases/{}",
                client.baseurl,
                encode_path(&alias_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_alias",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::delete_alias`]
    ///
    ///[`Client::delete_alias`]: super::Client::delete_alias
    #[derive(Debug, Clone)]
    pub struct DeleteAlias<'a> {
        client: &'a super::Client,
        alias_id: Result<types::AliasId, String>,
    }

    impl<'a> DeleteAlias<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                alias_id: Err("alias_id was not initialized".to_string()),
            }
        }

        pub fn alias_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AliasId>,
        {
            self.alias_id = value
                .try_into()
                .map_err(|_| "conversion to `AliasId` for alias_id failed".to_string());
            self
        }

        ///Sends a `DELETE` request to `/aliases/{aliasId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Problem>> {
            let Self { client, alias_id } = self;
            let alias_id = alias_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/aliases/{}",
                client.baseurl,
                encode_path(&alias_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_alias",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::update_alias`]
    ///
    ///[`Client::update_alias`]: super::Client::update_alias
    #[derive(Debug, Clone)]
    pub struct UpdateAlias<'a> {
        client: &'a super::Client,
        alias_id: Result<types::AliasId, String>,
        body: Result<types::builder::AliasPatch, String>,
    }

    impl<'a> UpdateAlias<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                alias_id: Err("alias_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn alias_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AliasId>,
        {
            self.alias_id = value
                .try_into()
                .map_err(|_| "conversion to `AliasId` for alias_id failed".to_string());
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AliasPatch>,
            <V as std::convert::TryInto<types::AliasPatch>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `AliasPatch` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::AliasPatch) -> types::builder::AliasPatch,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PATCH` request to `/aliases/{aliasId}`
        pub async fn send(self) -> Result<ResponseValue<types::Alias>, Error<types::Problem>> {
            let Self {
                client,
                alias_id,
                body,
            } = self;
            let alias_id = alias_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::AliasPatch::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/aliases/{}",
                client.baseurl,
                encode_path(&alias_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_alias",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_api_keys`]
    ///
    ///[`Client::list_api_keys`]: super::Client::list_api_keys
    #[derive(Debug, Clone)]
    pub struct ListApiKeys<'a> {
        client: &'a super::Client,
    }

    impl<'a> ListApiKeys<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `GET` request to `/api-keys`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::ApiKey>>, Error<types::Problem>> {
            let Self { client } = self;
            let url = format!("{}/api-keys", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_api_keys",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::create_api_key`]
    ///
    ///[`Client::create_api_key`]: super::Client::create_api_key
    #[derive(Debug, Clone)]
    pub struct CreateApiKey<'a> {
        client: &'a super::Client,
        body: Result<types::builder::NewApiKey, String>,
    }

    impl<'a> CreateApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NewApiKey>,
            <V as std::convert::TryInto<types::NewApiKey>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `NewApiKey` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::NewApiKey) -> types::builder::NewApiKey,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/api-keys`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::CreatedApiKey>, Error<types::Problem>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::NewApiKey::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/api-keys", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::delete_api_key`]
    ///
    ///[`Client::delete_api_key`]: super::Client::delete_api_key
    #[derive(Debug, Clone)]
    pub struct DeleteApiKey<'a> {
        client: &'a super::Client,
        api_key_id: Result<types::ApiKeyId, String>,
    }

    impl<'a> DeleteApiKey<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                api_key_id: Err("api_key_id was not initialized".to_string()),
            }
        }

        pub fn api_key_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::ApiKeyId>,
        {
            self.api_key_id = value
                .try_into()
                .map_err(|_| "conversion to `ApiKeyId` for api_key_id failed".to_string());
            self
        }

        ///Sends a `DELETE` request to `/api-keys/{apiKeyId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Problem>> {
            let Self { client, api_key_id } = self;
            let api_key_id = api_key_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/api-keys/{}",
                client.baseurl,
                encode_path(&api_key_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_api_key",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_audit_events`]
    ///
    ///[`Client::list_audit_events`]: super::Client::list_audit_events
    #[derive(Debug, Clone)]
    pub struct ListAuditEvents<'a> {
        client: &'a super::Client,
        action: Result<Option<::std::string::String>, String>,
        actor: Result<Option<::std::string::String>, String>,
        cursor: Result<Option<::std::string::String>, String>,
        domain_id: Result<Option<::uuid::Uuid>, String>,
        limit: Result<Option<i32>, String>,
        object_id: Result<Option<::uuid::Uuid>, String>,
        since: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
        until: Result<Option<::chrono::DateTime<::chrono::offset::Utc>>, String>,
    }

    impl<'a> ListAuditEvents<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                action: Ok(None),
                actor: Ok(None),
                cursor: Ok(None),
                domain_id: Ok(None),
                limit: Ok(None),
                object_id: Ok(None),
                since: Ok(None),
                until: Ok(None),
            }
        }

        pub fn action<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.action = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for action failed".to_string()
            });
            self
        }

        pub fn actor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.actor = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for actor failed".to_string()
            });
            self
        }

        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for cursor failed".to_string()
            });
            self
        }

        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.domain_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `:: uuid :: Uuid` for domain_id failed".to_string());
            self
        }

        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for limit failed".to_string());
            self
        }

        pub fn object_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.object_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `:: uuid :: Uuid` for object_id failed".to_string());
            self
        }

        pub fn since<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self . since = value . try_into () . map (Some) . map_err (| _ | "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for since failed" . to_string ()) ;
            self
        }

        pub fn until<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::chrono::DateTime<::chrono::offset::Utc>>,
        {
            self . until = value . try_into () . map (Some) . map_err (| _ | "conversion to `:: chrono :: DateTime < :: chrono :: offset :: Utc >` for until failed" . to_string ()) ;
            self
        }

        ///Sends a `GET` request to `/audit-events`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::AuditEventPage>, Error<types::Problem>> {
            let Self {
                client,
                action,
                actor,
                cursor,
                domain_id,
                limit,
                object_id,
                since,
                until,
            } = self;
            let action = action.map_err(Error::InvalidRequest)?;
            let actor = actor.map_err(Error::InvalidRequest)?;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let object_id = object_id.map_err(Error::InvalidRequest)?;
            let since = since.map_err(Error::InvalidRequest)?;
            let until = until.map_err(Error::InvalidRequest)?;
            let url = format!("{}/audit-events", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("action", &action))
                .query(&progenitor_client::QueryParam::new("actor", &actor))
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("domainId", &domain_id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("objectId", &object_id))
                .query(&progenitor_client::QueryParam::new("since", &since))
                .query(&progenitor_client::QueryParam::new("until", &until))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_audit_events",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_lockouts`]
    ///
    ///[`Client::list_lockouts`]: super::Client::list_lockouts
    #[derive(Debug, Clone)]
    pub struct ListLockouts<'a> {
        client: &'a super::Client,
    }

    impl<'a> ListLockouts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `GET` request to `/auth/lockouts`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::Lockout>>, Error<types::Problem>> {
            let Self { client } = self;
            let url = format!("{}/auth/lockouts", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_lockouts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::unlock_all`]
    ///
    ///[`Client::unlock_all`]: super::Client::unlock_all
    #[derive(Debug, Clone)]
    pub struct UnlockAll<'a> {
        client: &'a super::Client,
    }

    impl<'a> UnlockAll<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `DELETE` request to `/auth/lockouts`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Problem>> {
            let Self { client } = self;
            let url = format!("{}/auth/lockouts", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "unlock_all",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::login`]
    ///
    ///[`Client::login`]: super::Client::login
    #[derive(Debug, Clone)]
    pub struct Login<'a> {
        client: &'a super::Client,
        body: Result<types::builder::LoginRequest, String>,
    }

    impl<'a> Login<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::LoginRequest>,
            <V as std::convert::TryInto<types::LoginRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `LoginRequest` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::LoginRequest) -> types::builder::LoginRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/auth/login`
        pub async fn send(self) -> Result<ResponseValue<types::Session>, Error<types::Problem>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::LoginRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/auth/login", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "login",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                429u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::logout`]
    ///
    ///[`Client::logout`]: super::Client::logout
    #[derive(Debug, Clone)]
    pub struct Logout<'a> {
        client: &'a super::Client,
    }

    impl<'a> Logout<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `POST` request to `/auth/logout`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Problem>> {
            let Self { client } = self;
            let url = format!("{}/auth/logout", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "logout",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::who_am_i`]
    ///
    ///[`Client::who_am_i`]: super::Client::who_am_i
    #[derive(Debug, Clone)]
    pub struct WhoAmI<'a> {
        client: &'a super::Client,
    }

    impl<'a> WhoAmI<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `GET` request to `/auth/me`
        pub async fn send(self) -> Result<ResponseValue<types::WhoAmI>, Error<types::Problem>> {
            let Self { client } = self;
            let url = format!("{}/auth/me", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "who_am_i",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::refresh_session`]
    ///
    ///[`Client::refresh_session`]: super::Client::refresh_session
    #[derive(Debug, Clone)]
    pub struct RefreshSession<'a> {
        client: &'a super::Client,
        body: Result<types::builder::RefreshRequest, String>,
    }

    impl<'a> RefreshSession<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::RefreshRequest>,
            <V as std::convert::TryInto<types::RefreshRequest>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `RefreshRequest` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::RefreshRequest) -> types::builder::RefreshRequest,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/auth/refresh`
        pub async fn send(self) -> Result<ResponseValue<types::Session>, Error<types::Problem>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::RefreshRequest::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/auth/refresh", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "refresh_session",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_domains`]
    ///
    ///[`Client::list_domains`]: super::Client::list_domains
    #[derive(Debug, Clone)]
    pub struct ListDomains<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        external_id: Result<Option<::std::string::String>, String>,
        limit: Result<Option<i32>, String>,
        q: Result<Option<::std::string::String>, String>,
        sort: Result<Option<types::Sort>, String>,
        status: Result<Option<types::Status>, String>,
        tenant_id: Result<Option<::uuid::Uuid>, String>,
    }

    impl<'a> ListDomains<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                external_id: Ok(None),
                limit: Ok(None),
                q: Ok(None),
                sort: Ok(None),
                status: Ok(None),
                tenant_id: Ok(None),
            }
        }

        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for cursor failed".to_string()
            });
            self
        }

        pub fn external_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.external_id = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for external_id failed".to_string()
            });
            self
        }

        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for limit failed".to_string());
            self
        }

        pub fn q<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.q = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `:: std :: string :: String` for q failed".to_string());
            self
        }

        pub fn sort<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Sort>,
        {
            self.sort = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Sort` for sort failed".to_string());
            self
        }

        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Status>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Status` for status failed".to_string());
            self
        }

        pub fn tenant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.tenant_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `:: uuid :: Uuid` for tenant_id failed".to_string());
            self
        }

        ///Sends a `GET` request to `/domains`
        pub async fn send(self) -> Result<ResponseValue<types::DomainPage>, Error<types::Problem>> {
            let Self {
                client,
                cursor,
                external_id,
                limit,
                q,
                sort,
                status,
                tenant_id,
            } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let external_id = external_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let q = q.map_err(Error::InvalidRequest)?;
            let sort = sort.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let tenant_id = tenant_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/domains", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new(
                    "externalId",
                    &external_id,
                ))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("q", &q))
                .query(&progenitor_client::QueryParam::new("sort", &sort))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .query(&progenitor_client::QueryParam::new("tenantId", &tenant_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_domains",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::create_domain`]
    ///
    ///[`Client::create_domain`]: super::Client::create_domain
    #[derive(Debug, Clone)]
    pub struct CreateDomain<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::NewDomain, String>,
    }

    impl<'a> CreateDomain<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for idempotency_key failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NewDomain>,
            <V as std::convert::TryInto<types::NewDomain>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `NewDomain` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::NewDomain) -> types::builder::NewDomain,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/domains`
        pub async fn send(self) -> Result<ResponseValue<types::Domain>, Error<types::Problem>> {
            let Self {
                client,
                idempotency_key,
                body,
            } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::NewDomain::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/domains", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_domain",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_domain`]
    ///
    ///[`Client::get_domain`]: super::Client::get_domain
    #[derive(Debug, Clone)]
    pub struct GetDomain<'a> {
        client: &'a super::Client,
        domain_id: Result<types::DomainId, String>,
    }

    impl<'a> GetDomain<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                domain_id: Err("domain_id was not initialized".to_string()),
            }
        }

        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DomainId>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| "conversion to `DomainId` for domain_id failed".to_string());
            self
        }

        ///Sends a `GET` request to `/domains/{domainId}`
        pub async fn send(self) -> Result<ResponseValue<types::Domain>, Error<types::Problem>> {
            let Self { client, domain_id } = self;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/domains/{}",
                client.baseurl,
                encode_path(&domain_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_domain",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::delete_domain`]
    ///
    ///[`Client::delete_domain`]: super::Client::delete_domain
    #[derive(Debug, Clone)]
    pub struct DeleteDomain<'a> {
        client: &'a super::Client,
        domain_id: Result<types::DomainId, String>,
        cascade: Result<Option<bool>, String>,
    }

    impl<'a> DeleteDomain<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                domain_id: Err("domain_id was not initialized".to_string()),
                cascade: Ok(None),
            }
        }

        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DomainId>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| "conversion to `DomainId` for domain_id failed".to_string());
            self
        }

        pub fn cascade<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.cascade = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for cascade failed".to_string());
            self
        }

        ///Sends a `DELETE` request to `/domains/{domainId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Problem>> {
            let Self {
                client,
                domain_id,
                cascade,
            } = self;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let cascade = cascade.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/domains/{}",
                client.baseurl,
                encode_path(&domain_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cascade", &cascade))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_domain",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::update_domain`]
    ///
    ///[`Client::update_domain`]: super::Client::update_domain
    #[derive(Debug, Clone)]
    pub struct UpdateDomain<'a> {
        client: &'a super::Client,
        domain_id: Result<types::DomainId, String>,
        body: Result<types::builder::DomainPatch, String>,
    }

    impl<'a> UpdateDomain<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                domain_id: Err("domain_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DomainId>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| "conversion to `DomainId` for domain_id failed".to_string());
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DomainPatch>,
            <V as std::convert::TryInto<types::DomainPatch>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `DomainPatch` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::DomainPatch) -> types::builder::DomainPatch,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PATCH` request to `/domains/{domainId}`
        pub async fn send(self) -> Result<ResponseValue<types::Domain>, Error<types::Problem>> {
            let Self {
                client,
                domain_id,
                body,
            } = self;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::DomainPatch::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/domains/{}",
                client.baseurl,
                encode_path(&domain_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_domain",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::create_account`]
    ///
    ///[`Client::create_account`]: super::Client::create_account
    #[derive(Debug, Clone)]
    pub struct CreateAccount<'a> {
        client: &'a super::Client,
        domain_id: Result<types::DomainId, String>,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::NewAccount, String>,
    }

    impl<'a> CreateAccount<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                domain_id: Err("domain_id was not initialized".to_string()),
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DomainId>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| "conversion to `DomainId` for domain_id failed".to_string());
            self
        }

        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for idempotency_key failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NewAccount>,
            <V as std::convert::TryInto<types::NewAccount>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `NewAccount` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::NewAccount) -> types::builder::NewAccount,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/domains/{domainId}/accounts`
        pub async fn send(self) -> Result<ResponseValue<types::Account>, Error<types::Problem>> {
            let Self {
                client,
                domain_id,
                idempotency_key,
                body,
            } = self;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::NewAccount::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/domains/{}/accounts",
                client.baseurl,
                encode_path(&domain_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_account",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::import_accounts`]
    ///
    ///[`Client::import_accounts`]: super::Client::import_accounts
    #[derive(Debug)]
    pub struct ImportAccounts<'a> {
        client: &'a super::Client,
        domain_id: Result<types::DomainId, String>,
        dry_run: Result<Option<bool>, String>,
        template_id: Result<Option<types::TemplateId>, String>,
        body: Result<reqwest::Body, String>,
    }

    impl<'a> ImportAccounts<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                domain_id: Err("domain_id was not initialized".to_string()),
                dry_run: Ok(None),
                template_id: Ok(None),
                body: Err("body was not initialized".to_string()),
            }
        }

        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DomainId>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| "conversion to `DomainId` for domain_id failed".to_string());
            self
        }

        pub fn dry_run<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<bool>,
        {
            self.dry_run = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `bool` for dry_run failed".to_string());
            self
        }

        pub fn template_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TemplateId>,
        {
            self.template_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `TemplateId` for template_id failed".to_string());
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<String>,
        {
            self.body = value
                .try_into()
                .map_err(|_| "conversion to `String` for body failed".to_string())
                .map(|v| v.into());
            self
        }

        ///Sends a `POST` request to `/domains/{domainId}/accounts/import`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::ImportReport>, Error<types::Problem>> {
            let Self {
                client,
                domain_id,
                dry_run,
                template_id,
                body,
            } = self;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let dry_run = dry_run.map_err(Error::InvalidRequest)?;
            let template_id = template_id.map_err(Error::InvalidRequest)?;
            let body = body.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/domains/{}/accounts/import",
                client.baseurl,
                encode_path(&domain_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .header(
                    ::reqwest::header::CONTENT_TYPE,
                    ::reqwest::header::HeaderValue::from_static("text/plain"),
                )
                .body(body)
                .query(&progenitor_client::QueryParam::new("dryRun", &dry_run))
                .query(&progenitor_client::QueryParam::new(
                    "templateId",
                    &template_id,
                ))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "import_accounts",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::create_alias`]
    ///
    ///[`Client::create_alias`]: super::Client::create_alias
    #[derive(Debug, Clone)]
    pub struct CreateAlias<'a> {
        client: &'a super::Client,
        domain_id: Result<types::DomainId, String>,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::NewAlias, String>,
    }

    impl<'a> CreateAlias<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                domain_id: Err("domain_id was not initialized".to_string()),
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DomainId>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| "conversion to `DomainId` for domain_id failed".to_string());
            self
        }

        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for idempotency_key failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NewAlias>,
            <V as std::convert::TryInto<types::NewAlias>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `NewAlias` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::NewAlias) -> types::builder::NewAlias,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/domains/{domainId}/aliases`
        pub async fn send(self) -> Result<ResponseValue<types::Alias>, Error<types::Problem>> {
            let Self {
                client,
                domain_id,
                idempotency_key,
                body,
            } = self;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::NewAlias::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/domains/{}/aliases",
                client.baseurl,
                encode_path(&domain_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_alias",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_domain_aliases`]
    ///
    ///[`Client::list_domain_aliases`]: super::Client::list_domain_aliases
    #[derive(Debug, Clone)]
    pub struct ListDomainAliases<'a> {
        client: &'a super::Client,
        domain_id: Result<types::DomainId, String>,
    }

    impl<'a> ListDomainAliases<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                domain_id: Err("domain_id was not initialized".to_string()),
            }
        }

        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DomainId>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| "conversion to `DomainId` for domain_id failed".to_string());
            self
        }

        ///Sends a `GET` request to `/domains/{domainId}/domain-aliases`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::DomainAlias>>, Error<types::Problem>>
        {
            let Self { client, domain_id } = self;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/domains/{}/domain-aliases",
                client.baseurl,
                encode_path(&domain_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_domain_aliases",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::create_domain_alias`]
    ///
    ///[`Client::create_domain_alias`]: super::Client::create_domain_alias
    #[derive(Debug, Clone)]
    pub struct CreateDomainAlias<'a> {
        client: &'a super::Client,
        domain_id: Result<types::DomainId, String>,
        body: Result<types::builder::NewDomainAlias, String>,
    }

    impl<'a> CreateDomainAlias<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                domain_id: Err("domain_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DomainId>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| "conversion to `DomainId` for domain_id failed".to_string());
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NewDomainAlias>,
            <V as std::convert::TryInto<types::NewDomainAlias>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `NewDomainAlias` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::NewDomainAlias) -> types::builder::NewDomainAlias,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/domains/{domainId}/domain-aliases`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DomainAlias>, Error<types::Problem>> {
            let Self {
                client,
                domain_id,
                body,
            } = self;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::NewDomainAlias::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/domains/{}/domain-aliases",
                client.baseurl,
                encode_path(&domain_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_domain_alias",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::delete_domain_alias`]
    ///
    ///[`Client::delete_domain_alias`]: super::Client::delete_domain_alias
    #[derive(Debug, Clone)]
    pub struct DeleteDomainAlias<'a> {
        client: &'a super::Client,
        domain_id: Result<types::DomainId, String>,
        domain_alias_id: Result<types::DomainAliasId, String>,
    }

    impl<'a> DeleteDomainAlias<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                domain_id: Err("domain_id was not initialized".to_string()),
                domain_alias_id: Err("domain_alias_id was not initialized".to_string()),
            }
        }

        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DomainId>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| "conversion to `DomainId` for domain_id failed".to_string());
            self
        }

        pub fn domain_alias_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DomainAliasId>,
        {
            self.domain_alias_id = value.try_into().map_err(|_| {
                "conversion to `DomainAliasId` for domain_alias_id failed".to_string()
            });
            self
        }

        ///Sends a `DELETE` request to
        /// `/domains/{domainId}/domain-aliases/{domainAliasId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Problem>> {
            let Self {
                client,
                domain_id,
                domain_alias_id,
            } = self;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let domain_alias_id = domain_alias_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/domains/{}/domain-aliases/{}",
                client.baseurl,
                encode_path(&domain_id.to_string()),
                encode_path(&domain_alias_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_domain_alias",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::create_group`]
    ///
    ///[`Client::create_group`]: super::Client::create_group
    #[derive(Debug, Clone)]
    pub struct CreateGroup<'a> {
        client: &'a super::Client,
        domain_id: Result<types::DomainId, String>,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::NewGroup, String>,
    }

    impl<'a> CreateGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                domain_id: Err("domain_id was not initialized".to_string()),
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DomainId>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| "conversion to `DomainId` for domain_id failed".to_string());
            self
        }

        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for idempotency_key failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NewGroup>,
            <V as std::convert::TryInto<types::NewGroup>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `NewGroup` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::NewGroup) -> types::builder::NewGroup,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/domains/{domainId}/groups`
        pub async fn send(self) -> Result<ResponseValue<types::Group>, Error<types::Problem>> {
            let Self {
                client,
                domain_id,
                idempotency_key,
                body,
            } = self;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::NewGroup::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/domains/{}/groups",
                client.baseurl,
                encode_path(&domain_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_group",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::set_primary_domain`]
    ///
    ///[`Client::set_primary_domain`]: super::Client::set_primary_domain
    #[derive(Debug, Clone)]
    pub struct SetPrimaryDomain<'a> {
        client: &'a super::Client,
        domain_id: Result<types::DomainId, String>,
    }

    impl<'a> SetPrimaryDomain<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                domain_id: Err("domain_id was not initialized".to_string()),
            }
        }

        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DomainId>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| "conversion to `DomainId` for domain_id failed".to_string());
            self
        }

        ///Sends a `POST` request to `/domains/{domainId}/primary`
        pub async fn send(self) -> Result<ResponseValue<types::Domain>, Error<types::Problem>> {
            let Self { client, domain_id } = self;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/domains/{}/primary",
                client.baseurl,
                encode_path(&domain_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "set_primary_domain",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_domain_usage`]
    ///
    ///[`Client::get_domain_usage`]: super::Client::get_domain_usage
    #[derive(Debug, Clone)]
    pub struct GetDomainUsage<'a> {
        client: &'a super::Client,
        domain_id: Result<types::DomainId, String>,
    }

    impl<'a> GetDomainUsage<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                domain_id: Err("domain_id was not initialized".to_string()),
            }
        }

        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::DomainId>,
        {
            self.domain_id = value
                .try_into()
                .map_err(|_| "conversion to `DomainId` for domain_id failed".to_string());
            self
        }

        ///Sends a `GET` request to `/domains/{domainId}/usage`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::DomainUsage>, Error<types::Problem>> {
            let Self { client, domain_id } = self;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/domains/{}/usage",
                client.baseurl,
                encode_path(&domain_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_domain_usage",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_groups`]
    ///
    ///[`Client::list_groups`]: super::Client::list_groups
    #[derive(Debug, Clone)]
    pub struct ListGroups<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        domain_id: Result<Option<::uuid::Uuid>, String>,
        limit: Result<Option<i32>, String>,
        q: Result<Option<::std::string::String>, String>,
        sort: Result<Option<types::Sort>, String>,
        tenant_id: Result<Option<::uuid::Uuid>, String>,
    }

    impl<'a> ListGroups<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                domain_id: Ok(None),
                limit: Ok(None),
                q: Ok(None),
                sort: Ok(None),
                tenant_id: Ok(None),
            }
        }

        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for cursor failed".to_string()
            });
            self
        }

        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.domain_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `:: uuid :: Uuid` for domain_id failed".to_string());
            self
        }

        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for limit failed".to_string());
            self
        }

        pub fn q<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.q = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `:: std :: string :: String` for q failed".to_string());
            self
        }

        pub fn sort<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Sort>,
        {
            self.sort = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Sort` for sort failed".to_string());
            self
        }

        pub fn tenant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.tenant_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `:: uuid :: Uuid` for tenant_id failed".to_string());
            self
        }

        ///Sends a `GET` request to `/groups`
        pub async fn send(self) -> Result<ResponseValue<types::GroupPage>, Error<types::Problem>> {
            let Self {
                client,
                cursor,
                domain_id,
                limit,
                q,
                sort,
                tenant_id,
            } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let q = q.map_err(Error::InvalidRequest)?;
            let sort = sort.map_err(Error::InvalidRequest)?;
            let tenant_id = tenant_id.map_err(Error::InvalidRequest)?;
            let url = format!("{}/groups", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("domainId", &domain_id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("q", &q))
                .query(&progenitor_client::QueryParam::new("sort", &sort))
                .query(&progenitor_client::QueryParam::new("tenantId", &tenant_id))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_groups",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_group`]
    ///
    ///[`Client::get_group`]: super::Client::get_group
    #[derive(Debug, Clone)]
    pub struct GetGroup<'a> {
        client: &'a super::Client,
        group_id: Result<types::GroupId, String>,
    }

    impl<'a> GetGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
            }
        }

        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| "conversion to `GroupId` for group_id failed".to_string());
            self
        }

        ///Sends a `GET` request to `/groups/{groupId}`
        pub async fn send(self) -> Result<ResponseValue<types::Group>, Error<types::Problem>> {
            let Self { client, group_id } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/groups/{}",
                client.baseurl,
                encode_path(&group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_group",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::delete_group`]
    ///
    ///[`Client::delete_group`]: super::Client::delete_group
    #[derive(Debug, Clone)]
    pub struct DeleteGroup<'a> {
        client: &'a super::Client,
        group_id: Result<types::GroupId, String>,
    }

    impl<'a> DeleteGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
            }
        }

        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| "conversion to `GroupId` for group_id failed".to_string());
            self
        }

        ///Sends a `DELETE` request to `/groups/{groupId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Problem>> {
            let Self { client, group_id } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/groups/{}",
                client.baseurl,
                encode_path(&group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_group",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::update_group`]
    ///
    ///[`Client::update_group`]: super::Client::update_group
    #[derive(Debug, Clone)]
    pub struct UpdateGroup<'a> {
        client: &'a super::Client,
        group_id: Result<types::GroupId, String>,
        body: Result<types::builder::GroupPatch, String>,
    }

    impl<'a> UpdateGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| "conversion to `GroupId` for group_id failed".to_string());
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GroupPatch>,
            <V as std::convert::TryInto<types::GroupPatch>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `GroupPatch` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::GroupPatch) -> types::builder::GroupPatch,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PATCH` request to `/groups/{groupId}`
        pub async fn send(self) -> Result<ResponseValue<types::Group>, Error<types::Problem>> {
            let Self {
                client,
                group_id,
                body,
            } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::GroupPatch::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/groups/{}",
                client.baseurl,
                encode_path(&group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_group",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_group_members`]
    ///
    ///[`Client::list_group_members`]: super::Client::list_group_members
    #[derive(Debug, Clone)]
    pub struct ListGroupMembers<'a> {
        client: &'a super::Client,
        group_id: Result<types::GroupId, String>,
    }

    impl<'a> ListGroupMembers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
            }
        }

        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| "conversion to `GroupId` for group_id failed".to_string());
            self
        }

        ///Sends a `GET` request to `/groups/{groupId}/members`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::GroupMember>>, Error<types::Problem>>
        {
            let Self { client, group_id } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/groups/{}/members",
                client.baseurl,
                encode_path(&group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_group_members",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::add_group_members`]
    ///
    ///[`Client::add_group_members`]: super::Client::add_group_members
    #[derive(Debug, Clone)]
    pub struct AddGroupMembers<'a> {
        client: &'a super::Client,
        group_id: Result<types::GroupId, String>,
        body: Result<types::builder::MemberList, String>,
    }

    impl<'a> AddGroupMembers<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| "conversion to `GroupId` for group_id failed".to_string());
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::MemberList>,
            <V as std::convert::TryInto<types::MemberList>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `MemberList` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::MemberList) -> types::builder::MemberList,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/groups/{groupId}/members`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Problem>> {
            let Self {
                client,
                group_id,
                body,
            } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::MemberList::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/groups/{}/members",
                client.baseurl,
                encode_path(&group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "add_group_members",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::remove_group_member`]
    ///
    ///[`Client::remove_group_member`]: super::Client::remove_group_member
    #[derive(Debug, Clone)]
    pub struct RemoveGroupMember<'a> {
        client: &'a super::Client,
        group_id: Result<types::GroupId, String>,
        account_id: Result<types::AccountId, String>,
    }

    impl<'a> RemoveGroupMember<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                group_id: Err("group_id was not initialized".to_string()),
                account_id: Err("account_id was not initialized".to_string()),
            }
        }

        pub fn group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::GroupId>,
        {
            self.group_id = value
                .try_into()
                .map_err(|_| "conversion to `GroupId` for group_id failed".to_string());
            self
        }

        pub fn account_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::AccountId>,
        {
            self.account_id = value
                .try_into()
                .map_err(|_| "conversion to `AccountId` for account_id failed".to_string());
            self
        }

        ///Sends a `DELETE` request to `/groups/{groupId}/members/{accountId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Problem>> {
            let Self {
                client,
                group_id,
                account_id,
            } = self;
            let group_id = group_id.map_err(Error::InvalidRequest)?;
            let account_id = account_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/groups/{}/members/{}",
                client.baseurl,
                encode_path(&group_id.to_string()),
                encode_path(&account_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "remove_group_member",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_ip_groups`]
    ///
    ///[`Client::list_ip_groups`]: super::Client::list_ip_groups
    #[derive(Debug, Clone)]
    pub struct ListIpGroups<'a> {
        client: &'a super::Client,
    }

    impl<'a> ListIpGroups<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `GET` request to `/ip-groups`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<::std::vec::Vec<types::IpGroup>>, Error<types::Problem>> {
            let Self { client } = self;
            let url = format!("{}/ip-groups", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_ip_groups",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::create_ip_group`]
    ///
    ///[`Client::create_ip_group`]: super::Client::create_ip_group
    #[derive(Debug, Clone)]
    pub struct CreateIpGroup<'a> {
        client: &'a super::Client,
        body: Result<types::builder::IpGroupInput, String>,
    }

    impl<'a> CreateIpGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::IpGroupInput>,
            <V as std::convert::TryInto<types::IpGroupInput>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `IpGroupInput` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::IpGroupInput) -> types::builder::IpGroupInput,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/ip-groups`
        pub async fn send(self) -> Result<ResponseValue<types::IpGroup>, Error<types::Problem>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::IpGroupInput::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/ip-groups", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_ip_group",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_ip_group`]
    ///
    ///[`Client::get_ip_group`]: super::Client::get_ip_group
    #[derive(Debug, Clone)]
    pub struct GetIpGroup<'a> {
        client: &'a super::Client,
        ip_group_id: Result<types::IpGroupId, String>,
    }

    impl<'a> GetIpGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ip_group_id: Err("ip_group_id was not initialized".to_string()),
            }
        }

        pub fn ip_group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::IpGroupId>,
        {
            self.ip_group_id = value
                .try_into()
                .map_err(|_| "conversion to `IpGroupId` for ip_group_id failed".to_string());
            self
        }

        ///Sends a `GET` request to `/ip-groups/{ipGroupId}`
        pub async fn send(self) -> Result<ResponseValue<types::IpGroup>, Error<types::Problem>> {
            let Self {
                client,
                ip_group_id,
            } = self;
            let ip_group_id = ip_group_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/ip-groups/{}",
                client.baseurl,
                encode_path(&ip_group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_ip_group",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::replace_ip_group`]
    ///
    ///[`Client::replace_ip_group`]: super::Client::replace_ip_group
    #[derive(Debug, Clone)]
    pub struct ReplaceIpGroup<'a> {
        client: &'a super::Client,
        ip_group_id: Result<types::IpGroupId, String>,
        body: Result<types::builder::IpGroupInput, String>,
    }

    impl<'a> ReplaceIpGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ip_group_id: Err("ip_group_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn ip_group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::IpGroupId>,
        {
            self.ip_group_id = value
                .try_into()
                .map_err(|_| "conversion to `IpGroupId` for ip_group_id failed".to_string());
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::IpGroupInput>,
            <V as std::convert::TryInto<types::IpGroupInput>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `IpGroupInput` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::IpGroupInput) -> types::builder::IpGroupInput,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PUT` request to `/ip-groups/{ipGroupId}`
        pub async fn send(self) -> Result<ResponseValue<types::IpGroup>, Error<types::Problem>> {
            let Self {
                client,
                ip_group_id,
                body,
            } = self;
            let ip_group_id = ip_group_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::IpGroupInput::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/ip-groups/{}",
                client.baseurl,
                encode_path(&ip_group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "replace_ip_group",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::delete_ip_group`]
    ///
    ///[`Client::delete_ip_group`]: super::Client::delete_ip_group
    #[derive(Debug, Clone)]
    pub struct DeleteIpGroup<'a> {
        client: &'a super::Client,
        ip_group_id: Result<types::IpGroupId, String>,
    }

    impl<'a> DeleteIpGroup<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                ip_group_id: Err("ip_group_id was not initialized".to_string()),
            }
        }

        pub fn ip_group_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::IpGroupId>,
        {
            self.ip_group_id = value
                .try_into()
                .map_err(|_| "conversion to `IpGroupId` for ip_group_id failed".to_string());
            self
        }

        ///Sends a `DELETE` request to `/ip-groups/{ipGroupId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Problem>> {
            let Self {
                client,
                ip_group_id,
            } = self;
            let ip_group_id = ip_group_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/ip-groups/{}",
                client.baseurl,
                encode_path(&ip_group_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_ip_group",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_security_settings`]
    ///
    ///[`Client::get_security_settings`]: super::Client::get_security_settings
    #[derive(Debug, Clone)]
    pub struct GetSecuritySettings<'a> {
        client: &'a super::Client,
    }

    impl<'a> GetSecuritySettings<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `GET` request to `/settings/security`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SecuritySettings>, Error<types::Problem>> {
            let Self { client } = self;
            let url = format!("{}/settings/security", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_security_settings",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::update_security_settings`]
    ///
    ///[`Client::update_security_settings`]: super::Client::update_security_settings
    #[derive(Debug, Clone)]
    pub struct UpdateSecuritySettings<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SecuritySettings, String>,
    }

    impl<'a> UpdateSecuritySettings<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SecuritySettings>,
            <V as std::convert::TryInto<types::SecuritySettings>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `SecuritySettings` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::SecuritySettings,
            ) -> types::builder::SecuritySettings,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PUT` request to `/settings/security`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SecuritySettings>, Error<types::Problem>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::SecuritySettings::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/settings/security", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_security_settings",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_smtp_security`]
    ///
    ///[`Client::get_smtp_security`]: super::Client::get_smtp_security
    #[derive(Debug, Clone)]
    pub struct GetSmtpSecurity<'a> {
        client: &'a super::Client,
    }

    impl<'a> GetSmtpSecurity<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self { client: client }
        }

        ///Sends a `GET` request to `/settings/smtp`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SmtpSecurity>, Error<types::Problem>> {
            let Self { client } = self;
            let url = format!("{}/settings/smtp", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_smtp_security",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::update_smtp_security`]
    ///
    ///[`Client::update_smtp_security`]: super::Client::update_smtp_security
    #[derive(Debug, Clone)]
    pub struct UpdateSmtpSecurity<'a> {
        client: &'a super::Client,
        body: Result<types::builder::SmtpSecurity, String>,
    }

    impl<'a> UpdateSmtpSecurity<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::SmtpSecurity>,
            <V as std::convert::TryInto<types::SmtpSecurity>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `SmtpSecurity` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::SmtpSecurity) -> types::builder::SmtpSecurity,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PUT` request to `/settings/smtp`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::SmtpSecurity>, Error<types::Problem>> {
            let Self { client, body } = self;
            let body = body
                .and_then(|v| types::SmtpSecurity::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/settings/smtp", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .put(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_smtp_security",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_tenants`]
    ///
    ///[`Client::list_tenants`]: super::Client::list_tenants
    #[derive(Debug, Clone)]
    pub struct ListTenants<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        external_id: Result<Option<::std::string::String>, String>,
        kind: Result<Option<types::TenantKind>, String>,
        limit: Result<Option<i32>, String>,
        parent_id: Result<Option<::uuid::Uuid>, String>,
        q: Result<Option<::std::string::String>, String>,
        sort: Result<Option<types::Sort>, String>,
        status: Result<Option<types::Status>, String>,
    }

    impl<'a> ListTenants<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                external_id: Ok(None),
                kind: Ok(None),
                limit: Ok(None),
                parent_id: Ok(None),
                q: Ok(None),
                sort: Ok(None),
                status: Ok(None),
            }
        }

        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for cursor failed".to_string()
            });
            self
        }

        pub fn external_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.external_id = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for external_id failed".to_string()
            });
            self
        }

        pub fn kind<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TenantKind>,
        {
            self.kind = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `TenantKind` for kind failed".to_string());
            self
        }

        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for limit failed".to_string());
            self
        }

        pub fn parent_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.parent_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `:: uuid :: Uuid` for parent_id failed".to_string());
            self
        }

        pub fn q<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.q = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `:: std :: string :: String` for q failed".to_string());
            self
        }

        pub fn sort<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Sort>,
        {
            self.sort = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Sort` for sort failed".to_string());
            self
        }

        pub fn status<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Status>,
        {
            self.status = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Status` for status failed".to_string());
            self
        }

        ///Sends a `GET` request to `/tenants`
        pub async fn send(self) -> Result<ResponseValue<types::TenantPage>, Error<types::Problem>> {
            let Self {
                client,
                cursor,
                external_id,
                kind,
                limit,
                parent_id,
                q,
                sort,
                status,
            } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let external_id = external_id.map_err(Error::InvalidRequest)?;
            let kind = kind.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let parent_id = parent_id.map_err(Error::InvalidRequest)?;
            let q = q.map_err(Error::InvalidRequest)?;
            let sort = sort.map_err(Error::InvalidRequest)?;
            let status = status.map_err(Error::InvalidRequest)?;
            let url = format!("{}/tenants", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new(
                    "externalId",
                    &external_id,
                ))
                .query(&progenitor_client::QueryParam::new("kind", &kind))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("parentId", &parent_id))
                .query(&progenitor_client::QueryParam::new("q", &q))
                .query(&progenitor_client::QueryParam::new("sort", &sort))
                .query(&progenitor_client::QueryParam::new("status", &status))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_tenants",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::create_tenant`]
    ///
    ///[`Client::create_tenant`]: super::Client::create_tenant
    #[derive(Debug, Clone)]
    pub struct CreateTenant<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::NewTenant, String>,
    }

    impl<'a> CreateTenant<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for idempotency_key failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NewTenant>,
            <V as std::convert::TryInto<types::NewTenant>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `NewTenant` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::NewTenant) -> types::builder::NewTenant,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/tenants`
        pub async fn send(self) -> Result<ResponseValue<types::Tenant>, Error<types::Problem>> {
            let Self {
                client,
                idempotency_key,
                body,
            } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::NewTenant::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/tenants", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_tenant",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_tenant`]
    ///
    ///[`Client::get_tenant`]: super::Client::get_tenant
    #[derive(Debug, Clone)]
    pub struct GetTenant<'a> {
        client: &'a super::Client,
        tenant_id: Result<types::TenantId, String>,
    }

    impl<'a> GetTenant<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                tenant_id: Err("tenant_id was not initialized".to_string()),
            }
        }

        pub fn tenant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TenantId>,
        {
            self.tenant_id = value
                .try_into()
                .map_err(|_| "conversion to `TenantId` for tenant_id failed".to_string());
            self
        }

        ///Sends a `GET` request to `/tenants/{tenantId}`
        pub async fn send(self) -> Result<ResponseValue<types::Tenant>, Error<types::Problem>> {
            let Self { client, tenant_id } = self;
            let tenant_id = tenant_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/tenants/{}",
                client.baseurl,
                encode_path(&tenant_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_tenant",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::delete_tenant`]
    ///
    ///[`Client::delete_tenant`]: super::Client::delete_tenant
    #[derive(Debug, Clone)]
    pub struct DeleteTenant<'a> {
        client: &'a super::Client,
        tenant_id: Result<types::TenantId, String>,
    }

    impl<'a> DeleteTenant<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                tenant_id: Err("tenant_id was not initialized".to_string()),
            }
        }

        pub fn tenant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TenantId>,
        {
            self.tenant_id = value
                .try_into()
                .map_err(|_| "conversion to `TenantId` for tenant_id failed".to_string());
            self
        }

        ///Sends a `DELETE` request to `/tenants/{tenantId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Problem>> {
            let Self { client, tenant_id } = self;
            let tenant_id = tenant_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/tenants/{}",
                client.baseurl,
                encode_path(&tenant_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_tenant",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::update_tenant`]
    ///
    ///[`Client::update_tenant`]: super::Client::update_tenant
    #[derive(Debug, Clone)]
    pub struct UpdateTenant<'a> {
        client: &'a super::Client,
        tenant_id: Result<types::TenantId, String>,
        body: Result<types::builder::TenantPatch, String>,
    }

    impl<'a> UpdateTenant<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                tenant_id: Err("tenant_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn tenant_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TenantId>,
        {
            self.tenant_id = value
                .try_into()
                .map_err(|_| "conversion to `TenantId` for tenant_id failed".to_string());
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TenantPatch>,
            <V as std::convert::TryInto<types::TenantPatch>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `TenantPatch` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::TenantPatch) -> types::builder::TenantPatch,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PATCH` request to `/tenants/{tenantId}`
        pub async fn send(self) -> Result<ResponseValue<types::Tenant>, Error<types::Problem>> {
            let Self {
                client,
                tenant_id,
                body,
            } = self;
            let tenant_id = tenant_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::TenantPatch::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/tenants/{}",
                client.baseurl,
                encode_path(&tenant_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_tenant",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::list_user_templates`]
    ///
    ///[`Client::list_user_templates`]: super::Client::list_user_templates
    #[derive(Debug, Clone)]
    pub struct ListUserTemplates<'a> {
        client: &'a super::Client,
        cursor: Result<Option<::std::string::String>, String>,
        domain_id: Result<Option<::uuid::Uuid>, String>,
        limit: Result<Option<i32>, String>,
        q: Result<Option<::std::string::String>, String>,
        sort: Result<Option<types::Sort>, String>,
    }

    impl<'a> ListUserTemplates<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                cursor: Ok(None),
                domain_id: Ok(None),
                limit: Ok(None),
                q: Ok(None),
                sort: Ok(None),
            }
        }

        pub fn cursor<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.cursor = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for cursor failed".to_string()
            });
            self
        }

        pub fn domain_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::uuid::Uuid>,
        {
            self.domain_id = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `:: uuid :: Uuid` for domain_id failed".to_string());
            self
        }

        pub fn limit<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<i32>,
        {
            self.limit = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `i32` for limit failed".to_string());
            self
        }

        pub fn q<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.q = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `:: std :: string :: String` for q failed".to_string());
            self
        }

        pub fn sort<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::Sort>,
        {
            self.sort = value
                .try_into()
                .map(Some)
                .map_err(|_| "conversion to `Sort` for sort failed".to_string());
            self
        }

        ///Sends a `GET` request to `/user-templates`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UserTemplatePage>, Error<types::Problem>> {
            let Self {
                client,
                cursor,
                domain_id,
                limit,
                q,
                sort,
            } = self;
            let cursor = cursor.map_err(Error::InvalidRequest)?;
            let domain_id = domain_id.map_err(Error::InvalidRequest)?;
            let limit = limit.map_err(Error::InvalidRequest)?;
            let q = q.map_err(Error::InvalidRequest)?;
            let sort = sort.map_err(Error::InvalidRequest)?;
            let url = format!("{}/user-templates", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .query(&progenitor_client::QueryParam::new("cursor", &cursor))
                .query(&progenitor_client::QueryParam::new("domainId", &domain_id))
                .query(&progenitor_client::QueryParam::new("limit", &limit))
                .query(&progenitor_client::QueryParam::new("q", &q))
                .query(&progenitor_client::QueryParam::new("sort", &sort))
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "list_user_templates",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::create_user_template`]
    ///
    ///[`Client::create_user_template`]: super::Client::create_user_template
    #[derive(Debug, Clone)]
    pub struct CreateUserTemplate<'a> {
        client: &'a super::Client,
        idempotency_key: Result<Option<::std::string::String>, String>,
        body: Result<types::builder::NewUserTemplate, String>,
    }

    impl<'a> CreateUserTemplate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                idempotency_key: Ok(None),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn idempotency_key<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<::std::string::String>,
        {
            self.idempotency_key = value.try_into().map(Some).map_err(|_| {
                "conversion to `:: std :: string :: String` for idempotency_key failed".to_string()
            });
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::NewUserTemplate>,
            <V as std::convert::TryInto<types::NewUserTemplate>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `NewUserTemplate` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(types::builder::NewUserTemplate) -> types::builder::NewUserTemplate,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `POST` request to `/user-templates`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UserTemplate>, Error<types::Problem>> {
            let Self {
                client,
                idempotency_key,
                body,
            } = self;
            let idempotency_key = idempotency_key.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::NewUserTemplate::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!("{}/user-templates", client.baseurl,);
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = idempotency_key {
                header_map.append("Idempotency-Key", value.to_string().try_into()?);
            }
            #[allow(unused_mut)]
            let mut request = client
                .client
                .post(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "create_user_template",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                201u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::get_user_template`]
    ///
    ///[`Client::get_user_template`]: super::Client::get_user_template
    #[derive(Debug, Clone)]
    pub struct GetUserTemplate<'a> {
        client: &'a super::Client,
        template_id: Result<types::TemplateId, String>,
    }

    impl<'a> GetUserTemplate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                template_id: Err("template_id was not initialized".to_string()),
            }
        }

        pub fn template_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TemplateId>,
        {
            self.template_id = value
                .try_into()
                .map_err(|_| "conversion to `TemplateId` for template_id failed".to_string());
            self
        }

        ///Sends a `GET` request to `/user-templates/{templateId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UserTemplate>, Error<types::Problem>> {
            let Self {
                client,
                template_id,
            } = self;
            let template_id = template_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/user-templates/{}",
                client.baseurl,
                encode_path(&template_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .get(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "get_user_template",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::delete_user_template`]
    ///
    ///[`Client::delete_user_template`]: super::Client::delete_user_template
    #[derive(Debug, Clone)]
    pub struct DeleteUserTemplate<'a> {
        client: &'a super::Client,
        template_id: Result<types::TemplateId, String>,
    }

    impl<'a> DeleteUserTemplate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                template_id: Err("template_id was not initialized".to_string()),
            }
        }

        pub fn template_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TemplateId>,
        {
            self.template_id = value
                .try_into()
                .map_err(|_| "conversion to `TemplateId` for template_id failed".to_string());
            self
        }

        ///Sends a `DELETE` request to `/user-templates/{templateId}`
        pub async fn send(self) -> Result<ResponseValue<()>, Error<types::Problem>> {
            let Self {
                client,
                template_id,
            } = self;
            let template_id = template_id.map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/user-templates/{}",
                client.baseurl,
                encode_path(&template_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .delete(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "delete_user_template",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                204u16 => Ok(ResponseValue::empty(response)),
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }

    ///Builder for [`Client::update_user_template`]
    ///
    ///[`Client::update_user_template`]: super::Client::update_user_template
    #[derive(Debug, Clone)]
    pub struct UpdateUserTemplate<'a> {
        client: &'a super::Client,
        template_id: Result<types::TemplateId, String>,
        body: Result<types::builder::UserTemplatePatch, String>,
    }

    impl<'a> UpdateUserTemplate<'a> {
        pub fn new(client: &'a super::Client) -> Self {
            Self {
                client: client,
                template_id: Err("template_id was not initialized".to_string()),
                body: Ok(::std::default::Default::default()),
            }
        }

        pub fn template_id<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::TemplateId>,
        {
            self.template_id = value
                .try_into()
                .map_err(|_| "conversion to `TemplateId` for template_id failed".to_string());
            self
        }

        pub fn body<V>(mut self, value: V) -> Self
        where
            V: std::convert::TryInto<types::UserTemplatePatch>,
            <V as std::convert::TryInto<types::UserTemplatePatch>>::Error: std::fmt::Display,
        {
            self.body = value
                .try_into()
                .map(From::from)
                .map_err(|s| format!("conversion to `UserTemplatePatch` for body failed: {}", s));
            self
        }

        pub fn body_map<F>(mut self, f: F) -> Self
        where
            F: std::ops::FnOnce(
                types::builder::UserTemplatePatch,
            ) -> types::builder::UserTemplatePatch,
        {
            self.body = self.body.map(f);
            self
        }

        ///Sends a `PATCH` request to `/user-templates/{templateId}`
        pub async fn send(
            self,
        ) -> Result<ResponseValue<types::UserTemplate>, Error<types::Problem>> {
            let Self {
                client,
                template_id,
                body,
            } = self;
            let template_id = template_id.map_err(Error::InvalidRequest)?;
            let body = body
                .and_then(|v| types::UserTemplatePatch::try_from(v).map_err(|e| e.to_string()))
                .map_err(Error::InvalidRequest)?;
            let url = format!(
                "{}/user-templates/{}",
                client.baseurl,
                encode_path(&template_id.to_string()),
            );
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client
                .client
                .patch(url)
                .header(
                    ::reqwest::header::ACCEPT,
                    ::reqwest::header::HeaderValue::from_static("application/json"),
                )
                .json(&body)
                .headers(header_map)
                .build()?;
            let info = OperationInfo {
                operation_id: "update_user_template",
            };
            client.pre(&mut request, &info).await?;
            let result = client.exec(request, &info).await;
            client.post(&result, &info).await?;
            let response = result?;
            match response.status().as_u16() {
                200u16 => ResponseValue::from_response(response).await,
                400u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                401u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                403u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                404u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                409u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                413u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                422u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                503u16 => Err(Error::ErrorResponse(
                    ResponseValue::from_response(response).await?,
                )),
                _ => Err(Error::UnexpectedResponse(response)),
            }
        }
    }
}

/// Items consumers will typically use such as the Client.
pub mod prelude {
    pub use self::super::Client;
}
