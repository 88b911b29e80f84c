//! Users' Sieve scripts (`postbay_rules::scripts`): stored, checked, one active; and their
//! domain's before/after scripts (`postbay_rules::domain_scripts`).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use postbay_core::ids::{AccountId, DomainId};
use postbay_rules::domain_scripts::{self, DomainSieveScript, DomainSieveScriptBody, SieveStage};
use postbay_rules::scripts::{
    self, SieveCheck, SieveCheckBody, SieveScript, SieveScriptBody, SieveScriptList,
};

use crate::AppState;
use crate::extract::{ApiJson, ApiPath, Caller};
use crate::problem::{ApiResult, Problems};

/// An account's Sieve scripts, by name, with the active one marked.
#[utoipa::path(get, path = "/accounts/{accountId}/sieve-scripts", tag = "rules", operation_id = "listSieveScripts",
    params(("accountId" = AccountId, Path)), responses((status = 200, body = SieveScriptList), Problems))]
pub async fn list_sieve_scripts(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath(id): ApiPath<AccountId>,
) -> ApiResult<Json<SieveScriptList>> {
    Ok(Json(scripts::list(&s.pool, &p, id).await?))
}

/// One script.
#[utoipa::path(get, path = "/accounts/{accountId}/sieve-scripts/{name}", tag = "rules", operation_id = "getSieveScript",
    params(("accountId" = AccountId, Path), ("name" = String, Path)), responses((status = 200, body = SieveScript), Problems))]
pub async fn get_sieve_script(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath((id, name)): ApiPath<(AccountId, String)>,
) -> ApiResult<Json<SieveScript>> {
    Ok(Json(scripts::get(&s.pool, &p, id, &name).await?))
}

/// Stores a script under a name, replacing one of that name. A script with an error is
/// refused (422, code `invalid_script`, field `content`, the line and column in the message);
/// `active: true` makes it the one delivery runs. At most 32 scripts an account.
#[utoipa::path(put, path = "/accounts/{accountId}/sieve-scripts/{name}", tag = "rules", operation_id = "putSieveScript",
    params(("accountId" = AccountId, Path), ("name" = String, Path)), request_body = SieveScriptBody,
    responses((status = 200, body = SieveScript), Problems))]
pub async fn put_sieve_script(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath((id, name)): ApiPath<(AccountId, String)>,
    ApiJson(body): ApiJson<SieveScriptBody>,
) -> ApiResult<Json<SieveScript>> {
    Ok(Json(scripts::put(&s.pool, &p, id, &name, &body).await?))
}

/// Makes a script the account's active one (the one delivery runs), and no other.
#[utoipa::path(post, path = "/accounts/{accountId}/sieve-scripts/{name}/activate", tag = "rules", operation_id = "activateSieveScript",
    params(("accountId" = AccountId, Path), ("name" = String, Path)), responses((status = 200, body = SieveScript), Problems))]
pub async fn activate_sieve_script(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath((id, name)): ApiPath<(AccountId, String)>,
) -> ApiResult<Json<SieveScript>> {
    Ok(Json(scripts::activate(&s.pool, &p, id, &name).await?))
}

/// Deletes a script; the active one cannot be (409 `script_active`).
#[utoipa::path(delete, path = "/accounts/{accountId}/sieve-scripts/{name}", tag = "rules", operation_id = "deleteSieveScript",
    params(("accountId" = AccountId, Path), ("name" = String, Path)), responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_sieve_script(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath((id, name)): ApiPath<(AccountId, String)>,
) -> ApiResult<StatusCode> {
    scripts::delete(&s.pool, &p, id, &name).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Checks a script without storing it: whether it would be accepted, else the line, column
/// and reason of its first error.
#[utoipa::path(post, path = "/sieve-scripts/check", tag = "rules", operation_id = "checkSieveScript",
    request_body = SieveCheckBody, responses((status = 200, body = SieveCheck), Problems))]
pub async fn check_sieve_script(
    Caller(_caller): Caller,
    ApiJson(body): ApiJson<SieveCheckBody>,
) -> ApiResult<Json<SieveCheck>> {
    Ok(Json(scripts::check(&body)))
}

/// A domain's own script for a stage (`before` or `after`): run at delivery before or after
/// each of its users' scripts, as one execution. Domain administrators and above.
#[utoipa::path(get, path = "/domains/{domainId}/sieve-scripts/{stage}", tag = "rules", operation_id = "getDomainSieveScript",
    params(("domainId" = DomainId, Path), ("stage" = SieveStage, Path)), responses((status = 200, body = DomainSieveScript), Problems))]
pub async fn get_domain_sieve_script(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath((id, stage)): ApiPath<(DomainId, SieveStage)>,
) -> ApiResult<Json<DomainSieveScript>> {
    Ok(Json(domain_scripts::get(&s.pool, &p, id, stage).await?))
}

/// Sets a domain's script for a stage; one with an error is refused (422 `invalid_script`).
#[utoipa::path(put, path = "/domains/{domainId}/sieve-scripts/{stage}", tag = "rules", operation_id = "putDomainSieveScript",
    params(("domainId" = DomainId, Path), ("stage" = SieveStage, Path)), request_body = DomainSieveScriptBody,
    responses((status = 200, body = DomainSieveScript), Problems))]
pub async fn put_domain_sieve_script(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath((id, stage)): ApiPath<(DomainId, SieveStage)>,
    ApiJson(body): ApiJson<DomainSieveScriptBody>,
) -> ApiResult<Json<DomainSieveScript>> {
    Ok(Json(
        domain_scripts::put(&s.pool, &p, id, stage, &body).await?,
    ))
}

/// Removes a domain's script for a stage.
#[utoipa::path(delete, path = "/domains/{domainId}/sieve-scripts/{stage}", tag = "rules", operation_id = "deleteDomainSieveScript",
    params(("domainId" = DomainId, Path), ("stage" = SieveStage, Path)), responses((status = 204, description = "Deleted"), Problems))]
pub async fn delete_domain_sieve_script(
    State(s): State<AppState>,
    Caller(p): Caller,
    ApiPath((id, stage)): ApiPath<(DomainId, SieveStage)>,
) -> ApiResult<StatusCode> {
    domain_scripts::delete(&s.pool, &p, id, stage).await?;
    Ok(StatusCode::NO_CONTENT)
}
