//! The end of DATA or BDAT: the Received header, the pipeline, and the one reply that says
//! whether the message was committed.

use super::*;

impl Session {
    /// End of DATA or of the last BDAT chunk: store, then answer.
    pub(crate) async fn finish_message(&mut self, out: &mut Vec<u8>) {
        let body = std::mem::take(&mut self.message);
        let Some(transaction) = self.transaction.take() else {
            return reply(out, "503 5.5.1 No valid recipients");
        };
        if self.too_big {
            self.too_big = false;
            return reply(
                out,
                &format!(
                    "552 5.3.4 Message size exceeds the limit of {} bytes",
                    self.max_size()
                ),
            );
        }
        if transaction.size_limit > 0 && body.len() as u64 > transaction.size_limit {
            let line = format!(
                "552 5.3.4 Message size exceeds the limit of {} bytes",
                transaction.size_limit
            );
            return reply(out, &line);
        }
        if received_headers(&body) >= self.limits.max_received_hops as usize {
            return reply(out, "554 5.4.6 Too many Received headers: a mail loop?");
        }
        if !self.exempt && !self.guard.take_message(self.peer.ip(), &self.limits) {
            return reply(
                out,
                "450 4.7.1 Too many messages from your address this hour; try later",
            );
        }
        let id = uuid::Uuid::now_v7().simple().to_string();
        let mut content = self.received_header(&transaction, &id).into_bytes();
        content.extend_from_slice(&body);
        // Mail from other servers has its sender checked; users' submissions and the
        // operator's own relays (the trusted relay group) do not.
        let checked =
            self.kind == ListenerKind::Mx && self.authenticated.is_none() && !self.in_relay_group;
        let envelope = Envelope {
            from: transaction.from,
            recipients: transaction.recipients,
            ret: transaction.ret,
            envid: transaction.envid,
            origin: match &self.authenticated {
                Some(user) => Origin::Submitted(user.account),
                None if checked => Origin::Remote(SmtpPeer {
                    ip: self.peer.ip(),
                    helo: self.helo.clone().unwrap_or_default(),
                }),
                None => Origin::Trusted,
            },
        };
        match self.pipeline.deliver(&envelope, content).await {
            Ok(_) => reply(out, &format!("250 2.0.0 Message accepted as {id}")),
            Err(DeliveryError::Refused(line) | DeliveryError::Deferred(line)) => reply(out, &line),
            Err(e) => {
                if let Some(held_back) = STORING_ERRORS.pass() {
                    match &e {
                        DeliveryError::Core(_)
                        | DeliveryError::Stopped
                        | DeliveryError::MailboxFull(_)
                        | DeliveryError::Refused(_)
                        | DeliveryError::Deferred(_)
                        | DeliveryError::Filter(_) => {
                            tracing::warn!(error = %e, held_back, "storing a message")
                        }
                        DeliveryError::Database(_)
                        | DeliveryError::Mailbox(_)
                        | DeliveryError::Batch(_) => {
                            tracing::error!(error = %e, held_back, "storing a message")
                        }
                    }
                }
                if e.is_storage_full() {
                    reply(
                        out,
                        "452 4.3.1 Insufficient system storage; try again later",
                    );
                } else {
                    reply(
                        out,
                        "451 4.3.0 Temporary failure storing the message; try again later",
                    );
                }
            }
        }
    }

    /// The trace header added to every message (RFC 5321 section 4.4).
    pub(crate) fn received_header(&self, transaction: &Transaction, id: &str) -> String {
        let helo = self.helo.as_deref().unwrap_or("unknown");
        // The listener gives the peer in canonical form: an IPv6 address here is a real one.
        let ip = match self.peer.ip() {
            IpAddr::V6(v6) => format!("IPv6:{v6}"),
            IpAddr::V4(v4) => v4.to_string(),
        };
        // Protocol types of RFC 3848 and RFC 6531.
        let with = if self.esmtp {
            format!(
                "{}{}{}",
                if transaction.smtputf8 {
                    "UTF8SMTP"
                } else {
                    "ESMTP"
                },
                if self.tls { "S" } else { "" },
                if self.authenticated.is_some() {
                    "A"
                } else {
                    ""
                }
            )
        } else {
            "SMTP".to_string()
        };
        let date = chrono::Utc::now().to_rfc2822();
        let helo: String = helo
            .chars()
            .filter(|c| c.is_ascii_graphic())
            .take(255)
            .collect();
        let hidden = self.limits.hide_trusted_ips_in_received
            && (self.in_relay_group || self.authenticated.is_some());
        let from = if hidden {
            helo
        } else {
            format!("{helo} ([{ip}])")
        };
        let mut header = format!(
            "Received: from {from}\r\n\tby {} (Postbay) with {with} id {id}",
            self.config.hostname
        );
        if let [only] = transaction.recipients.as_slice() {
            header.push_str(&format!("\r\n\tfor <{}>", only.address));
        }
        header.push_str(&format!(";\r\n\t{date}\r\n"));
        header
    }
}
