//! The URLs subscriptions may use, and how they are shown where others may read them.

use postbay_core::error::{CoreError, CoreResult};
use postbay_core::net;
use url::Url;

/// Longest URL taken.
const MAX_URL: usize = 2048;

/// The URL as the audit trail and events show it: scheme, host and port only, since a path
/// or query often carries the receiver's token.
pub fn url_origin(url: &str) -> String {
    match Url::parse(url) {
        Ok(u) => u.origin().ascii_serialization(),
        Err(_) => String::new(),
    }
}

/// A URL a subscription may use: http or https, a host, no credentials, and for a tenant's
/// subscription no internal address (names are checked again at every delivery).
pub(crate) fn check_url(text: &str, server_wide: bool) -> CoreResult<String> {
    let invalid = |code, message: &'static str| CoreError::invalid("url", code, message);
    if text.len() > MAX_URL {
        return Err(invalid("too_long", "at most 2048 characters"));
    }
    let url = Url::parse(text.trim()).map_err(|_| invalid("invalid_url", "not a URL"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(invalid(
            "invalid_url",
            "the URL must be http:// or https://",
        ));
    }
    let Some(host) = url.host_str() else {
        return Err(invalid("invalid_url", "the URL has no host"));
    };
    if !url.username().is_empty() || url.password().is_some() {
        return Err(invalid(
            "invalid_url",
            "credentials in the URL are not taken; verify the signature instead",
        ));
    }
    if url.fragment().is_some() {
        return Err(invalid("invalid_url", "the URL may not have a fragment"));
    }
    if !server_wide && !net::tenant_may_name(host) {
        return Err(invalid(
            "internal_target",
            "a loopback, private or otherwise internal address, which only server-wide webhooks may use",
        ));
    }
    Ok(url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_checked_and_shown_without_their_path() {
        assert!(check_url("https://hooks.example.com/in?token=x", false).is_ok());
        assert!(check_url("ftp://hooks.example.com/", false).is_err());
        assert!(check_url("https://user:pw@hooks.example.com/", false).is_err());
        assert!(check_url("http://10.0.0.1/hook", false).is_err());
        assert!(check_url("http://10.0.0.1/hook", true).is_ok());
        assert_eq!(
            url_origin("https://hooks.example.com/T0/B1/secret?token=x"),
            "https://hooks.example.com"
        );
        assert_eq!(
            url_origin("http://hooks.example.com:8080/in"),
            "http://hooks.example.com:8080"
        );
    }
}
