//! Typed ids: a `DomainId` can't be passed where an `AccountId` is meant. A leaf crate, so
//! the mail store and the queue (below core) take the same types core and the API do.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
            sqlx::Type, utoipa::ToSchema,
        )]
        #[serde(transparent)]
        #[sqlx(transparent)]
        #[schema(value_type = String, format = Uuid)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A fresh, time-ordered id (UUIDv7), so ids sort in creation order.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl From<$name> for Uuid {
            fn from(id: $name) -> Uuid {
                id.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// A tenant: the server root, a reseller or a customer.
    TenantId
);
id_type!(
    /// A mail domain.
    DomainId
);
id_type!(
    /// A domain alias (another name of a domain, for delivery only).
    DomainAliasId
);
id_type!(
    /// A user account (mailbox).
    AccountId
);
id_type!(
    /// A group of accounts.
    GroupId
);
id_type!(
    /// One alias row (pattern -> target).
    AliasId
);
id_type!(
    /// A user template.
    TemplateId
);
id_type!(
    /// An API key.
    ApiKeyId
);
id_type!(
    /// A named group of IP addresses.
    IpGroupId
);
id_type!(
    /// A DNS blocklist the spam filter asks.
    BlocklistId
);
id_type!(
    /// A custom rule of the spam filter (the server's or a domain's).
    SpamRuleId
);
id_type!(
    /// A rule of the attachment filter (the server's or a domain's).
    AttachmentRuleId
);
id_type!(
    /// A message the filter holds in quarantine (one per recipient domain).
    QuarantineId
);
id_type!(
    /// A remote POP3 mailbox the server collects mail from.
    Pop3AccountId
);
id_type!(
    /// One sorting rule of a POP3 account.
    SortingRuleId
);
id_type!(
    /// A DKIM key of a domain.
    DkimKeyId
);
id_type!(
    /// A message in the outbound queue, with its recipients that leave the server.
    QueueId
);
id_type!(
    /// A process that delivers the outbound queue (its heartbeat and claims).
    DeliveryProcessId
);
id_type!(
    /// A run of the POP3 collector asked for through the API or by the scheduler.
    CollectionJobId
);
id_type!(
    /// A TLS certificate the server serves (uploaded, self-signed or from an ACME CA).
    CertificateId
);
id_type!(
    /// A time range of the scheduler.
    TimeRangeId
);
id_type!(
    /// A scheduled event (a flush of the queue, ETRN, a collection, at its times).
    ScheduledEventId
);
id_type!(
    /// A server this one sends ETRN to.
    EtrnServerId
);
id_type!(
    /// An IMAP folder of an account's mail store.
    FolderId
);
id_type!(
    /// A webhook subscription.
    WebhookId
);
id_type!(
    /// One event's delivery to one webhook subscription.
    WebhookDeliveryId
);
id_type!(
    /// A service plan: a named set of limits a tenant sells.
    PlanId
);
id_type!(
    /// An application-specific password of an account.
    AppPasswordId
);
id_type!(
    /// A bearer token the API issued for an account's mail protocols.
    AccountTokenId
);
id_type!(
    /// A one-time login link.
    LoginLinkId
);
