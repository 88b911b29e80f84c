//! An Apple configuration profile (`.mobileconfig`, an XML property list) that sets one
//! account up in Apple Mail on iOS and macOS: a `com.apple.mail.managed` payload with the
//! preferred incoming (IMAP, else POP3) and outgoing endpoints. It carries no password: the
//! device asks for it (an app password, ideally) when the profile is installed. Served to the
//! account itself and the administrators reaching it.

use postbay_core::access::Principal;
use postbay_core::accounts;
use postbay_core::error::{CoreError, CoreResult};
use postbay_core::ids::AccountId;
use postbay_core::services::ServiceDefault;
use sqlx::PgPool;

use crate::{ClientSettings, Protocol, xml};

/// The media type of a profile.
pub const CONTENT_TYPE: &str = "application/x-apple-aspen-config";

/// The profile of `account`, and a file name for it.
pub async fn for_account(
    pool: &PgPool,
    principal: &Principal,
    hostname: &str,
    defaults: &[ServiceDefault],
    account: AccountId,
) -> CoreResult<(String, String)> {
    let account = accounts::get(pool, principal, account).await?;
    let domain = account
        .email
        .rsplit_once('@')
        .map(|(_, d)| d.to_string())
        .unwrap_or_default();
    let settings = crate::for_domain(pool, hostname, defaults, &domain)
        .await?
        .ok_or(CoreError::conflict(
            "domain_not_verified",
            "the account's domain is not verified (or pending deletion): clients cannot be configured for it yet",
        ))?;
    let profile = profile(&settings, &account.email, &account.full_name, account.id)?;
    Ok((profile, format!("{}.mobileconfig", account.email)))
}

fn string(out: &mut String, key: &str, value: &str) {
    out.push_str(&format!(
        "      <key>{key}</key>\n      <string>{}</string>\n",
        xml(value)
    ));
}

fn boolean(out: &mut String, key: &str, value: bool) {
    out.push_str(&format!(
        "      <key>{key}</key>\n      <{}/>\n",
        if value { "true" } else { "false" }
    ));
}

fn integer(out: &mut String, key: &str, value: u16) {
    out.push_str(&format!(
        "      <key>{key}</key>\n      <integer>{value}</integer>\n"
    ));
}

/// The profile's property list.
pub fn profile(
    settings: &ClientSettings,
    email: &str,
    full_name: &str,
    account: AccountId,
) -> CoreResult<String> {
    let no_service = || {
        CoreError::conflict(
            "no_service",
            "no IMAP or POP3 and no submission service is enabled",
        )
    };
    let incoming = settings
        .preferred(Protocol::Imap)
        .or_else(|| settings.preferred(Protocol::Pop3))
        .ok_or_else(no_service)?;
    let outgoing = settings.preferred(Protocol::Smtp).ok_or_else(no_service)?;
    // Reverse-DNS identifiers, stable per account: installing the profile again replaces it.
    let base: String = settings
        .hostname
        .split('.')
        .rev()
        .collect::<Vec<_>>()
        .join(".");
    let mut mail = String::new();
    string(&mut mail, "EmailAccountDescription", email);
    string(
        &mut mail,
        "EmailAccountName",
        if full_name.is_empty() {
            email
        } else {
            full_name
        },
    );
    string(
        &mut mail,
        "EmailAccountType",
        if incoming.protocol == Protocol::Imap {
            "EmailTypeIMAP"
        } else {
            "EmailTypePOP"
        },
    );
    string(&mut mail, "EmailAddress", email);
    string(
        &mut mail,
        "IncomingMailServerAuthentication",
        "EmailAuthPassword",
    );
    string(&mut mail, "IncomingMailServerHostName", &settings.hostname);
    integer(&mut mail, "IncomingMailServerPortNumber", incoming.port);
    // Apple's UseSSL means TLS either way: from the first byte on a TLS port, by STARTTLS on a
    // plain one.
    boolean(&mut mail, "IncomingMailServerUseSSL", true);
    string(&mut mail, "IncomingMailServerUsername", email);
    string(
        &mut mail,
        "OutgoingMailServerAuthentication",
        "EmailAuthPassword",
    );
    string(&mut mail, "OutgoingMailServerHostName", &settings.hostname);
    integer(&mut mail, "OutgoingMailServerPortNumber", outgoing.port);
    boolean(&mut mail, "OutgoingMailServerUseSSL", true);
    string(&mut mail, "OutgoingMailServerUsername", email);
    boolean(&mut mail, "OutgoingPasswordSameAsIncomingPassword", true);
    string(&mut mail, "PayloadDescription", "Mail account");
    string(&mut mail, "PayloadDisplayName", email);
    string(
        &mut mail,
        "PayloadIdentifier",
        &format!("{base}.mail.{account}"),
    );
    string(&mut mail, "PayloadType", "com.apple.mail.managed");
    string(
        &mut mail,
        "PayloadUUID",
        &uuid::Uuid::new_v4().to_string().to_uppercase(),
    );
    integer(&mut mail, "PayloadVersion", 1);
    boolean(&mut mail, "PreventAppSheet", false);
    boolean(&mut mail, "PreventMove", false);
    boolean(&mut mail, "SMIMEEnabled", false);

    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n<dict>\n",
    );
    out.push_str("  <key>PayloadContent</key>\n  <array>\n    <dict>\n");
    out.push_str(&mail);
    out.push_str("    </dict>\n  </array>\n");
    let mut top = String::new();
    string(
        &mut top,
        "PayloadDescription",
        &format!("Sets up {email} in Mail"),
    );
    string(
        &mut top,
        "PayloadDisplayName",
        &format!("{} mail", settings.own_name),
    );
    string(
        &mut top,
        "PayloadIdentifier",
        &format!("{base}.profile.{account}"),
    );
    boolean(&mut top, "PayloadRemovalDisallowed", false);
    string(&mut top, "PayloadType", "Configuration");
    string(
        &mut top,
        "PayloadUUID",
        &uuid::Uuid::new_v4().to_string().to_uppercase(),
    );
    integer(&mut top, "PayloadVersion", 1);
    // The top level is indented less; the helper's indentation is cosmetic only.
    out.push_str(&top);
    out.push_str("</dict>\n</plist>\n");
    Ok(out)
}
