//! Static configuration: a small TOML file, each of whose keys `POSTBAY_<KEY>` overrides from
//! the environment (figment merges the two, so no key can lack its variable). Everything
//! else (domains, policies, limits) lives in the database.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer};

/// Every key of the configuration; `POSTBAY_<KEY>` sets it from the environment. (A unit test
/// keeps it equal to the fields.) Other `POSTBAY_*` variables are the environment's own
/// (`POSTBAY_LOG`, `POSTBAY_ADMIN_PASSWORD`...) and are not read as configuration.
pub const KEYS: [&str; 25] = [
    "data_dir",
    "database_url",
    "api_addr",
    "metrics_addr",
    "smtp_addr",
    "submission_addr",
    "submissions_addr",
    "pop3_addr",
    "pop3s_addr",
    "imap_addr",
    "imaps_addr",
    "managesieve_addr",
    "hostname",
    "primary_domain",
    "max_body_bytes",
    "max_db_connections",
    "dns_servers",
    "mx_port",
    "outbound",
    "secret_key",
    "allow_internal_targets",
    "api_tls",
    "peer_timeout_seconds",
    "sender_auth",
    "node_name",
];

#[derive(Debug, Clone, Deserialize)]
#[cfg_attr(test, derive(serde::Serialize))]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Where the private PostgreSQL cluster and other local state live.
    #[serde(deserialize_with = "path")]
    pub data_dir: PathBuf,
    /// A PostgreSQL URL; when absent, a private cluster runs under `data_dir`.
    #[serde(deserialize_with = "optional_text")]
    pub database_url: Option<String>,
    /// The admin API listener.
    pub api_addr: SocketAddr,
    /// Prometheus metrics at `/metrics` on a listener of their own; off unless set.
    #[serde(deserialize_with = "address_or_off")]
    pub metrics_addr: Option<SocketAddr>,
    /// The SMTP listener for incoming mail (MX); `POSTBAY_SMTP_ADDR=off` turns it off.
    #[serde(deserialize_with = "address_or_off")]
    pub smtp_addr: Option<SocketAddr>,
    /// Mail submission with STARTTLS and AUTH (the role of port 587).
    #[serde(deserialize_with = "address_or_off")]
    pub submission_addr: Option<SocketAddr>,
    /// Mail submission over implicit TLS (the role of port 465).
    #[serde(deserialize_with = "address_or_off")]
    pub submissions_addr: Option<SocketAddr>,
    /// POP3 with STLS (the role of port 110).
    #[serde(deserialize_with = "address_or_off")]
    pub pop3_addr: Option<SocketAddr>,
    /// POP3 over implicit TLS (the role of port 995).
    #[serde(deserialize_with = "address_or_off")]
    pub pop3s_addr: Option<SocketAddr>,
    /// IMAP with STARTTLS (the role of port 143).
    #[serde(deserialize_with = "address_or_off")]
    pub imap_addr: Option<SocketAddr>,
    /// IMAP over implicit TLS (the role of port 993).
    #[serde(deserialize_with = "address_or_off")]
    pub imaps_addr: Option<SocketAddr>,
    /// ManageSieve with STARTTLS (the role of port 4190).
    #[serde(deserialize_with = "address_or_off")]
    pub managesieve_addr: Option<SocketAddr>,
    /// The server's DNS name (EHLO, generated certificates).
    #[serde(deserialize_with = "text")]
    pub hostname: String,
    /// The primary domain created on first start.
    #[serde(deserialize_with = "optional_text")]
    pub primary_domain: Option<String>,
    /// Largest request body the admin API accepts, bytes.
    pub max_body_bytes: usize,
    /// Database connections this process may open.
    pub max_db_connections: u32,
    /// Name servers for DNS questions (`ip` or `ip:port`); the system's when empty.
    #[serde(deserialize_with = "name_servers")]
    pub dns_servers: Vec<SocketAddr>,
    /// The port mail exchangers are reached on (25; tests point it elsewhere).
    pub mx_port: u16,
    /// Run the background workers in this process (several processes may): outbound
    /// delivery, the scheduler and the POP3 collector.
    #[serde(deserialize_with = "on_or_off")]
    pub outbound: bool,
    /// The key that seals stored secrets (relay passwords), base64 of 32 bytes. When absent,
    /// `<data_dir>/secret.key` is used, made on first start. Every process sharing a database
    /// needs the same key.
    #[serde(deserialize_with = "optional_text")]
    pub secret_key: Option<String>,
    /// Internal networks (CIDR) that hosts configured by tenants (domain forwarding, remote
    /// POP3 servers) may still reach; empty: public addresses only. Server-wide objects may
    /// always use internal addresses.
    #[serde(deserialize_with = "list")]
    pub allow_internal_targets: Vec<String>,
    /// Serve the admin API over TLS itself, with the mail listeners' certificate
    /// (`<data_dir>/tls`), for a deployment without a TLS proxy in front of it.
    #[serde(deserialize_with = "on_or_off")]
    pub api_tls: bool,
    /// The longest, in seconds, any wait on a remote mail server may be (SMTP delivery and
    /// ETRN, POP3 collection); unset, each wait is its protocol's own, up to the ten minutes
    /// RFC 5321 gives the reply to the end of data.
    pub peer_timeout_seconds: Option<u64>,
    /// Check the senders of mail from other servers (SPF, DKIM, ARC, DMARC) and refuse what
    /// their DMARC policy says to reject.
    #[serde(deserialize_with = "on_or_off")]
    pub sender_auth: bool,
    /// This process's name in the live status every node shows (its connections); unset,
    /// the machine's host name and the process id.
    #[serde(deserialize_with = "optional_text")]
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

