//! What the JSON-RPC methods share: empty parameters and results, the per-item outcome of
//! batch calls (`CreateResult`, `ErrorList`) with their fields named as the client sent them,
//! the create helpers every `*.create` uses, and `get` listings with `fields` and `totalItems`.

use std::collections::HashSet;
use std::future::Future;

use postbay_core::search::{SearchPage, SearchQuery};
use postbay_core::{CoreError, CoreResult};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;
use utoipa::openapi::{RefOr, Schema};

use super::{CallContext, RpcError};

pub(super) fn decode<T: DeserializeOwned>(raw: Value) -> Result<T, RpcError> {
    serde_path_to_error::deserialize(raw).map_err(|e| {
        let path = e.path().to_string();
        let field = (path != ".").then_some(path);
        RpcError::invalid_params(e.into_inner().to_string(), field)
    })
}

#[derive(Debug, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NoParams {}

#[derive(Debug, Default, Serialize, ToSchema)]
pub struct EmptyResult {}

/// Kerio's `LocalizableMessageParameters`.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct MessageParameters {
    pub positional_parameters: Vec<String>,
    pub plurality: i32,
}

/// The failure of one item of a batch call (Kerio's `Error`). `data.code` is Postbay's stable
/// machine code and `data.field` the member at fault.
#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct ItemError {
    /// Position of the item (or id) in the call's list.
    pub input_index: usize,
    pub code: i32,
    pub message: String,
    pub message_parameters: MessageParameters,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Value>,
}

impl ItemError {
    pub(super) fn new(input_index: usize, error: CoreError) -> Self {
        let e = RpcError::from(error);
        Self {
            input_index,
            code: e.code,
            message: e.message,
            message_parameters: MessageParameters {
                positional_parameters: Vec::new(),
                plurality: 1,
            },
            data: e.data,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct CreatedItem {
    pub input_index: usize,
    pub id: uuid::Uuid,
}

/// What a batch create returns: the ids of created items and the errors of the others.
#[derive(Debug, Default, Serialize, ToSchema)]
pub struct CreateResult {
    pub errors: Vec<ItemError>,
    pub result: Vec<CreatedItem>,
}

/// Core field names that the Kerio-shaped objects call differently.
const KERIO_FIELDS: [(&str, &str); 12] = [
    ("quotaBytes", "diskSizeLimit"),
    ("quotaMessages", "itemLimit"),
    ("addresses", "emailAddresses"),
    ("forwardTo", "emailForwarding.emailAddresses"),
    ("publishInAddressList", "publishInGal"),
    ("localOnly", "hasDomainRestriction"),
    ("maxOutgoingMessageSize", "outMessageLimit"),
    ("target", "deliverTo"),
    ("limits.maxAccounts", "userMaxCount"),
    ("limits.maxAliases", "aliasMaxCount"),
    ("limits.defaultQuotaBytes", "defaultDiskSizeLimit"),
    ("limits.maxQuotaBytes", "maxDiskSizeLimit"),
];

/// A core field name in the Kerio-shaped objects' terms.
pub(super) fn kerio_field(field: &str) -> String {
    KERIO_FIELDS
        .iter()
        .find(|(core, _)| field == *core || field.starts_with(&format!("{core}[")))
        .map(|(core, kerio)| field.replacen(core, kerio, 1))
        .unwrap_or_else(|| field.to_string())
}

/// Names an error's field as the client sent it, under `prefix` (`users[3].`, `pattern.`).
fn locate(error: &mut ItemError, prefix: &str) {
    let Some(Value::Object(data)) = &mut error.data else {
        return;
    };
    let Some(field) = data.get("field").and_then(Value::as_str) else {
        return;
    };
    if field.starts_with(prefix.split(['[', '.']).next().unwrap_or(prefix)) {
        return;
    }
    let located = format!("{prefix}{}", kerio_field(field));
    data.insert("field".into(), Value::String(located));
}

impl CreateResult {
    /// Orders results and errors by input index and names each error's field in full.
    pub(super) fn finish(mut self, list: &str) -> Self {
        self.errors.sort_by_key(|e| e.input_index);
        self.result.sort_by_key(|r| r.input_index);
        for e in &mut self.errors {
            let prefix = format!("{list}[{}].", e.input_index);
            locate(e, &prefix);
        }
        self
    }

    pub(super) fn push(&mut self, index: usize, outcome: CoreResult<uuid::Uuid>) {
        match outcome {
            Ok(id) => self.result.push(CreatedItem {
                input_index: index,
                id,
            }),
            Err(e) => self.errors.push(ItemError::new(index, e)),
        }
    }
}

/// What set and remove return: an error for each id that failed.
#[derive(Debug, Default, Serialize, ToSchema)]
pub struct ErrorList {
    pub errors: Vec<ItemError>,
}

impl ErrorList {
    /// Names each error's field as a member of the pattern a set call applied.
    pub(super) fn in_pattern(mut self) -> Self {
        for e in &mut self.errors {
            locate(e, "pattern.");
        }
        self
    }

    pub(super) fn push<T>(&mut self, index: usize, outcome: CoreResult<T>) {
        if let Err(e) = outcome {
            self.errors.push(ItemError::new(index, e));
        }
    }
}

/// Runs `f` on each id in turn (each its own transaction), collecting the failures.
pub(super) async fn each_id<I, T, F, Fut>(
    ctx: &CallContext<'_>,
    ids: Vec<I>,
    field: &'static str,
    mut f: F,
) -> Result<ErrorList, RpcError>
where
    F: FnMut(I) -> Fut,
    Fut: std::future::Future<Output = CoreResult<T>>,
{
    ctx.take_items(ids.len(), field)?;
    let mut out = ErrorList::default();
    for (i, id) in ids.into_iter().enumerate() {
        out.push(i, f(id).await);
    }
    Ok(out)
}

/// The members of `T` a `fields` list may name.
pub(super) fn members_of<T: ToSchema>() -> HashSet<String> {
    match T::schema() {
        RefOr::T(Schema::Object(object)) => object.properties.keys().cloned().collect(),
        _ => HashSet::new(),
    }
}

/// A get result: `list` with only the members in `fields` (all when `fields` is empty), and
/// `totalItems`. Items are serialised straight into the reply, except when `fields` asks to
/// drop members.
pub struct Listing<T> {
    list: Vec<T>,
    total_items: i64,
    fields: Vec<String>,
}

impl<T: Serialize> Serialize for Listing<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeMap, SerializeSeq};

        struct Items<'a, T>(&'a [T], &'a [String]);
        impl<T: Serialize> Serialize for Items<'_, T> {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
                for item in self.0 {
                    if self.1.is_empty() {
                        seq.serialize_element(item)?;
                    } else {
                        let mut value = serde_json::to_value(item).map_err(S::Error::custom)?;
                        if let Value::Object(map) = &mut value {
                            map.retain(|k, _| self.1.iter().any(|f| f == k));
                        }
                        seq.serialize_element(&value)?;
                    }
                }
                seq.end()
            }
        }

        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("list", &Items(&self.list, &self.fields))?;
        map.serialize_entry("totalItems", &self.total_items)?;
        map.end()
    }
}

