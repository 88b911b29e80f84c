//! Static configuration: a small TOML file plus `POSTBAY_*` environment overrides. Everything
//! else (domains, policies, limits) lives in the database.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Where the private PostgreSQL cluster and other local state live.
    pub data_dir: PathBuf,
    /// A PostgreSQL URL; when absent, a private cluster runs under `data_dir`.
    pub database_url: Option<String>,
    /// The admin API listener.
    pub api_addr: SocketAddr,
    /// Prometheus metrics at `/metrics` on a listener of their own; off unless set.
    pub metrics_addr: Option<SocketAddr>,
    /// The SMTP listener for incoming mail (MX); `POSTBAY_SMTP_ADDR=off` turns it off.
    pub smtp_addr: Option<SocketAddr>,
    /// Mail submission with STARTTLS and AUTH (the role of port 587).
    pub submission_addr: Option<SocketAddr>,
    /// Mail submission over implicit TLS (the role of port 465).
    pub submissions_addr: Option<SocketAddr>,
    /// POP3 with STLS (the role of port 110).
    pub pop3_addr: Option<SocketAddr>,
    /// POP3 over implicit TLS (the role of port 995).
    pub pop3s_addr: Option<SocketAddr>,
    /// IMAP with STARTTLS (the role of port 143).
    pub imap_addr: Option<SocketAddr>,
    /// IMAP over implicit TLS (the role of port 993).
    pub imaps_addr: Option<SocketAddr>,
    /// ManageSieve with STARTTLS (the role of port 4190).
    pub managesieve_addr: Option<SocketAddr>,
    /// The server's DNS name (EHLO, generated certificates).
    pub hostname: String,
    /// The primary domain created on first start.
    pub primary_domain: Option<String>,
    /// Largest request body the admin API accepts, bytes.
    pub max_body_bytes: usize,
    /// Database connections this process may open.
    pub max_db_connections: u32,
    /// Name servers for DNS questions (`ip` or `ip:port`); the system's when empty.
    pub dns_servers: Vec<SocketAddr>,
    /// The port mail exchangers are reached on (25; tests point it elsewhere).
    pub mx_port: u16,
    /// Run the background workers in this process (several processes may): outbound
    /// delivery, the scheduler and the POP3 collector.
    pub outbound: bool,
    /// The key that seals stored secrets (relay passwords), base64 of 32 bytes. When absent,
    /// `<data_dir>/secret.key` is used, made on first start. Every process sharing a database
    /// needs the same key.
    pub secret_key: Option<String>,
    /// Internal networks (CIDR) that hosts configured by tenants (domain forwarding, remote
    /// POP3 servers) may still reach; empty: public addresses only. Server-wide objects may
    /// always use internal addresses.
    pub allow_internal_targets: Vec<String>,
    /// Serve the admin API over TLS itself, with the mail listeners' certificate
    /// (`<data_dir>/tls`), for a deployment without a TLS proxy in front of it.
    pub api_tls: bool,
    /// The longest, in seconds, any wait on a remote mail server may be (SMTP delivery and
    /// ETRN, POP3 collection); unset, each wait is its protocol's own, up to the ten minutes
    /// RFC 5321 gives the reply to the end of data.
    pub peer_timeout_seconds: Option<u64>,
    /// Check the senders of mail from other servers (SPF, DKIM, ARC, DMARC) and refuse what
    /// their DMARC policy says to reject.
    pub sender_auth: bool,
    /// This process's name in the live status every node shows (its connections); unset,
    /// the machine's host name and the process id.
    pub node_name: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            data_dir: PathBuf::from("postbay-data"),
            database_url: None,
            api_addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            metrics_addr: None,
            smtp_addr: Some(SocketAddr::from(([127, 0, 0, 1], 2525))),
            submission_addr: Some(SocketAddr::from(([127, 0, 0, 1], 2587))),
            submissions_addr: Some(SocketAddr::from(([127, 0, 0, 1], 2465))),
            pop3_addr: Some(SocketAddr::from(([127, 0, 0, 1], 2110))),
            pop3s_addr: Some(SocketAddr::from(([127, 0, 0, 1], 2995))),
            imap_addr: Some(SocketAddr::from(([127, 0, 0, 1], 2143))),
            imaps_addr: Some(SocketAddr::from(([127, 0, 0, 1], 2993))),
            managesieve_addr: Some(SocketAddr::from(([127, 0, 0, 1], 2190))),
            hostname: system_hostname(),
            primary_domain: None,
            max_body_bytes: 4 * 1024 * 1024,
            max_db_connections: 32,
            dns_servers: Vec::new(),
            mx_port: 25,
            outbound: true,
            secret_key: None,
            allow_internal_targets: Vec::new(),
            api_tls: false,
            peer_timeout_seconds: None,
            sender_auth: true,
            node_name: None,
        }
    }
}

