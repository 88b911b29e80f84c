//! Outlook's POX Autodiscover (MS-OXDSCLI): the client POSTs its address in an `Autodiscover`
//! request and is answered with an `Account` of type `email` listing IMAP, POP3 and SMTP
//! `Protocol`s. Requests asking for another response schema (ActiveSync's `mobilesync`) or
//! naming a domain the server does not host get the protocol's error (code 600).

use quick_xml::Reader;
use quick_xml::events::Event;

use crate::{ClientSettings, Protocol, Security, xml};

/// The response schema Outlook asks for, the one this server answers in.
pub const OUTLOOK_SCHEMA: &str =
    "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a";
const RESPONSE_NS: &str = "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006";
/// Longest request read.
pub const MAX_REQUEST: usize = 64 * 1024;

/// What a request asks.
#[derive(Debug, PartialEq, Eq)]
pub struct Request {
    pub email: String,
    pub schema: Option<String>,
}

/// Reads a request; `None` when it is not well-formed XML or names no address.
pub fn parse(body: &[u8]) -> Option<Request> {
    if body.len() > MAX_REQUEST {
        return None;
    }
    let text = std::str::from_utf8(body).ok()?;
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(true);
    let mut email = None;
    let mut schema = None;
    loop {
        match reader.read_event().ok()? {
            Event::Start(start) => {
                let name = start.local_name();
                let field = match name.as_ref() {
                    b"EMailAddress" => &mut email,
                    b"AcceptableResponseSchema" => &mut schema,
                    _ => continue,
                };
                let end = start.to_end().into_owned();
                let value = reader.read_text(end.name()).ok()?;
                *field = Some(value.trim().to_string());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Some(Request {
        email: email.filter(|e| !e.is_empty())?,
        schema,
    })
}

/// The answer for an address of a hosted domain.
pub fn response(settings: &ClientSettings, local_part: &str) -> String {
    let login = xml_owned(&settings.login_for(local_part));
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    out.push_str(&format!("<Autodiscover xmlns=\"{RESPONSE_NS}\">\n"));
    out.push_str(&format!("  <Response xmlns=\"{OUTLOOK_SCHEMA}\">\n"));
    out.push_str("    <Account>\n");
    out.push_str("      <AccountType>email</AccountType>\n");
    out.push_str("      <Action>settings</Action>\n");
    for endpoint in &settings.endpoints {
        let kind = match endpoint.protocol {
            Protocol::Imap => "IMAP",
            Protocol::Pop3 => "POP3",
            Protocol::Smtp => "SMTP",
        };
        let (ssl, encryption) = match endpoint.security {
            Security::ImplicitTls => ("on", "SSL"),
            Security::StartTls => ("on", "TLS"),
        };
        out.push_str("      <Protocol>\n");
        out.push_str(&format!("        <Type>{kind}</Type>\n"));
        out.push_str(&format!(
            "        <Server>{}</Server>\n",
            xml(&settings.hostname)
        ));
        out.push_str(&format!("        <Port>{}</Port>\n", endpoint.port));
        out.push_str("        <DomainRequired>off</DomainRequired>\n");
        out.push_str(&format!("        <LoginName>{login}</LoginName>\n"));
        out.push_str("        <SPA>off</SPA>\n");
        out.push_str(&format!("        <SSL>{ssl}</SSL>\n"));
        out.push_str(&format!("        <Encryption>{encryption}</Encryption>\n"));
        out.push_str("        <AuthRequired>on</AuthRequired>\n");
        if endpoint.protocol == Protocol::Smtp {
            out.push_str("        <UsePOPAuth>off</UsePOPAuth>\n");
            out.push_str("        <SMTPLast>off</SMTPLast>\n");
        }
        out.push_str("      </Protocol>\n");
    }
    out.push_str("    </Account>\n  </Response>\n</Autodiscover>\n");
    out
}

/// The protocol's error answer (code 600, "Invalid Request").
pub fn error() -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Autodiscover xmlns=\"{RESPONSE_NS}\">\n  <Response>\n    <Error Id=\"0\">\n      <ErrorCode>600</ErrorCode>\n      <Message>Invalid Request</Message>\n      <DebugData />\n    </Error>\n  </Response>\n</Autodiscover>\n"
    )
}

fn xml_owned(text: &str) -> String {
    xml(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_read_and_bad_ones_refused() {
        let body = br#"<?xml version="1.0" encoding="utf-8"?>
<Autodiscover xmlns="http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006">
  <Request>
    <EMailAddress>user@example.test</EMailAddress>
    <AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a</AcceptableResponseSchema>
  </Request>
</Autodiscover>"#;
        assert_eq!(
            parse(body),
            Some(Request {
                email: "user@example.test".into(),
                schema: Some(OUTLOOK_SCHEMA.into())
            })
        );
        assert_eq!(
            parse(b"<Autodiscover><Request></Request></Autodiscover>"),
            None
        );
        assert_eq!(parse(b"<Autodiscover><Request><EMailAddress>x"), None);
        assert_eq!(parse(b"\xff\xfe"), None);
        assert_eq!(parse(&vec![b' '; MAX_REQUEST + 1]), None);
    }
}
