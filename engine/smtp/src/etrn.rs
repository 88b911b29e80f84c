//! ETRN (RFC 1985): a domain's own server asks for the mail held for it.

use super::*;

impl Session {
    /// ETRN (RFC 1985): starts delivery of the mail queued for a domain (`@domain`: and its
    /// subdomains). Asked by a trusted client, a server administrator or a user of that
    /// domain (authenticated), or the host the domain's mail is forwarded to (its primary
    /// server coming back).
    pub(crate) async fn etrn(&mut self, name: &str, out: &mut Vec<u8>) {
        if self.helo.is_none() {
            return self.refuse(out, "503 5.5.1 Send EHLO or HELO first");
        }
        if self.transaction.is_some() {
            return self.refuse(
                out,
                "503 5.5.1 ETRN is not allowed during a mail transaction",
            );
        }
        if name.starts_with('#') {
            return self.refuse(
                out,
                "458 4.5.0 Queue names are not supported; give a domain",
            );
        }
        let (name, subdomains) = match name.strip_prefix('@') {
            Some(d) => (d, true),
            None => (name, false),
        };
        let Ok(parsed) = DomainName::parse(name, "domain") else {
            return self.refuse(out, "501 5.5.4 Syntax: ETRN <domain>");
        };
        let domain = parsed.as_str().to_string();
        let allowed = postbay_core::queue::may_etrn(
            self.pipeline.pool(),
            &parsed,
            subdomains,
            self.trusted,
            self.authenticated.as_ref().map(|user| user.account),
            self.is_forwarding_host(&domain),
        )
        .await
        .unwrap_or(false);
        if !allowed {
            return self.refuse(
                out,
                &format!("459 4.7.1 {domain}: not allowed from your address"),
            );
        }
        match postbay_core::queue::flush_domain(self.pipeline.pool(), &domain, subdomains).await {
            Ok(0) => reply(
                out,
                &format!("251 2.0.0 OK, no messages waiting for node {domain}"),
            ),
            Ok(_) => reply(out, &format!("250 2.0.0 Queuing for node {domain} started")),
            Err(e) => {
                tracing::error!(error = %e, "ETRN");
                reply(
                    out,
                    &format!("458 4.3.0 Unable to queue messages for node {domain}"),
                );
            }
        }
    }

    /// Whether the client's address is one of the addresses of `domain`'s forwarding host.
    pub(crate) async fn is_forwarding_host(&self, domain: &str) -> bool {
        let Ok(Some(forwarding)) =
            postbay_core::domains::forwarding_of(self.pipeline.pool(), domain).await
        else {
            return false;
        };
        let client = self.peer.ip();
        match self.dns.addresses(&forwarding.host).await {
            Ok(ips) => ips.into_iter().any(|ip| ip.to_canonical() == client),
            Err(_) => false,
        }
    }
}