pub(super) fn listing<T: Serialize + ToSchema, U>(
    ctx: &CallContext<'_>,
    page: SearchPage<U>,
    fields: &[String],
    convert: impl FnMut(U) -> T,
) -> Result<Listing<T>, RpcError> {
    if !fields.is_empty() {
        let known = members_of::<T>();
        if let Some((i, f)) = fields.iter().enumerate().find(|(_, f)| !known.contains(*f)) {
            return Err(CoreError::invalid(
                format!("query.fields[{i}]"),
                "unknown_field",
                format!("'{f}' is not a member of {}", T::name()),
            )
            .into());
        }
    }
    ctx.take_rows(page.list.len())?;
    Ok(Listing {
        list: page.list.into_iter().map(convert).collect(),
        total_items: page.total_items,
        fields: fields.to_vec(),
    })
}

/// Decodes each raw item; a bad one becomes that item's error rather than failing the call.
pub(super) fn decode_items<T: DeserializeOwned>(
    items: Vec<Value>,
    list_field: &'static str,
    out: &mut CreateResult,
) -> Vec<(usize, T)> {
    let mut good = Vec::with_capacity(items.len());
    for (i, raw) in items.into_iter().enumerate() {
        match serde_path_to_error::deserialize::<_, T>(raw) {
            Ok(item) => good.push((i, item)),
            Err(e) => {
                let path = e.path().to_string();
                let field = if path == "." {
                    format!("{list_field}[{i}]")
                } else {
                    format!("{list_field}[{i}].{path}")
                };
                out.errors.push(ItemError::new(
                    i,
                    CoreError::invalid(field, "invalid_params", e.into_inner().to_string()),
                ));
            }
        }
    }
    good
}

