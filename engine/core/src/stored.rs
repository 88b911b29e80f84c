//! Enums stored as text columns. One macro gives each its text form and its sqlx mapping, so
//! a row decodes straight into the enum and a value the code does not know (a newer server's,
//! or a hand-edited row) is a decode error rather than a silent default.

/// Declares how an enum is stored: `stored_as_text!(Status { Active => "active", ... })`
/// gives `as_str`, `from_stored` and sqlx `Type`/`Encode`/`Decode` on PostgreSQL text.
#[macro_export]
macro_rules! stored_as_text {
    ($name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $name {
            /// The stored (and logged) text of the value.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $text,)+
                }
            }

            /// The value a stored text names; `None` for a text no variant has.
            pub fn from_stored(text: &str) -> Option<Self> {
                match text {
                    $($text => Some(Self::$variant),)+
                    _ => None,
                }
            }
        }

        impl sqlx::Type<sqlx::Postgres> for $name {
            fn type_info() -> sqlx::postgres::PgTypeInfo {
                <&str as sqlx::Type<sqlx::Postgres>>::type_info()
            }

            fn compatible(ty: &sqlx::postgres::PgTypeInfo) -> bool {
                <&str as sqlx::Type<sqlx::Postgres>>::compatible(ty)
            }
        }

        impl<'r> sqlx::Decode<'r, sqlx::Postgres> for $name {
            fn decode(
                value: sqlx::postgres::PgValueRef<'r>,
            ) -> Result<Self, sqlx::error::BoxDynError> {
                let text = <&str as sqlx::Decode<sqlx::Postgres>>::decode(value)?;
                Self::from_stored(text).ok_or_else(|| {
                    format!(concat!("unknown stored ", stringify!($name), " {:?}"), text).into()
                })
            }
        }

        impl sqlx::Encode<'_, sqlx::Postgres> for $name {
            fn encode_by_ref(
                &self,
                buf: &mut sqlx::postgres::PgArgumentBuffer,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <&str as sqlx::Encode<sqlx::Postgres>>::encode(self.as_str(), buf)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    enum Colour {
        Red,
        DarkBlue,
    }

    crate::stored_as_text!(Colour { Red => "red", DarkBlue => "dark_blue" });

    #[test]
    fn text_forms_go_both_ways_and_unknown_ones_are_refused() {
        for c in [Colour::Red, Colour::DarkBlue] {
            assert_eq!(Colour::from_stored(c.as_str()), Some(c));
        }
        assert_eq!(Colour::DarkBlue.as_str(), "dark_blue");
        assert_eq!(Colour::from_stored("green"), None);
        assert_eq!(Colour::from_stored("Red"), None);
    }
}
