//! Writes captured lines to `log_lines` in batches (up to 1,000 a statement, at least every
//! quarter second while lines come), and removes lines older than their family's retention.
//! While the database fails, the batch waits and new lines queue up to the capture's bound.

use std::time::Duration;

use sqlx::PgPool;
use tokio::sync::watch;

use crate::capture::LogLine;
use crate::settings;

const BATCH: usize = 1_000;
/// How long the first line of a batch waits for others.
const GATHER: Duration = Duration::from_millis(250);

/// Writes the captured lines until `stop`, then what is queued; returns at once when the
/// process captures none (`POSTBAY_LOG_STORE=off`).
pub async fn run(pool: PgPool, mut stop: watch::Receiver<bool>) {
    let Some(mut lines) = crate::capture::take_queue() else {
        return;
    };
    let mut backoff =
        postbay_database::Backoff::new(Duration::from_millis(250), Duration::from_secs(5));
    let mut batch: Vec<LogLine> = Vec::with_capacity(BATCH);
    loop {
        if *stop.borrow() {
            // Stopping: what is queued is written once, whatever becomes of it.
            while let Ok(line) = lines.try_recv() {
                batch.push(line);
                if batch.len() == BATCH {
                    let _ = insert(&pool, &batch).await;
                    batch.clear();
                }
            }
            let _ = insert(&pool, &batch).await;
            return;
        }
        if batch.is_empty() {
            tokio::select! {
                line = lines.recv() => match line {
                    Some(line) => batch.push(line),
                    None => return,
                },
                _ = stop.changed() => continue,
            }
        }
        // Let a batch gather for a quarter second: one insert of many rows costs the database
        // far less than many small ones, and the writer wakes four times a second, not once a
        // line.
        if batch.len() < BATCH && lines.len() < BATCH {
            tokio::select! {
                _ = tokio::time::sleep(GATHER) => {}
                _ = stop.changed() => {}
            }
        }
        while batch.len() < BATCH {
            match lines.try_recv() {
                Ok(line) => batch.push(line),
                Err(_) => break,
            }
        }
        match insert(&pool, &batch).await {
            Ok(()) => {
                batch.clear();
                backoff.succeeded();
            }
            Err(e) => {
                let (wait, first) = backoff.failed();
                if first {
                    // Not a warning event: that would become a log line waiting for this one.
                    eprintln!("postbay: log lines cannot be written now ({e}); they wait");
                }
                tokio::select! {
                    _ = tokio::time::sleep(wait) => {}
                    _ = stop.changed() => {}
                }
            }
        }
    }
}

/// One statement for any batch (arrays unnested), so it is prepared once per connection; the
/// address and domain lists travel as newline-joined text (neither holds a newline).
async fn insert(pool: &PgPool, batch: &[LogLine]) -> Result<(), sqlx::Error> {
    if batch.is_empty() {
        return Ok(());
    }
    let mut at = Vec::with_capacity(batch.len());
    let mut family = Vec::with_capacity(batch.len());
    let mut text = Vec::with_capacity(batch.len());
    let mut fields = Vec::with_capacity(batch.len());
    let mut message_id = Vec::with_capacity(batch.len());
    let mut account = Vec::with_capacity(batch.len());
    let mut addresses = Vec::with_capacity(batch.len());
    let mut domains = Vec::with_capacity(batch.len());
    for line in batch {
        at.push(line.at);
        family.push(line.family.as_str());
        text.push(line.text.as_str());
        fields.push(sqlx::types::Json(&line.fields));
        message_id.push(line.message_id.as_deref());
        account.push(line.account.as_deref());
        addresses.push(line.addresses.join("\n"));
        domains.push(line.domains.join("\n"));
    }
    sqlx::query(
        "INSERT INTO log_lines (at, family, text, fields, message_id, account, addresses, domains)
         SELECT at, family, text, fields, message_id, account,
                coalesce(string_to_array(nullif(addresses, ''), E'\\n'), '{}'),
                coalesce(string_to_array(nullif(domains, ''), E'\\n'), '{}')
         FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::jsonb[], $5::text[], $6::text[],
                     $7::text[], $8::text[])
              AS l(at, family, text, fields, message_id, account, addresses, domains)",
    )
    .bind(&at)
    .bind(&family)
    .bind(&text)
    .bind(&fields)
    .bind(&message_id)
    .bind(&account)
    .bind(&addresses)
    .bind(&domains)
    .execute(pool)
    .await?;
    Ok(())
}

/// Removes, every hour, lines older than their family's retention (10,000 at a time, so no
/// statement holds the table long), and applies the debug switches whenever settings change.
pub async fn maintain(pool: PgPool, mut stop: watch::Receiver<bool>) {
    let mut changes = postbay_core::settings::subscribe();
    let mut last_purge: Option<tokio::time::Instant> = None;
    loop {
        if let Ok(current) = settings::current(&pool).await {
            crate::capture::set_debug(current.debug_targets());
            if last_purge.is_none_or(|at| at.elapsed() > Duration::from_secs(3600)) {
                last_purge = Some(tokio::time::Instant::now());
                for (family, days) in current.retention() {
                    loop {
                        let removed = sqlx::query(
                            "DELETE FROM log_lines WHERE id IN (
                                SELECT id FROM log_lines
                                 WHERE at < now() - $2 * interval '1 day' AND family = $1
                                 LIMIT 10000)",
                        )
                        .bind(family)
                        .bind(f64::from(days))
                        .execute(&pool)
                        .await
                        .map(|r| r.rows_affected())
                        .unwrap_or(0);
                        if removed < 10_000 {
                            break;
                        }
                    }
                }
            }
        }
        tokio::select! {
            _ = stop.changed() => return,
            _ = changes.changed() => {}
            _ = tokio::time::sleep(Duration::from_secs(300)) => {}
        }
    }
}