fn on_or_off(name: &str, value: &str) -> anyhow::Result<bool> {
    match value {
        "on" | "true" | "1" => Ok(true),
        "off" | "false" | "0" => Ok(false),
        _ => anyhow::bail!("{name}: on or off"),
    }
}

impl Config {
    /// The name this process shows in the live status of every node.
    pub fn node_name(&self) -> String {
        self.node_name
            .clone()
            .unwrap_or_else(|| format!("{}:{}", system_hostname(), std::process::id()))
    }
}

fn system_hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into())
}

impl Config {
    /// Reads `path` (if given) and applies environment overrides.
    pub fn load(path: Option<&Path>) -> anyhow::Result<Self> {
        let mut config: Config = match path {
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", p.display()))?;
                toml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?
            }
            None => Config::default(),
        };
        let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        if let Some(v) = env("POSTBAY_DATA_DIR") {
            config.data_dir = v.into();
        }
        if let Some(v) = env("POSTBAY_DATABASE_URL") {
            config.database_url = Some(v);
        }
        if let Some(v) = env("POSTBAY_API_ADDR") {
            config.api_addr = v
                .parse()
                .map_err(|e| anyhow::anyhow!("POSTBAY_API_ADDR: {e}"))?;
        }
        for (name, slot) in [
            ("POSTBAY_SMTP_ADDR", &mut config.smtp_addr),
            ("POSTBAY_SUBMISSION_ADDR", &mut config.submission_addr),
            ("POSTBAY_SUBMISSIONS_ADDR", &mut config.submissions_addr),
            ("POSTBAY_POP3_ADDR", &mut config.pop3_addr),
            ("POSTBAY_POP3S_ADDR", &mut config.pop3s_addr),
            ("POSTBAY_IMAP_ADDR", &mut config.imap_addr),
            ("POSTBAY_IMAPS_ADDR", &mut config.imaps_addr),
            ("POSTBAY_MANAGESIEVE_ADDR", &mut config.managesieve_addr),
            ("POSTBAY_METRICS_ADDR", &mut config.metrics_addr),
        ] {
            if let Some(v) = env(name) {
                *slot = if v == "off" {
                    None
                } else {
                    Some(v.parse().map_err(|e| anyhow::anyhow!("{name}: {e}"))?)
                };
            }
        }
        if let Some(v) = env("POSTBAY_HOSTNAME") {
            config.hostname = v;
        }
        if let Some(v) = env("POSTBAY_NODE_NAME") {
            config.node_name = Some(v);
        }
        if let Some(v) = env("POSTBAY_PRIMARY_DOMAIN") {
            config.primary_domain = Some(v);
        }
        if let Some(v) = env("POSTBAY_MAX_DB_CONNECTIONS") {
            config.max_db_connections = v
                .parse()
                .map_err(|e| anyhow::anyhow!("POSTBAY_MAX_DB_CONNECTIONS: {e}"))?;
        }
        if let Some(v) = env("POSTBAY_DNS_SERVERS") {
            config.dns_servers = postbay_dns::parse_servers(&v)
                .map_err(|e| anyhow::anyhow!("POSTBAY_DNS_SERVERS: {e}"))?;
        }
        if let Some(v) = env("POSTBAY_MX_PORT") {
            config.mx_port = v
                .parse()
                .map_err(|e| anyhow::anyhow!("POSTBAY_MX_PORT: {e}"))?;
        }
        if let Some(v) = env("POSTBAY_OUTBOUND") {
            config.outbound = on_or_off("POSTBAY_OUTBOUND", &v)?;
        }
        if let Some(v) = env("POSTBAY_SENDER_AUTH") {
            config.sender_auth = on_or_off("POSTBAY_SENDER_AUTH", &v)?;
        }
        if let Some(v) = env("POSTBAY_API_TLS") {
            config.api_tls = on_or_off("POSTBAY_API_TLS", &v)?;
        }
        if let Some(v) = env("POSTBAY_PEER_TIMEOUT_SECONDS") {
            config.peer_timeout_seconds = Some(
                v.parse()
                    .ok()
                    .filter(|s| (1..=3600).contains(s))
                    .ok_or_else(|| {
                        anyhow::anyhow!("POSTBAY_PEER_TIMEOUT_SECONDS: seconds, 1 to 3600")
                    })?,
            );
        }
        if let Some(v) = env("POSTBAY_SECRET_KEY") {
            config.secret_key = Some(v);
        }
        if let Some(v) = env("POSTBAY_ALLOW_INTERNAL_TARGETS") {
            config.allow_internal_targets = v
                .split(',')
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(String::from)
                .collect();
        }
        config.internal_targets()?;
        Ok(config)
    }

    /// The cap on waits for remote mail servers.
    pub fn peer_timeouts(&self) -> postbay_listener::peer_timeouts::PeerTimeouts {
        self.peer_timeout_seconds
            .map(|s| {
                postbay_listener::peer_timeouts::PeerTimeouts::capped(
                    std::time::Duration::from_secs(s),
                )
            })
            .unwrap_or_default()
    }

    /// `allow_internal_targets` as networks; an entry that is not one fails the start.
    pub fn internal_targets(&self) -> anyhow::Result<Vec<postbay_core::net::IpNet>> {
        self.allow_internal_targets
            .iter()
            .map(|entry| {
                postbay_core::net::parse_network(entry).ok_or_else(|| {
                    anyhow::anyhow!("POSTBAY_ALLOW_INTERNAL_TARGETS: {entry:?} is not a network")
                })
            })
            .collect()
    }

    /// The key that seals stored secrets: configured, else `<data_dir>/secret.key` (made on
    /// first start, mode 0600).
    pub fn secret_key(&self) -> anyhow::Result<postbay_core::secrets::SecretKey> {
        use postbay_core::secrets::SecretKey;
        if let Some(text) = &self.secret_key {
            return SecretKey::from_base64(text).map_err(|e| anyhow::anyhow!("secret key: {e}"));
        }
        let path = self.data_dir.join("secret.key");
        if !path.exists() {
            use std::io::Write;
            use std::os::unix::fs::OpenOptionsExt;
            std::fs::create_dir_all(&self.data_dir)?;
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&path)?;
            file.write_all(SecretKey::generate().as_bytes())?;
        }
        let text = std::fs::read_to_string(&path)?;
        SecretKey::from_base64(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
    }

    /// The mail services as this configuration sets them up (until changed through the API).
    pub fn service_defaults(&self) -> Vec<postbay_core::services::ServiceDefault> {
        use postbay_core::services::{ServiceDefault, ServiceName};
        [
            (ServiceName::Smtp, self.smtp_addr),
            (ServiceName::Submission, self.submission_addr),
            (ServiceName::Submissions, self.submissions_addr),
            (ServiceName::Pop3, self.pop3_addr),
            (ServiceName::Pop3s, self.pop3s_addr),
            (ServiceName::Imap, self.imap_addr),
            (ServiceName::Imaps, self.imaps_addr),
            (ServiceName::ManageSieve, self.managesieve_addr),
        ]
        .into_iter()
        .map(|(name, address)| ServiceDefault { name, address })
        .collect()
    }

    /// The primary domain: configured, else the hostname without its first label when that
    /// leaves a domain (mail.example.com -> example.com), else `postbay.localdomain`.
    pub fn primary_domain(&self) -> String {
        if let Some(d) = &self.primary_domain {
            return d.clone();
        }
        let labels: Vec<&str> = self.hostname.split('.').collect();
        if labels.len() >= 3 {
            labels[1..].join(".")
        } else if labels.len() == 2 {
            self.hostname.clone()
        } else {
            "postbay.localdomain".into()
        }
    }
}
