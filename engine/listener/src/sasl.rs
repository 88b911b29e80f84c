//! SASL PLAIN (RFC 4616), as every protocol that takes a password reads it: the user name and
//! password of an already base64-decoded response. Acting for another user is refused.

/// Why a PLAIN response is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlainError {
    /// Not `authzid NUL authcid NUL password`.
    Malformed,
    /// An authorization identity other than the user's own.
    OtherIdentity,
}

/// The user name and password of a decoded PLAIN response.
pub fn plain(decoded: &[u8]) -> Result<(String, String), PlainError> {
    let parts: Vec<&[u8]> = decoded.split(|&b| b == 0).collect();
    let [authzid, user, password] = parts.as_slice() else {
        return Err(PlainError::Malformed);
    };
    if !authzid.is_empty() && authzid != user {
        return Err(PlainError::OtherIdentity);
    }
    Ok((
        String::from_utf8_lossy(user).into_owned(),
        String::from_utf8_lossy(password).into_owned(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_responses() {
        assert_eq!(
            plain(b"\0alice\0secret"),
            Ok(("alice".into(), "secret".into()))
        );
        assert_eq!(
            plain(b"alice\0alice\0secret"),
            Ok(("alice".into(), "secret".into()))
        );
        assert_eq!(plain(b"bob\0alice\0secret"), Err(PlainError::OtherIdentity));
        assert_eq!(plain(b"alice\0secret"), Err(PlainError::Malformed));
    }
}
