//! The process's own TLS identity: `<data dir>/tls/cert.pem` and `key.pem` when present (an
//! operator's certificate), else a self-signed certificate for the hostname, made once and
//! kept there (the key readable by the owner only). It answers handshakes that no stored
//! certificate (`postbay_certificates`) answers: before any is added, and for names none holds.

use std::path::Path;
use std::sync::Arc;

use anyhow::Context;
use rustls::sign::CertifiedKey;

pub fn identity(data_dir: &Path, hostname: &str) -> anyhow::Result<Arc<CertifiedKey>> {
    let dir = data_dir.join("tls");
    let (cert_path, key_path) = (dir.join("cert.pem"), dir.join("key.pem"));
    match (cert_path.exists(), key_path.exists()) {
        (true, true) => {}
        (false, false) => generate(&dir, &cert_path, &key_path, hostname)?,
        // Never overwrite half of an operator's pair.
        _ => anyhow::bail!(
            "{} holds only one of cert.pem and key.pem; add the other or remove both",
            dir.display()
        ),
    }
    load(&cert_path, &key_path)
}

fn generate(dir: &Path, cert_path: &Path, key_path: &Path, hostname: &str) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let generated = rcgen::generate_simple_self_signed(vec![hostname.to_string()])
        .context("cannot generate a TLS certificate")?;
    write_private(key_path, generated.signing_key.serialize_pem().as_bytes())?;
    std::fs::write(cert_path, generated.cert.pem())
        .with_context(|| format!("cannot write {}", cert_path.display()))?;
    tracing::info!(path = %cert_path.display(), "generated a self-signed TLS certificate");
    Ok(())
}

fn load(cert_path: &Path, key_path: &Path) -> anyhow::Result<Arc<CertifiedKey>> {
    let chain = std::fs::read_to_string(cert_path)
        .with_context(|| format!("cannot read {}", cert_path.display()))?;
    let key = std::fs::read_to_string(key_path)
        .with_context(|| format!("cannot read {}", key_path.display()))?;
    postbay_certificates::inspect::load(&chain, &key)
        .map_err(|e| anyhow::anyhow!("{} and {}: {e}", cert_path.display(), key_path.display()))
}

/// Writes a secret to a new file readable by the owner only, then moves it into place, so it
/// never exists with wider permissions.
fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let temporary = path.with_extension("pem.new");
    let _ = std::fs::remove_file(&temporary);
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&temporary)
        .with_context(|| format!("cannot write {}", temporary.display()))?;
    file.write_all(bytes)?;
    file.sync_all()?;
    std::fs::rename(&temporary, path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}
