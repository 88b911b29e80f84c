//! Helpers for PATCH bodies: a field that is absent keeps its value; `null` clears it.

use serde::{Deserialize, Deserializer};

/// Deserialises a present field (even `null`) as `Some`, so `Option<Option<T>>` tells absent
/// (`None`) from null (`Some(None)`).
pub fn present<'de, T, D>(deserializer: D) -> Result<Option<T>, D::Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    T::deserialize(deserializer).map(Some)
}
