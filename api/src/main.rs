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
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("POSTBAY_LOG")
                .unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
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
