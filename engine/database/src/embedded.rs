//! The private PostgreSQL cluster `postbay serve` runs when no database URL is configured.
//!
//! Layout under the data directory: `pg/data` (the cluster), `pg/run` (its Unix socket; no TCP
//! listener), `pg/postgres.log`. The cluster is created on first use, started with `pg_ctl`,
//! reused on the next start and stopped by [`EmbeddedCluster::stop`]. PostgreSQL refuses to run
//! as root, so when Postbay runs as root the cluster runs as the `postgres` system user.

use std::ffi::OsStr;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sqlx::postgres::PgConnectOptions;

/// The database role and database Postbay uses inside its private cluster.
const ROLE: &str = "postbay";
const DATABASE: &str = "postbay";
/// Unix socket paths are limited to 107 bytes; `.s.PGSQL.5432` takes 13 plus a separator.
const MAX_SOCKET_DIR_LEN: usize = 107 - 14;

#[derive(Debug, thiserror::Error)]
pub enum EmbeddedError {
    #[error(
        "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found on PATH, via \
         pg_config or under /usr/lib/postgresql/*/bin. Install them (Debian/Ubuntu: \
         `apt-get install postgresql`) or set POSTBAY_DATABASE_URL to use an existing server"
    )]
    BinariesNotFound,
    #[error(
        "postbay runs as root and PostgreSQL refuses to: create an unprivileged `postgres` \
         system user (installing the `postgresql` package does), run postbay as another user, \
         or set POSTBAY_DATABASE_URL"
    )]
    NoUnprivilegedUser,
    #[error(
        "the data directory path {0} is too long for a Unix socket (at most {MAX_SOCKET_DIR_LEN} \
         bytes with `pg/run`); choose a shorter POSTBAY_DATA_DIR"
    )]
    PathTooLong(PathBuf),
    #[error(
        "PostgreSQL runs as the unprivileged user `{user}`, which cannot enter {path} (on the \
         way to the data directory): allow it (`chmod o+x {path}`, or give the directory to a \
         group `{user}` is in), or choose a POSTBAY_DATA_DIR it can reach, such as \
         /var/lib/postbay"
    )]
    NotReachable { path: PathBuf, user: String },
    #[error("{what} failed: {detail}")]
    Command { what: String, detail: String },
    #[error("cannot prepare {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// A running private cluster. Dropping it does not stop PostgreSQL; call [`Self::stop`].
#[derive(Debug)]
pub struct EmbeddedCluster {
    bin_dir: PathBuf,
    data: PathBuf,
    run: PathBuf,
    run_as: Option<(nix::unistd::Uid, nix::unistd::Gid)>,
}

impl EmbeddedCluster {
    /// Creates the cluster under `data_dir/pg` if it does not exist yet, and starts it.
    pub async fn start(data_dir: &Path) -> Result<Self, EmbeddedError> {
        let data_dir = data_dir.to_path_buf();
        tokio::task::spawn_blocking(move || Self::start_blocking(&data_dir))
            .await
            .map_err(|e| EmbeddedError::Command {
                what: "starting PostgreSQL".into(),
                detail: e.to_string(),
            })?
    }

    fn start_blocking(data_dir: &Path) -> Result<Self, EmbeddedError> {
        let bin_dir = find_bin_dir().ok_or(EmbeddedError::BinariesNotFound)?;
        let base = absolute(&data_dir.join("pg"))?;
        let run = base.join("run");
        if run.as_os_str().len() > MAX_SOCKET_DIR_LEN {
            return Err(EmbeddedError::PathTooLong(run));
        }
        let run_as = if nix::unistd::geteuid().is_root() {
            let user = nix::unistd::User::from_name("postgres")
                .ok()
                .flatten()
                .ok_or(EmbeddedError::NoUnprivilegedUser)?;
            // initdb would say only "Permission denied": name the directory and the user.
            if let Some(path) = first_unreachable(&base, &user) {
                return Err(EmbeddedError::NotReachable {
                    path,
                    user: user.name,
                });
            }
            Some((user.uid, user.gid))
        } else {
            None
        };
        let cluster = Self {
            bin_dir,
            data: base.join("data"),
            run,
            run_as,
        };
        for dir in [&base, &cluster.run] {
            create_private_dir(dir, run_as)?;
        }
        if !cluster.data.join("PG_VERSION").exists() {
            tracing::info!(path = %cluster.data.display(), "creating the private PostgreSQL cluster");
            create_private_dir(&cluster.data, run_as)?;
            cluster.run(
                "initdb",
                [
                    OsStr::new("-D"),
                    cluster.data.as_os_str(),
                    OsStr::new("-U"),
                    OsStr::new(ROLE),
                    OsStr::new("--auth=trust"),
                    OsStr::new("--encoding=UTF8"),
                    OsStr::new("--no-locale"),
                ],
            )?;
        }
        if cluster.is_running() {
            tracing::info!("the private PostgreSQL cluster is already running; reusing it");
        } else {
            let options = format!(
                "-c listen_addresses='' -k {} -c unix_socket_permissions=0700",
                cluster.run.display()
            );
            let log = base.join("postgres.log");
            cluster.run(
                "pg_ctl",
                [
                    OsStr::new("-D"),
                    cluster.data.as_os_str(),
                    OsStr::new("-l"),
                    log.as_os_str(),
                    OsStr::new("-o"),
                    OsStr::new(&options),
                    OsStr::new("-w"),
                    OsStr::new("-t"),
                    OsStr::new("120"),
                    OsStr::new("start"),
                ],
            )?;
        }
        Ok(cluster)
    }

    /// Options for connecting to the postbay database of this cluster over its Unix socket.
    pub fn connect_options(&self) -> PgConnectOptions {
        PgConnectOptions::new()
            .socket(&self.run)
            .username(ROLE)
            .database(DATABASE)
    }

