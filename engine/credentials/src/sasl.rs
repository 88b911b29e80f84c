//! The SASL bearer mechanisms' messages: OAUTHBEARER (RFC 7628) and Google's XOAUTH2, which
//! differ in framing only. The protocol adapters run the exchange; this reads the client's
//! message and writes the server's error challenge.

/// Which bearer mechanism a client chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BearerMechanism {
    OAuthBearer,
    XOAuth2,
}

/// What a client's bearer message says: who it logs in as (if it says) and the token.
#[derive(Debug, PartialEq, Eq)]
pub struct BearerResponse {
    /// OAUTHBEARER's authzid (`a=`), optional there; XOAUTH2's `user=`, required.
    pub user: Option<String>,
    pub token: String,
}

/// Longest bearer message read (a token is far shorter; a JWT from elsewhere fits too).
const MAX_MESSAGE: usize = 8192;

/// Reads a client's (decoded) bearer message; `None` when it is malformed.
pub fn parse(mechanism: BearerMechanism, message: &[u8]) -> Option<BearerResponse> {
    if message.len() > MAX_MESSAGE {
        return None;
    }
    let text = std::str::from_utf8(message).ok()?;
    let (user, fields) = match mechanism {
        BearerMechanism::OAuthBearer => {
            // gs2-header: "n," or "y," (no channel binding), then "a=<authzid>" or nothing, ",".
            let rest = text
                .strip_prefix("n,")
                .or_else(|| text.strip_prefix("y,"))?;
            let (authzid, fields) = rest.split_once(',')?;
            let user = match authzid {
                "" => None,
                a => Some(unescape_saslname(a.strip_prefix("a=")?)?),
            };
            (user, fields.strip_prefix('\u{1}')?)
        }
        BearerMechanism::XOAuth2 => (None, text),
    };
    let mut user = user;
    let mut token = None;
    for field in fields.split('\u{1}').filter(|f| !f.is_empty()) {
        let (key, value) = field.split_once('=')?;
        match key {
            "auth" => {
                let (scheme, value) = value.split_once(' ')?;
                if !scheme.eq_ignore_ascii_case("bearer") || value.trim().is_empty() {
                    return None;
                }
                token = Some(value.trim().to_string());
            }
            "user" if mechanism == BearerMechanism::XOAuth2 => user = Some(value.to_string()),
            _ => {}
        }
    }
    // Both end with the kvsep twice: "...\x01\x01".
    if !text.ends_with("\u{1}\u{1}") {
        return None;
    }
    if mechanism == BearerMechanism::XOAuth2 && user.is_none() {
        return None;
    }
    Some(BearerResponse {
        user,
        token: token?,
    })
}

/// RFC 5801 saslname: `=2C` is a comma, `=3D` an equals sign; any other `=` is malformed.
fn unescape_saslname(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('=') {
        out.push_str(&rest[..i]);
        let code = rest.get(i + 1..i + 3)?;
        out.push(match code {
            "2C" => ',',
            "3D" => '=',
            _ => return None,
        });
        rest = &rest[i + 3..];
    }
    out.push_str(rest);
    Some(out)
}

/// The server's error challenge after a refused token (RFC 7628 §3.2.2; Google's form for
/// XOAUTH2), not yet base64: the client answers it with a dummy message and the server then
/// fails the exchange.
pub fn error_challenge(mechanism: BearerMechanism, scope: &str) -> Vec<u8> {
    let status = match mechanism {
        BearerMechanism::OAuthBearer => "invalid_token",
        BearerMechanism::XOAuth2 => "401",
    };
    serde_json::json!({"status": status, "schemes": "bearer", "scope": scope})
        .to_string()
        .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oauthbearer_messages() {
        let m = b"n,a=user@example.com,\x01host=server.example.com\x01port=143\x01auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\x01\x01";
        assert_eq!(
            parse(BearerMechanism::OAuthBearer, m),
            Some(BearerResponse {
                user: Some("user@example.com".into()),
                token: "vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==".into()
            })
        );
        let anonymous = b"n,,\x01auth=Bearer abc\x01\x01";
        assert_eq!(
            parse(BearerMechanism::OAuthBearer, anonymous).map(|r| r.user),
            Some(None)
        );
        let escaped = b"n,a=we=2Cird=3D@example.com,\x01auth=Bearer abc\x01\x01";
        assert_eq!(
            parse(BearerMechanism::OAuthBearer, escaped).and_then(|r| r.user),
            Some("we,ird=@example.com".into())
        );
        for bad in [
            &b"p=tls-unique,,\x01auth=Bearer abc\x01\x01"[..],
            b"n,,\x01auth=Basic abc\x01\x01",
            b"n,,\x01auth=Bearer abc\x01",
            b"n,,\x01host=x\x01\x01",
            b"n,a=bad=ZZ,\x01auth=Bearer abc\x01\x01",
            b"\x01",
        ] {
            assert_eq!(parse(BearerMechanism::OAuthBearer, bad), None, "{bad:?}");
        }
    }

    #[test]
    fn xoauth2_messages() {
        let m = b"user=someuser@example.com\x01auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01";
        assert_eq!(
            parse(BearerMechanism::XOAuth2, m),
            Some(BearerResponse {
                user: Some("someuser@example.com".into()),
                token: "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg".into()
            })
        );
        assert_eq!(
            parse(BearerMechanism::XOAuth2, b"auth=Bearer abc\x01\x01"),
            None,
            "XOAUTH2 names its user"
        );
        let challenge = error_challenge(BearerMechanism::XOAuth2, "imap");
        let json: serde_json::Value = serde_json::from_slice(&challenge).unwrap();
        assert_eq!(json["status"], "401");
        assert_eq!(json["schemes"], "bearer");
    }
}