/// A value the environment gives as text and TOML as its own type.
#[derive(Deserialize)]
#[serde(untagged)]
enum Given {
    Flag(bool),
    Number(i64),
    Text(String),
    Items(Vec<String>),
}

/// `on`/`off` (also `true`/`false`, `1`/`0`).
fn on_or_off<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    match Given::deserialize(d)? {
        Given::Flag(b) => Ok(b),
        Given::Number(1) => Ok(true),
        Given::Number(0) => Ok(false),
        Given::Text(t) if matches!(t.as_str(), "on" | "true" | "1") => Ok(true),
        Given::Text(t) if matches!(t.as_str(), "off" | "false" | "0") => Ok(false),
        _ => Err(D::Error::custom("on or off")),
    }
}

/// Text as given: figment reads an environment value as a number or a switch when it looks
/// like one, and `POSTBAY_NODE_NAME=1` still names the node "1".
fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    match Given::deserialize(d)? {
        Given::Text(t) => Ok(t),
        Given::Number(n) => Ok(n.to_string()),
        Given::Flag(b) => Ok(b.to_string()),
        Given::Items(_) => Err(D::Error::custom("text, not a list")),
    }
}

fn optional_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    text(d).map(Some)
}

fn path<'de, D: Deserializer<'de>>(d: D) -> Result<PathBuf, D::Error> {
    text(d).map(PathBuf::from)
}

/// An address to listen on (`ip:port`), or `off`.
fn address_or_off<'de, D: Deserializer<'de>>(d: D) -> Result<Option<SocketAddr>, D::Error> {
    match Given::deserialize(d)? {
        Given::Text(t) if t == "off" => Ok(None),
        Given::Text(t) => t
            .parse()
            .map(Some)
            .map_err(|_| D::Error::custom(format!("{t:?} is not ip:port or off"))),
        _ => Err(D::Error::custom("ip:port or off")),
    }
}

/// A list, as a TOML array or comma-separated text.
fn list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let items = match Given::deserialize(d)? {
        Given::Items(items) => items,
        Given::Text(t) => t.split(',').map(String::from).collect(),
        _ => return Err(D::Error::custom("a list")),
    };
    Ok(items
        .iter()
        .map(|i| i.trim())
        .filter(|i| !i.is_empty())
        .map(String::from)
        .collect())
}

/// Name servers, `ip` or `ip:port` each (port 53 when absent).
fn name_servers<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<SocketAddr>, D::Error> {
    postbay_dns::parse_servers(&list(d)?.join(",")).map_err(D::Error::custom)
}

impl Config {
    /// The name this process shows in the live status of every node.
    pub fn node_name(&self) -> String {
        self.node_name
            .clone()
            .unwrap_or_else(|| format!("{}:{}", system_hostname(), std::process::id()))
    }
}

/// The `POSTBAY_<KEY>` variables of the configuration's keys; an empty one is unset.
fn environment() -> Env {
    Env::prefixed("POSTBAY_").filter_map(|key| {
        let key = key.as_str().to_ascii_lowercase();
        let known = KEYS.contains(&key.as_str());
        let set = std::env::var(format!("POSTBAY_{}", key.to_ascii_uppercase()))
            .is_ok_and(|v| !v.is_empty());
        (known && set).then(|| key.into())
    })
}

fn system_hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into())
}

impl Config {
    /// Reads `path` (if given) and applies the environment's `POSTBAY_<KEY>` overrides.
    pub fn load(path: Option<&Path>) -> anyhow::Result<Self> {
        let mut figment = Figment::new();
        if let Some(p) = path {
            // Read here rather than by `Toml::file`, which takes a missing file for an empty one.
            let text = std::fs::read_to_string(p)
                .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", p.display()))?;
            figment = figment.merge(Toml::string(&text));
        }
        Self::from_figment(figment.merge(environment()))
    }

