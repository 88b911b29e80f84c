//! First start: the server tenant, the primary domain and a server administrator. Running it
//! again changes nothing.

use serde::{Deserialize, Serialize};
use sqlx::PgPool;

use crate::access::Principal;
use crate::accounts::{self, NewAccount};
use crate::admin_roles::AdminRole;
use crate::domains::{self, NewDomain};
use crate::error::{CoreError, CoreResult};
use crate::ids::TenantId;
use crate::names::DomainName;

#[derive(Debug, Clone)]
pub struct BootstrapConfig {
    pub hostname: String,
    pub primary_domain: String,
    /// The administrator's password; `None` generates one.
    pub admin_password: Option<String>,
}

/// What bootstrap did.
#[derive(Debug)]
pub enum BootstrapOutcome {
    /// The server was already set up.
    AlreadyDone,
    /// The administrator was created; `generated_password` is set when none was given.
    Created {
        admin: String,
        generated_password: Option<String>,
    },
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServerIdentity {
    pub hostname: String,
}

pub async fn run(pool: &PgPool, config: &BootstrapConfig) -> CoreResult<BootstrapOutcome> {
    if config.admin_password.as_deref() == Some("") {
        return Err(CoreError::invalid(
            "adminPassword",
            "empty_password",
            "the administrator password may not be empty",
        ));
    }
    let primary = DomainName::parse(&config.primary_domain, "primaryDomain")?;
    let mut tx = pool.begin().await?;
    // One bootstrap at a time, even across processes.
    sqlx::query("SELECT pg_advisory_xact_lock(7261001)")
        .execute(&mut *tx)
        .await?;
    let root = TenantId::new();
    sqlx::query("INSERT INTO tenants (id, parent_id, ancestors, kind, name) VALUES ($1, NULL, ARRAY[$1]::uuid[], 'server', 'Server') ON CONFLICT DO NOTHING")
        .bind(root.0)
        .execute(&mut *tx)
        .await?;
    crate::settings::write(
        &mut tx,
        "server",
        &ServerIdentity {
            hostname: config.hostname.clone(),
        },
    )
    .await?;
    let admin_exists: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM accounts WHERE admin_role = 'server_read_write')",
    )
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    if admin_exists {
        return Ok(BootstrapOutcome::AlreadyDone);
    }
    let system = Principal::system();
    let mut conn = pool.acquire().await?;
    let domain = match domains::by_mail_name(&mut conn, &primary).await? {
        Some((d, _)) => d,
        None => {
            domains::create(
                pool,
                &system,
                NewDomain {
                    tenant_id: None,
                    name: primary.as_str().to_string(),
                    description: "primary domain".into(),
                    status: Default::default(),
                    status_reason: None,
                    plan_id: None,
                    external_id: None,
                    limits: Default::default(),
                    mail: Default::default(),
                },
            )
            .await?
            .id
        }
    };
    drop(conn);
    let generated = config.admin_password.is_none().then(generate_password);
    let password = config.admin_password.clone().or_else(|| generated.clone());
    let account = accounts::create(
        pool,
        &system,
        domain,
        NewAccount {
            login_name: "admin".into(),
            password,
            full_name: "Administrator".into(),
            admin_role: Some(AdminRole::ServerReadWrite),
            ..Default::default()
        },
    )
    .await?;
    Ok(BootstrapOutcome::Created {
        admin: account.email,
        generated_password: generated,
    })
}

fn generate_password() -> String {
    use rand::Rng;
    const CHARS: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    let mut rng = rand::thread_rng();
    (0..20)
        .map(|_| CHARS[rng.gen_range(0..CHARS.len())] as char)
        .collect()
}
