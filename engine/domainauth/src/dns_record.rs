//! A DNS record as the server recommends publishing it: what the records of a domain
//! (`records`) and each DKIM key (`keys`) are made of.

use postbay_dns::RecordKind;
use serde::Serialize;

/// The TTL the server recommends, seconds.
pub const TTL: u32 = 3600;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "UPPERCASE")]
pub enum RecordType {
    Mx,
    Txt,
    Cname,
    Srv,
}

impl RecordType {
    pub(crate) fn kind(self) -> RecordKind {
        match self {
            Self::Mx => RecordKind::Mx,
            Self::Txt => RecordKind::Txt,
            Self::Cname => RecordKind::Cname,
            Self::Srv => RecordKind::Srv,
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Mx => "MX",
            Self::Txt => "TXT",
            Self::Cname => "CNAME",
            Self::Srv => "SRV",
        }
    }
}

/// One record to publish.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct DnsRecord {
    #[serde(rename = "type")]
    pub record_type: RecordType,
    /// The owner name, without the final dot.
    pub name: String,
    /// As a zone file writes it (`10 mx.example.net.`, a TXT record's text unquoted and whole:
    /// strings longer than 255 octets are split when published).
    pub value: String,
    pub ttl: u32,
}
