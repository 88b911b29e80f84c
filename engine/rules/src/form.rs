//! The rule form and the out-of-office settings as data: what a control panel shows and
//! sets (`filter_rules`, `vacation`), and what the generated script is made from
//! (`generated`). Data only, so those three import it and not each other.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Rules an account may have.
pub const MAX_RULES: usize = 100;
/// Conditions, and actions, a rule may have.
pub const MAX_PARTS: usize = 20;
/// Characters of a value compared, a folder name, a reason.
pub const MAX_TEXT: usize = 1000;
/// Characters of a reply's text.
pub const MAX_REPLY: usize = 10_000;

/// One rule: when its conditions hold (all of them, or any), its actions are taken.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FilterRule {
    /// 1 to 100 characters.
    pub name: String,
    /// A disabled rule is kept but not run.
    #[serde(default = "yes")]
    pub enabled: bool,
    /// Whether all conditions must hold, or any one.
    #[serde(default)]
    pub match_type: FilterMatchType,
    /// None: the rule applies to every message.
    #[serde(default)]
    pub conditions: Vec<FilterRuleCondition>,
    /// At least one.
    pub actions: Vec<FilterRuleAction>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum FilterMatchType {
    #[default]
    All,
    Any,
}

/// How a text condition compares (`matches`: `*` any text, `?` one character).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase")]
pub enum FilterTextOperator {
    Is,
    IsNot,
    Contains,
    NotContains,
    Matches,
    NotMatches,
}

/// What a rule looks at.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(tag = "type", rename_all = "camelCase", deny_unknown_fields)]
pub enum FilterRuleCondition {
    /// The From address.
    From {
        operator: FilterTextOperator,
        value: String,
    },
    /// A To address.
    To {
        operator: FilterTextOperator,
        value: String,
    },
    /// A Cc address.
    Cc {
        operator: FilterTextOperator,
        value: String,
    },
    /// A To or Cc address.
    Recipient {
        operator: FilterTextOperator,
        value: String,
    },
    /// The Sender address (mailing lists set it).
    Sender {
        operator: FilterTextOperator,
        value: String,
    },
    Subject {
        operator: FilterTextOperator,
        value: String,
    },
    /// Any header field, by name.
    Header {
        name: String,
        operator: FilterTextOperator,
        value: String,
    },
    /// Larger than this many bytes.
    SizeOver { bytes: u64 },
    /// Smaller than this many bytes.
    SizeUnder { bytes: u64 },
    /// The message has a part marked as an attachment (or is multipart/mixed).
    HasAttachment,
    /// The content filter found it spam (`X-Spam-Flag: YES`).
    Spam,
}

/// What a rule does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(tag = "type", rename_all = "camelCase", deny_unknown_fields)]
pub enum FilterRuleAction {
    /// Files it in a folder (made when missing) instead of the Inbox.
    MoveTo {
        folder: String,
    },
    /// Files a copy in a folder (made when missing); it also goes where it would have.
    CopyTo {
        folder: String,
    },
    /// Sends a copy on to an address; the message is kept too.
    Forward {
        address: String,
    },
    /// Sends it on to an address; no copy is kept (unless another action keeps one).
    Redirect {
        address: String,
    },
    /// Refuses it: in the SMTP session when every recipient refuses, else the sender gets a
    /// delivery status notification with the reason.
    Reject {
        reason: String,
    },
    /// Deletes it: not stored anywhere.
    Delete,
    MarkRead,
    MarkFlagged,
    /// Sets an IMAP keyword.
    SetKeyword {
        keyword: String,
    },
    /// Answers the sender with this text, once a week per sender (not while the
    /// out-of-office reply is on).
    Reply {
        #[serde(default)]
        subject: Option<String>,
        text: String,
    },
    /// No later rule is run.
    Stop,
}

/// An account's out-of-office reply, as the API shows and sets it (JMAP's VacationResponse,
/// with Kerio's "once a week per sender"). Compiled into the generated script's first block.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VacationSettings {
    pub enabled: bool,
    /// Default: "Auto: " and the subject of the message answered.
    #[serde(default)]
    pub subject: Option<String>,
    /// The reply's text; required when enabled. At most 10,000 characters.
    #[serde(default)]
    pub text: String,
    /// Replies start at this time (UTC); none: at once.
    #[serde(default)]
    pub from_date: Option<DateTime<Utc>>,
    /// Replies stop at this time (UTC); none: until disabled.
    #[serde(default)]
    pub to_date: Option<DateTime<Utc>>,
    /// Days before the same sender is answered again: 1 to 90.
    #[serde(default = "a_week")]
    pub days: u32,
}

fn a_week() -> u32 {
    7
}

impl Default for VacationSettings {
    fn default() -> Self {
        Self {
            enabled: false,
            subject: None,
            text: String::new(),
            from_date: None,
            to_date: None,
            days: a_week(),
        }
    }
}