/// Names the pattern in a decoding error's field.
pub(super) fn in_pattern(mut e: RpcError) -> RpcError {
    if let Some(Value::Object(data)) = &mut e.data {
        let field = match data.get("field").and_then(Value::as_str) {
            Some(f) => format!("pattern.{}", kerio_field(f)),
            None => "pattern".into(),
        };
        data.insert("field".into(), Value::String(field));
    }
    e
}

/// Names an error's field as a member of the parameter that held it.
/// Applies a method's `settings` parameter: an empty result, or the core's error with its
/// field named as sent (`settings.<field>`).
pub(super) async fn set_settings<T>(
    change: impl std::future::Future<Output = postbay_core::CoreResult<T>>,
) -> Result<EmptyResult, RpcError> {
    under("settings.", change).await?;
    Ok(EmptyResult {})
}

/// The call's outcome, its error's field named under the parameter that carried the object
/// (`rule.value` for `{"rule": {"value": ...}}`).
pub(super) async fn under<T>(
    prefix: &str,
    call: impl std::future::Future<Output = postbay_core::CoreResult<T>>,
) -> Result<T, RpcError> {
    call.await.map_err(|e| {
        let mut e = RpcError::from(e);
        prefix_field(&mut e.data, prefix);
        e
    })
}

pub(super) fn prefix_field(data: &mut Option<Value>, prefix: &str) {
    if let Some(Value::Object(data)) = data
        && let Some(Value::String(field)) = data.get_mut("field")
    {
        *field = format!("{prefix}{field}");
    }
}

/// A create call that makes its items one at a time (each its own transaction): every item
/// that decodes and passes the core's rules is created, the others become its errors.
pub(super) async fn create_each<T, F, Fut>(
    ctx: &CallContext<'_>,
    items: Vec<Value>,
    list: &'static str,
    mut create: F,
) -> Result<CreateResult, RpcError>
where
    T: DeserializeOwned,
    F: FnMut(T) -> Fut,
    Fut: Future<Output = CoreResult<uuid::Uuid>>,
{
    ctx.take_items(items.len(), list)?;
    let mut out = CreateResult::default();
    for (i, item) in decode_items::<T>(items, list, &mut out) {
        out.push(i, create(item).await);
    }
    Ok(out.finish(list))
}

/// A create call that hands its items to one core bulk call: `prepare` turns each decoded
/// item into the core's input (or its error), `run` creates them all and answers per item.
pub(super) async fn create_in_bulk<T, B, P, F, Fut>(
    ctx: &CallContext<'_>,
    items: Vec<Value>,
    list: &'static str,
    mut prepare: P,
    run: F,
) -> Result<CreateResult, RpcError>
where
    T: DeserializeOwned,
    P: FnMut(T) -> CoreResult<B>,
    F: FnOnce(Vec<B>) -> Fut,
    Fut: Future<Output = CoreResult<Vec<CoreResult<uuid::Uuid>>>>,
{
    ctx.take_items(items.len(), list)?;
    let mut out = CreateResult::default();
    let mut indexes = Vec::new();
    let mut inputs = Vec::new();
    for (i, item) in decode_items::<T>(items, list, &mut out) {
        match prepare(item) {
            Ok(input) => {
                indexes.push(i);
                inputs.push(input);
            }
            Err(e) => out.push(i, Err(e)),
        }
    }
    if !inputs.is_empty() {
        for (i, outcome) in indexes.into_iter().zip(run(inputs).await?) {
            out.push(i, outcome);
        }
    }
    Ok(out.finish(list))
}

/// A `get` query with its column names (conditions and order) in the core's terms, by
/// `columns` (Kerio's name, the core's); names not in the table are the same in both.
pub(super) fn in_core_terms(query: &SearchQuery, columns: &[(&str, &str)]) -> SearchQuery {
    let core = |name: &mut String| {
        if let Some((_, c)) = columns.iter().find(|(k, _)| k == name) {
            *name = (*c).to_string();
        }
    };
    let mut query = query.clone();
    for condition in &mut query.conditions {
        core(&mut condition.field_name);
    }
    for order in &mut query.order_by {
        core(&mut order.column_name);
    }
    query
}
