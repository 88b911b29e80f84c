//! The `postbay` command.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use postbay_api::config::Config;
use postbay_api::server::{self, Database};

#[derive(Parser)]
#[command(name = "postbay", version, about = "Multi-tenant mail hosting server")]
struct Cli {
    /// Configuration file (TOML); environment variables POSTBAY_* override it.
    #[arg(long, global = true, env = "POSTBAY_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the server (the default).
    Serve {
        /// Password of the administrator created on first start (else generated and printed once).
        #[arg(long, env = "POSTBAY_ADMIN_PASSWORD", hide_env_values = true)]
        admin_password: Option<String>,
    },
    /// Bring the database schema up to date and exit.
    Migrate,
    /// Print the OpenAPI document.
    Openapi,
    /// Print the OpenRPC document of the JSON-RPC admin API.
    Openrpc,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    use tracing_subscriber::Layer;
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    // Standard error shows what POSTBAY_LOG asks for, as text or (POSTBAY_LOG_FORMAT=json) one
    // JSON object a line for a collector; the log families go to the database unless
    // POSTBAY_LOG_STORE=off.
    let filter = tracing_subscriber::EnvFilter::try_from_env("POSTBAY_LOG")
        .unwrap_or_else(|_| "info".into());
    let stderr = if std::env::var("POSTBAY_LOG_FORMAT").is_ok_and(|f| f == "json") {
        tracing_subscriber::fmt::layer()
            .json()
            .with_writer(std::io::stderr)
            .boxed()
    } else {
        tracing_subscriber::fmt::layer()
            .with_writer(std::io::stderr)
            .boxed()
    };
    let store = !std::env::var("POSTBAY_LOG_STORE").is_ok_and(|v| v == "off");
    tracing_subscriber::registry()
        .with(stderr.with_filter(filter))
        .with(store.then(postbay_logs::capture::layer))
        .init();
    let cli = Cli::parse();
    match run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("postbay: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Some(Command::Openapi) => {
            println!("{}", serde_json::to_string_pretty(&postbay_api::openapi())?);
            Ok(())
        }
        Some(Command::Openrpc) => {
            println!(
                "{}",
                serde_json::to_string_pretty(&postbay_api::jsonrpc::openrpc())?
            );
            Ok(())
        }
        Some(Command::Migrate) => {
            let config = Config::load(cli.config.as_deref())?;
            let db = Database::open(&config).await?;
            db.close().await;
            Ok(())
        }
        Some(Command::Serve { admin_password }) => {
            server::serve(Config::load(cli.config.as_deref())?, admin_password).await
        }
        None => {
            server::serve(
                Config::load(cli.config.as_deref())?,
                std::env::var("POSTBAY_ADMIN_PASSWORD").ok(),
            )
            .await
        }
    }
}
