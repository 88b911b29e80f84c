//! MAIL and RCPT: who may send as whom, who receives here, the relaying rule, greylisting
//! and the separation of domains with rules of their own.

use super::*;

impl Session {
    pub(crate) async fn mail(&mut self, from: smtp_proto::MailFrom<String>, out: &mut Vec<u8>) {
        if self.helo.is_none() {
            return self.refuse(out, "503 5.5.1 Send EHLO or HELO first");
        }
        if self.transaction.is_some() {
            return self.refuse(out, "503 5.5.1 Nested MAIL command");
        }
        if from.size > self.max_size() {
            return self.refuse(
                out,
                &format!(
                    "552 5.3.4 Message size exceeds the limit of {} bytes",
                    self.max_size()
                ),
            );
        }
        if self.kind != ListenerKind::Mx && self.authenticated.is_none() {
            return self.refuse(out, "530 5.7.0 Authentication required");
        }
        let address = from.address.trim();
        let sender = if address.is_empty() {
            if self.authenticated.is_some() {
                return self.refuse(out, "553 5.7.1 Users send with their own address, not <>");
            }
            None
        } else if let Ok(parsed) = EmailAddress::parse(address, "from") {
            if let Some(user) = &self.authenticated {
                let pool = self.pipeline.pool();
                match postbay_delivery::may_send_as(pool, &parsed, user.account.0).await {
                    Ok(SenderPermission::Allowed) => {}
                    Ok(SenderPermission::NotTheirs) => {
                        let line = format!("553 5.7.1 {} may not send as <{address}>", user.login);
                        return self.refuse(out, &line);
                    }
                    Ok(SenderPermission::NameUnverified) => {
                        let line = format!(
                            "553 5.7.1 <{address}>: {} is not verified yet; its users may send once it is",
                            parsed.domain().as_str()
                        );
                        return self.refuse(out, &line);
                    }
                    Err(e) => {
                        tracing::error!(error = %e, "checking a sender address");
                        return reply(out, "451 4.3.0 Temporary failure; try again later");
                    }
                }
            }
            if self.limits.check_sender_domain_in_dns
                && self.authenticated.is_none()
                && !self.trusted
                && !self.exempt
            {
                match self.dns.mail_domain(parsed.domain().as_str()).await {
                    Ok(MailDomain::Exists) => {}
                    Ok(MailDomain::Missing) => {
                        return self
                            .refuse(out, "550 5.1.8 The sender's domain does not exist in DNS");
                    }
                    Ok(MailDomain::NullMx) => {
                        return self.refuse(
                            out,
                            "550 5.7.27 The sender's domain does not accept mail (null MX)",
                        );
                    }
                    Err(e) => {
                        tracing::info!(error = %e, "sender domain lookup failed");
                        return reply(
                            out,
                            "451 4.4.3 Cannot look up the sender's domain; try again later",
                        );
                    }
                }
            }
            Some(parsed.to_string())
        } else {
            return self.refuse(out, "553 5.1.7 The sender address is not valid");
        };
        let size_limit = self
            .authenticated
            .as_ref()
            .map_or(0, |user| user.max_message_size);
        if size_limit > 0 && from.size as u64 > size_limit {
            let line = format!("552 5.3.4 You may send messages of at most {size_limit} bytes");
            return self.refuse(out, &line);
        }
        self.reset_transaction();
        self.transaction = Some(Transaction {
            from: sender,
            recipients: Vec::new(),
            smtputf8: from.flags & smtp_proto::MAIL_SMTPUTF8 != 0,
            rules_domain: None,
            declared_size: from.size,
            size_limit,
            ret: if from.flags & smtp_proto::MAIL_RET_FULL != 0 {
                Some("FULL")
            } else if from.flags & smtp_proto::MAIL_RET_HDRS != 0 {
                Some("HDRS")
            } else {
                None
            },
            envid: from.env_id.clone(),
        });
        reply(out, "250 2.1.0 Sender OK");
    }