    fn from_figment(figment: Figment) -> anyhow::Result<Self> {
        let config: Config = figment
            .extract()
            .map_err(|e| anyhow::anyhow!("configuration: {e}"))?;
        if config
            .peer_timeout_seconds
            .is_some_and(|s| !(1..=3600).contains(&s))
        {
            anyhow::bail!(
                "peer_timeout_seconds (POSTBAY_PEER_TIMEOUT_SECONDS): seconds, 1 to 3600"
            );
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

#[cfg(test)]
// figment's own test helper returns its (large) error type.
#[allow(clippy::result_large_err)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_its_variable() {
        let fields = serde_json::to_value(Config::default()).expect("serialisable");
        let mut fields: Vec<&str> = fields
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        fields.sort_unstable();
        let mut keys = KEYS.to_vec();
        keys.sort_unstable();
        assert_eq!(fields, keys);
    }

    #[test]
    fn the_environment_overrides_the_file_in_either_form() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "postbay.toml",
                r#"
                    imap_addr = "off"
                    mx_port = 2525
                    outbound = false
                    dns_servers = ["192.0.2.1"]
                    allow_internal_targets = ["10.0.0.0/8"]
                "#,
            )?;
            jail.set_env("POSTBAY_SMTP_ADDR", "off");
            jail.set_env("POSTBAY_POP3_ADDR", "127.0.0.1:1110");
            jail.set_env("POSTBAY_OUTBOUND", "on");
            jail.set_env("POSTBAY_SENDER_AUTH", "0");
            jail.set_env("POSTBAY_MAX_BODY_BYTES", "1024");
            jail.set_env("POSTBAY_DNS_SERVERS", "127.0.0.1:5353, 192.0.2.2");
            jail.set_env("POSTBAY_NODE_NAME", "1");
            jail.set_env("POSTBAY_PRIMARY_DOMAIN", "example.test");
            jail.set_env("POSTBAY_HOSTNAME", "");
            jail.set_env("POSTBAY_LOG", "debug");
            jail.set_env("POSTBAY_ADMIN_PASSWORD", "not configuration");
            let config =
                Config::load(Some(Path::new("postbay.toml"))).map_err(|e| e.to_string())?;
            assert_eq!(config.imap_addr, None);
            assert_eq!(config.smtp_addr, None);
            assert_eq!(config.pop3_addr, "127.0.0.1:1110".parse().ok());
            assert_eq!(config.imaps_addr, Config::default().imaps_addr);
            assert_eq!(config.mx_port, 2525);
            assert!(config.outbound && !config.sender_auth);
            assert_eq!(config.max_body_bytes, 1024);
            assert_eq!(
                config.dns_servers,
                ["127.0.0.1:5353".parse().ok(), "192.0.2.2:53".parse().ok()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<SocketAddr>>()
            );
            assert_eq!(config.allow_internal_targets, ["10.0.0.0/8"]);
            assert_eq!(
                config.node_name.as_deref(),
                Some("1"),
                "text, though it looks like a number"
            );
            assert_eq!(config.primary_domain.as_deref(), Some("example.test"));
            assert_eq!(
                config.hostname,
                Config::default().hostname,
                "an empty variable is unset"
            );
            Ok(())
        });
    }

    #[test]
    fn bad_values_name_their_key() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("POSTBAY_API_TLS", "maybe");
            let error = Config::load(None).expect_err("refused").to_string();
            assert!(
                error.contains("API_TLS") && error.contains("on or off"),
                "{error}"
            );
            jail.set_env("POSTBAY_API_TLS", "off");
            jail.set_env("POSTBAY_PEER_TIMEOUT_SECONDS", "0");
            let error = Config::load(None).expect_err("refused").to_string();
            assert!(error.contains("PEER_TIMEOUT"), "{error}");
            jail.set_env("POSTBAY_PEER_TIMEOUT_SECONDS", "30");
            jail.set_env("POSTBAY_SMTP_ADDR", "port 25");
            let error = Config::load(None).expect_err("refused").to_string();
            assert!(error.contains("SMTP_ADDR"), "{error}");
            jail.create_file("typo.toml", "smtp_adr = \"off\"")?;
            jail.set_env("POSTBAY_SMTP_ADDR", "off");
            let error = Config::load(Some(Path::new("typo.toml")))
                .expect_err("refused")
                .to_string();
            assert!(error.contains("smtp_adr"), "{error}");
            assert!(Config::load(Some(Path::new("missing.toml"))).is_err());
            Ok(())
        });
    }
}