    /// Creates the postbay database on first start.
    pub async fn ensure_database(&self) -> Result<(), sqlx::Error> {
        use sqlx::Connection;
        let mut conn =
            sqlx::PgConnection::connect_with(&self.connect_options().database("postgres")).await?;
        let exists: bool =
            sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)")
                .bind(DATABASE)
                .fetch_one(&mut conn)
                .await?;
        if !exists {
            sqlx::query(&format!("CREATE DATABASE {DATABASE}"))
                .execute(&mut conn)
                .await?;
        }
        conn.close().await
    }

    /// Stops the cluster (fast shutdown: open sessions are ended, committed data is safe).
    pub async fn stop(self) -> Result<(), EmbeddedError> {
        tokio::task::spawn_blocking(move || {
            self.run(
                "pg_ctl",
                [
                    OsStr::new("-D"),
                    self.data.as_os_str(),
                    OsStr::new("-m"),
                    OsStr::new("fast"),
                    OsStr::new("-w"),
                    OsStr::new("stop"),
                ],
            )
            .map(drop)
        })
        .await
        .map_err(|e| EmbeddedError::Command {
            what: "stopping PostgreSQL".into(),
            detail: e.to_string(),
        })?
    }

    fn is_running(&self) -> bool {
        self.command("pg_ctl")
            .arg("-D")
            .arg(&self.data)
            .arg("status")
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false)
    }

    fn command(&self, program: &str) -> Command {
        let mut command = Command::new(self.bin_dir.join(program));
        // A server started here must not inherit a terminal's signals or the caller's cwd,
        // which the unprivileged user may not be able to enter.
        command.current_dir("/").process_group(0);
        if let Some((uid, gid)) = self.run_as {
            command.uid(uid.as_raw()).gid(gid.as_raw());
        }
        command
    }

    fn run<I, S>(&self, program: &str, args: I) -> Result<Output, EmbeddedError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let output =
            self.command(program)
                .args(args)
                .output()
                .map_err(|e| EmbeddedError::Command {
                    what: program.to_string(),
                    detail: e.to_string(),
                })?;
        if output.status.success() {
            Ok(output)
        } else {
            Err(EmbeddedError::Command {
                what: program.to_string(),
                detail: format!(
                    "{}; {}",
                    output.status,
                    String::from_utf8_lossy(&output.stderr).trim()
                ),
            })
        }
    }
}

fn absolute(path: &Path) -> Result<PathBuf, EmbeddedError> {
    std::path::absolute(path).map_err(|source| EmbeddedError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// The first existing directory on the way to `target` that `user` may not enter (search
/// permission for its owner, its group or others, as the mode says). Directories still to be
/// made are made by us for that user.
fn first_unreachable(target: &Path, user: &nix::unistd::User) -> Option<PathBuf> {
    use std::os::unix::fs::MetadataExt;
    let groups =
        nix::unistd::getgrouplist(&std::ffi::CString::new(user.name.clone()).ok()?, user.gid)
            .unwrap_or_else(|_| vec![user.gid]);
    let mut ancestors: Vec<&Path> = target.ancestors().skip(1).collect();
    ancestors.reverse();
    for dir in ancestors {
        let Ok(meta) = std::fs::metadata(dir) else {
            break; // not there yet: made below, by us, for the user
        };
        let mode = meta.mode();
        let enters = if meta.uid() == user.uid.as_raw() {
            mode & 0o100 != 0
        } else if groups.iter().any(|g| g.as_raw() == meta.gid()) {
            mode & 0o010 != 0
        } else {
            mode & 0o001 != 0
        };
        if !enters {
            return Some(dir.to_path_buf());
        }
    }
    None
}

/// Creates `dir` (mode 0700) owned by the user the cluster runs as.
fn create_private_dir(
    dir: &Path,
    owner: Option<(nix::unistd::Uid, nix::unistd::Gid)>,
) -> Result<(), EmbeddedError> {
    use std::os::unix::fs::PermissionsExt;
    let io = |source| EmbeddedError::Io {
        path: dir.to_path_buf(),
        source,
    };
    std::fs::create_dir_all(dir).map_err(io)?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(io)?;
    if let Some((uid, gid)) = owner {
        nix::unistd::chown(dir, Some(uid), Some(gid)).map_err(|e| io(e.into()))?;
    }
    Ok(())
}

/// Where initdb, pg_ctl and postgres live: `POSTBAY_PG_BIN`, PATH, `pg_config --bindir`, or the
/// newest `/usr/lib/postgresql/*/bin`.
fn find_bin_dir() -> Option<PathBuf> {
    let complete = |dir: &Path| {
        ["initdb", "pg_ctl", "postgres"]
            .iter()
            .all(|b| dir.join(b).is_file())
    };
    if let Some(dir) = std::env::var_os("POSTBAY_PG_BIN").map(PathBuf::from) {
        return complete(&dir).then_some(dir);
    }
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            if complete(&dir) {
                // Follow a symlinked initdb to its real directory so pg_ctl finds its postgres.
                let real = std::fs::canonicalize(dir.join("initdb")).ok();
                if let Some(parent) = real.as_deref().and_then(Path::parent)
                    && complete(parent)
                {
                    return Some(parent.to_path_buf());
                }
                return Some(dir);
            }
        }
    }
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output() {
        let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if out.status.success() && complete(&dir) {
            return Some(dir);
        }
    }
    let mut candidates: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let version = e.file_name().to_str()?.parse::<u32>().ok()?;
            Some((version, e.path().join("bin")))
        })
        .filter(|(_, dir)| complete(dir))
        .collect();
    candidates.sort();
    candidates.pop().map(|(_, dir)| dir)
}