    pub(crate) async fn rcpt(&mut self, to: smtp_proto::RcptTo<String>, out: &mut Vec<u8>) {
        let Some(transaction) = &self.transaction else {
            return self.refuse(out, "503 5.5.1 Need MAIL before RCPT");
        };
        if transaction.recipients.len() >= self.limits.max_recipients as usize {
            return reply(out, "452 4.5.3 Too many recipients");
        }
        let address = if to.address.trim().eq_ignore_ascii_case("postmaster") {
            // RFC 5321 section 4.5.1: the bare Postmaster is the primary domain's.
            match postbay_delivery::primary_postmaster(self.pipeline.pool()).await {
                Ok(Some(address)) => address,
                Ok(None) => return self.refuse(out, "550 5.1.1 No such user here"),
                Err(e) => {
                    tracing::error!(error = %e, "finding the postmaster");
                    return reply(out, "451 4.3.0 Temporary failure; try again later");
                }
            }
        } else {
            let Ok(address) = EmailAddress::parse(&to.address, "to") else {
                return self.refuse(out, "501 5.1.3 The recipient address is not valid");
            };
            address
        };
        // Mail from outside has no origin. An authenticated user's counts as its tenant's; a
        // trusted network's relay is the server's own users, of no tenant known here, so no
        // tenant's unverified names are local for it.
        let origin = match &self.authenticated {
            Some(user) => Some(user.tenant),
            None if self.trusted => Some(postbay_core::ids::TenantId(uuid::Uuid::nil())),
            None => None,
        };
        let bounce = transaction.from.is_none();
        match self
            .pipeline
            .check_recipient(&address, origin, bounce)
            .await
        {
            Ok(RecipientCheck::Local(route)) => {
                let limit = route.max_message_size;
                let declared = transaction.declared_size as u64;
                if limit > 0 && declared > limit {
                    let line =
                        format!("552 5.3.4 <{address}> accepts messages of at most {limit} bytes");
                    return self.refuse(out, &line);
                }
                let rules_domain = self.rules_domain(&address).await;
                if let Some(t) = &self.transaction
                    && !t.recipients.is_empty()
                    && t.rules_domain != rules_domain
                {
                    // One filter verdict per message: a domain's own rules judge its mail
                    // alone. RFC 5321 4.5.3.1.10: the client sends these in another
                    // transaction.
                    return reply(
                        out,
                        "452 4.5.3 Too many recipients: send those of this domain in another transaction",
                    );
                }
                if let Some(wait) = self.greylisted(&address).await {
                    let line = format!(
                        "451 4.7.1 Greylisted: please try again in {} seconds",
                        wait.as_secs()
                    );
                    return reply(out, &line);
                }
                if let Some(t) = &mut self.transaction {
                    if limit > 0 && (t.size_limit == 0 || limit < t.size_limit) {
                        t.size_limit = limit;
                    }
                    t.rules_domain = rules_domain;
                    t.recipients.push(Recipient {
                        address,
                        route,
                        notify: notify(to.flags),
                        orcpt: to.orcpt.clone(),
                    });
                }
                reply(out, "250 2.1.5 Recipient OK");
            }
            Ok(RecipientCheck::Disabled) => self.refuse(out, "550 5.2.1 The mailbox is disabled"),
            Ok(RecipientCheck::OverQuota) => {
                reply(out, "452 4.2.2 The mailbox is full; try again later")
            }
            Ok(RecipientCheck::Unknown) => {
                tracing::info!(target: "postbay::security", client = %self.peer.ip(), recipient = to.address.trim(), "Unknown recipient refused");
                self.refuse(out, "550 5.1.1 No such user here");
                if !self.exempt
                    && !self.trusted
                    && self.authenticated.is_none()
                    && self.guard.unknown_recipient(self.peer.ip(), &self.limits)
                {
                    reply(
                        out,
                        "421 4.7.1 Too many unknown recipients; your address is blocked for an hour",
                    );
                    self.closing = true;
                }
            }
            Ok(RecipientCheck::NotLocal)
                if self.authenticated.is_some() || self.trusted || self.pop_window().await =>
            {
                let route = postbay_delivery::Route::relayed(to.address.trim());
                if let Some(t) = &mut self.transaction {
                    t.recipients.push(Recipient {
                        address,
                        route,
                        notify: notify(to.flags),
                        orcpt: to.orcpt.clone(),
                    });
                }
                reply(out, "250 2.1.5 Recipient OK, relaying");
            }
            Ok(RecipientCheck::NotLocal) => {
                let from = self
                    .transaction
                    .as_ref()
                    .and_then(|t| t.from.clone())
                    .unwrap_or_default();
                tracing::info!(target: "postbay::security", client = %self.peer.ip(), from = from.as_str(),
                    recipient = to.address.trim(), domains = "", "Relay attempt refused");
                self.refuse(out, "550 5.7.1 Relaying denied")
            }
            Err(e) => {
                if let Some(held_back) = RECIPIENT_ERRORS.pass() {
                    tracing::error!(error = %e, held_back, "checking a recipient");
                }
                reply(out, "451 4.3.0 Temporary failure; try again later");
            }
        }
    }

    /// The domain with custom spam rules of its own that `recipient` is in, for mail the
    /// filter judges (from another server, neither logged in nor a trusted relay). A failure
    /// to ask counts as none: the server's rules still apply.
    pub(crate) async fn rules_domain(
        &self,
        recipient: &EmailAddress,
    ) -> Option<postbay_core::ids::DomainId> {
        if self.authenticated.is_some() || self.trusted {
            return None;
        }
        self.pipeline
            .filter()
            .rules_domain(self.pipeline.pool(), recipient.domain().as_str())
            .await
            .unwrap_or_default()
    }

    /// How long the client must wait before this recipient is accepted, when greylisting
    /// applies to it (another server, neither logged in nor a trusted relay) and the triplet
    /// is new. A failure to ask lets the recipient through: greylisting never loses mail.
    pub(crate) async fn greylisted(&self, recipient: &EmailAddress) -> Option<Duration> {
        let delay = self.screening.greylist_delay?;
        if self.authenticated.is_some() || self.trusted {
            return None;
        }
        let sender = self.transaction.as_ref().and_then(|t| t.from.as_deref());
        let recipient = recipient.to_string();
        match self
            .pipeline
            .filter()
            .greylist(
                self.pipeline.pool(),
                self.peer.ip(),
                sender,
                &recipient,
                delay,
            )
            .await
        {
            Ok(Greylisting::Pass) => None,
            Ok(Greylisting::Wait(left)) => Some(left),
            Err(e) => {
                if let Some(held_back) = RECIPIENT_ERRORS.pass() {
                    tracing::error!(error = %e, held_back, "greylisting a recipient; letting it through");
                }
                None
            }
        }
    }

    /// Whether the client's address logged in over POP3 recently enough to relay
    /// (POP-before-SMTP); asked only when the SMTP settings turn it on.
    pub(crate) async fn pop_window(&self) -> bool {
        if self.limits.pop_before_smtp_minutes == 0 {
            return false;
        }
        let open =
            postbay_core::pop_before_smtp::window_open(self.pipeline.pool(), self.peer.ip()).await;
        open.unwrap_or_else(|e| {
            tracing::warn!(error = %e, "reading the POP-before-SMTP windows");
            false
        })
    }
}
