//! Mozilla's autoconfig file, `config-v1.1.xml`, in the format Thunderbird documents
//! (wiki.mozilla.org/Thunderbird:Autoconfiguration:ConfigFileFormat): one `emailProvider`
//! with the domain, an `incomingServer` per IMAP and POP3 endpoint, an `outgoingServer` per
//! submission endpoint, each with host name, port, `socketType` (`SSL` or `STARTTLS`), the
//! user name and `password-cleartext` (the password goes inside TLS).

use crate::{ClientSettings, Protocol, Security, xml};

/// The file for `settings`.
pub fn config_v1_1(settings: &ClientSettings) -> String {
    let domain = xml(&settings.asked);
    // Logins are the address in the domain's own name: for an alias, the local part there.
    let username = if settings.asked == settings.own_name {
        "%EMAILADDRESS%".to_string()
    } else {
        format!("%EMAILLOCALPART%@{}", xml(&settings.own_name))
    };
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<clientConfig version=\"1.1\">\n");
    out.push_str(&format!("  <emailProvider id=\"{domain}\">\n"));
    out.push_str(&format!("    <domain>{domain}</domain>\n"));
    out.push_str(&format!("    <displayName>{domain} mail</displayName>\n"));
    out.push_str(&format!(
        "    <displayShortName>{domain}</displayShortName>\n"
    ));
    for endpoint in &settings.endpoints {
        let (element, kind) = match endpoint.protocol {
            Protocol::Imap => ("incomingServer", "imap"),
            Protocol::Pop3 => ("incomingServer", "pop3"),
            Protocol::Smtp => ("outgoingServer", "smtp"),
        };
        let socket = match endpoint.security {
            Security::ImplicitTls => "SSL",
            Security::StartTls => "STARTTLS",
        };
        out.push_str(&format!("    <{element} type=\"{kind}\">\n"));
        out.push_str(&format!(
            "      <hostname>{}</hostname>\n",
            xml(&settings.hostname)
        ));
        out.push_str(&format!("      <port>{}</port>\n", endpoint.port));
        out.push_str(&format!("      <socketType>{socket}</socketType>\n"));
        out.push_str(&format!("      <username>{username}</username>\n"));
        out.push_str("      <authentication>password-cleartext</authentication>\n");
        out.push_str(&format!("    </{element}>\n"));
    }
    out.push_str("  </emailProvider>\n</clientConfig>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Endpoint;

    #[test]
    fn names_are_escaped_and_aliases_log_in_at_the_own_name() {
        let settings = ClientSettings {
            asked: "alias.test".into(),
            own_name: "own.test".into(),
            hostname: "mail<&>.test".into(),
            endpoints: vec![Endpoint {
                protocol: Protocol::Imap,
                port: 993,
                security: Security::ImplicitTls,
            }],
        };
        let text = config_v1_1(&settings);
        assert!(
            text.contains("<hostname>mail&lt;&amp;&gt;.test</hostname>"),
            "{text}"
        );
        assert!(text.contains("<username>%EMAILLOCALPART%@own.test</username>"));
        assert!(text.contains("<socketType>SSL</socketType>"));
    }
}

/// The domain a request for the file asks about: the domain of `emailaddress` when the client
/// gives it, else the host it reached with `autoconfig.` taken off (`autoconfig.<domain>`).
pub fn domain_asked(emailaddress: Option<&str>, host: Option<&str>) -> Option<String> {
    if let Some(address) = emailaddress.filter(|a| !a.trim().is_empty()) {
        return address
            .trim()
            .rsplit_once('@')
            .map(|(_, domain)| domain.to_ascii_lowercase());
    }
    let host = host?;
    // Drop a port (`host:8080`); an IPv6 literal names no domain.
    let host = host.rsplit_once(':').map_or(host, |(h, _)| h);
    host.to_ascii_lowercase()
        .strip_prefix("autoconfig.")
        .map(str::to_string)
}

#[cfg(test)]
mod asked {
    use super::domain_asked;

    #[test]
    fn from_the_address_or_the_host() {
        assert_eq!(
            domain_asked(Some("User@Example.TEST"), Some("x")),
            Some("example.test".into())
        );
        assert_eq!(
            domain_asked(None, Some("autoconfig.example.test:8080")),
            Some("example.test".into())
        );
        assert_eq!(domain_asked(Some(""), Some("example.test")), None);
        assert_eq!(domain_asked(Some("no-at-sign"), None), None);
        assert_eq!(domain_asked(None, None), None);
    }
}
