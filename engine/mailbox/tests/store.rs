//! The mail store's rules against a real PostgreSQL: a fresh database per test, migrated as a
//! server's is. What IMAP and the pipeline rely on — uids and modseqs in order, usage counted,
//! all or nothing, keywords kept and bounded, \Recent seen by one session — checked without a
//! server in between.

use postbay_mailbox::messages::{self, FlagChange, NewMessage};
use postbay_mailbox::{MailboxError, folders};
use sqlx::PgPool;
use uuid::Uuid;

/// A tenant, a domain and an account with its special-use folders; the account's id.
async fn account(pool: &PgPool) -> Uuid {
    let (tenant, domain, account) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
    sqlx::query(
        "INSERT INTO tenants (id, ancestors, kind, name) VALUES ($1, ARRAY[$1]::uuid[], 'server', 'Server')",
    )
    .bind(tenant)
    .execute(pool)
    .await
    .expect("tenant");
    sqlx::query("INSERT INTO domains (id, tenant_id, name, verification_token) VALUES ($1, $2, 'store.test', 'token')")
        .bind(domain)
        .bind(tenant)
        .execute(pool)
        .await
        .expect("domain");
    sqlx::query("INSERT INTO accounts (id, domain_id, login) VALUES ($1, $2, 'alice')")
        .bind(account)
        .bind(domain)
        .execute(pool)
        .await
        .expect("account");
    folders::ensure_special(pool, account)
        .await
        .expect("special folders");
    account
}

async fn drafts(pool: &PgPool, account: Uuid) -> folders::Folder {
    folders::by_name(pool, account, "Drafts")
        .await
        .expect("read")
        .expect("Drafts")
}

fn new<'a>(content: &'a [u8], flags: &'a [String]) -> NewMessage<'a> {
    NewMessage {
        content,
        flags,
        internal_date: None,
    }
}

async fn used(pool: &PgPool, account: Uuid) -> (i64, i64) {
    sqlx::query_as("SELECT used_messages, used_bytes FROM accounts WHERE id = $1")
        .bind(account)
        .fetch_one(pool)
        .await
        .expect("usage")
}

#[sqlx::test(migrator = "postbay_database::MIGRATOR")]
async fn several_messages_are_stored_together_or_not_at_all(pool: PgPool) {
    let account = account(&pool).await;
    let folder = drafts(&pool, account).await;
    let work = vec!["$Work".to_string()];
    let none: Vec<String> = Vec::new();
    let batch = [
        new(b"Subject: a\r\n\r\none\r\n", &work),
        new(b"Subject: b\r\n\r\ntwo\r\n", &none),
        new(b"Subject: c\r\n\r\nthree\r\n", &none),
    ];
    let (validity, uids) = messages::append_many(&pool, account, folder.id, &batch)
        .await
        .expect("append");
    assert_eq!(validity, folder.uid_validity);
    assert_eq!(
        uids,
        vec![folder.uid_next, folder.uid_next + 1, folder.uid_next + 2]
    );
    let after = folders::refresh(&pool, folder.id)
        .await
        .expect("read")
        .expect("folder");
    assert_eq!(after.uid_next, folder.uid_next + 3);
    assert_eq!(
        after.highest_modseq,
        folder.highest_modseq + 3,
        "a modseq each"
    );
    assert_eq!(after.message_count, 3);
    assert_eq!(after.keywords, vec!["$Work".to_string()]);
    let bytes: i64 = batch.iter().map(|m| m.content.len() as i64).sum();
    assert_eq!(used(&pool, account).await, (3, bytes));

    // Over the account's quota: none of the next batch is stored, nothing is counted.
    sqlx::query("UPDATE accounts SET quota_messages = 4 WHERE id = $1")
        .bind(account)
        .execute(&pool)
        .await
        .expect("quota");
    let two = [
        new(b"Subject: d\r\n\r\nd\r\n", &none),
        new(b"Subject: e\r\n\r\ne\r\n", &none),
    ];
    let refused = messages::append_many(&pool, account, folder.id, &two).await;
    assert!(
        matches!(refused, Err(MailboxError::OverQuota)),
        "{refused:?}"
    );
    let unchanged = folders::refresh(&pool, folder.id)
        .await
        .expect("read")
        .expect("folder");
    assert_eq!(
        (unchanged.uid_next, unchanged.message_count),
        (after.uid_next, 3)
    );
    assert_eq!(used(&pool, account).await, (3, bytes));
}

#[sqlx::test(migrator = "postbay_database::MIGRATOR")]
async fn keywords_are_kept_and_bounded(pool: PgPool) {
    let account = account(&pool).await;
    let folder = drafts(&pool, account).await;
    let none: Vec<String> = Vec::new();
    messages::append_many(
        &pool,
        account,
        folder.id,
        &[new(b"Subject: k\r\n\r\nk\r\n", &none)],
    )
    .await
    .expect("append");
    let ids: Vec<Uuid> = messages::list(&pool, folder.id)
        .await
        .expect("list")
        .iter()
        .map(|m| m.id)
        .collect();
    let many: Vec<String> = (0..messages::MAX_KEYWORDS)
        .map(|n| format!("k{n:03}"))
        .collect();
    messages::store_flags(&pool, folder.id, &ids, FlagChange::Add, &many, None)
        .await
        .expect("as many as allowed");
    assert_eq!(
        folders::keywords(&pool, folder.id)
            .await
            .expect("read")
            .len(),
        messages::MAX_KEYWORDS
    );
    // Removing a keyword from every message keeps it listed (the list only grows).
    messages::store_flags(&pool, folder.id, &ids, FlagChange::Remove, &many[..1], None)
        .await
        .expect("remove");
    assert_eq!(
        folders::keywords(&pool, folder.id)
            .await
            .expect("read")
            .len(),
        messages::MAX_KEYWORDS
    );
    let one_more = vec!["k999".to_string()];
    let refused =
        messages::store_flags(&pool, folder.id, &ids, FlagChange::Add, &one_more, None).await;
    assert!(
        matches!(refused, Err(MailboxError::TooManyKeywords)),
        "{refused:?}"
    );
    let long = vec!["x".repeat(messages::MAX_KEYWORD_LENGTH + 1)];
    let refused = messages::store_flags(&pool, folder.id, &ids, FlagChange::Add, &long, None).await;
    assert!(
        matches!(refused, Err(MailboxError::KeywordTooLong)),
        "{refused:?}"
    );
    // A refused change changed nothing.
    let flags = &messages::list(&pool, folder.id).await.expect("list")[0].flags;
    assert!(!flags.contains(&"k999".to_string()) && flags.len() == messages::MAX_KEYWORDS - 1);
}

#[sqlx::test(migrator = "postbay_database::MIGRATOR")]
async fn recent_messages_are_claimed_once(pool: PgPool) {
    let account = account(&pool).await;
    let folder = drafts(&pool, account).await;
    let none: Vec<String> = Vec::new();
    let (_, uids) = messages::append_many(
        &pool,
        account,
        folder.id,
        &[
            new(b"Subject: r1\r\n\r\n1\r\n", &none),
            new(b"Subject: r2\r\n\r\n2\r\n", &none),
        ],
    )
    .await
    .expect("append");
    // Looking (EXAMINE) takes nothing; the first read-write session takes both.
    assert_eq!(
        folders::recent(&pool, folder.id, None, false)
            .await
            .expect("look"),
        (uids[0], uids[1] + 1)
    );
    assert_eq!(
        folders::recent(&pool, folder.id, Some(uids[1] + 1), true)
            .await
            .expect("claim"),
        (uids[0], uids[1] + 1)
    );
    let (from, to) = folders::recent(&pool, folder.id, None, true)
        .await
        .expect("again");
    assert!(
        from >= to,
        "nothing left for a second session: {from}..{to}"
    );
    assert_eq!(
        folders::counts(&pool, folder.id)
            .await
            .expect("counts")
            .recent,
        0
    );
}

#[sqlx::test(migrator = "postbay_database::MIGRATOR")]
async fn a_quota_warning_is_due_once_a_day(pool: PgPool) {
    let account = account(&pool).await;
    let folder = drafts(&pool, account).await;
    let none: Vec<String> = Vec::new();
    sqlx::query("UPDATE accounts SET quota_messages = 10 WHERE id = $1")
        .bind(account)
        .execute(&pool)
        .await
        .expect("quota");
    let contents: Vec<Vec<u8>> = (0..9)
        .map(|n| format!("Subject: q{n}\r\n\r\n{n}\r\n").into_bytes())
        .collect();
    let batch: Vec<NewMessage<'_>> = contents.iter().map(|c| new(c, &none)).collect();
    let due = |pool: PgPool| async move {
        let mut conn = pool.acquire().await.expect("connection");
        postbay_mailbox::usage::quota_warnings_due(&mut conn, &[account], 90)
            .await
            .expect("due")
    };
    messages::append_many(&pool, account, folder.id, &batch[..8])
        .await
        .expect("append");
    assert!(
        due(pool.clone()).await.is_empty(),
        "80 % is below the warning"
    );
    messages::append_many(&pool, account, folder.id, &batch[8..])
        .await
        .expect("append");
    let warned = due(pool.clone()).await;
    assert_eq!(warned.len(), 1);
    assert_eq!((warned[0].used_messages, warned[0].quota_messages), (9, 10));
    assert_eq!(
        (warned[0].login.as_str(), warned[0].domain.as_str()),
        ("alice", "store.test")
    );
    assert!(due(pool.clone()).await.is_empty(), "warned already today");
}

/// The kept counters of a folder equal what its rows count now.
async fn counters_agree(pool: &PgPool, folder: postbay_mailbox::FolderId) -> (i64, i64, i64) {
    let kept = folders::counts(pool, folder).await.expect("counts");
    let counted: (i64, i64, i64) = sqlx::query_as(
        "SELECT count(*) FILTER (WHERE NOT ('\\Seen' = ANY (flags))),
                count(*) FILTER (WHERE '\\Deleted' = ANY (flags)),
                COALESCE(sum(size), 0)::bigint
         FROM messages WHERE folder_id = $1",
    )
    .bind(folder)
    .fetch_one(pool)
    .await
    .expect("count");
    assert_eq!((kept.unseen, kept.deleted, kept.bytes), counted);
    // And the uid pages give the folder's uids.
    let listed: Vec<i64> =
        sqlx::query_scalar("SELECT uid FROM messages WHERE folder_id = $1 ORDER BY uid")
            .bind(folder)
            .fetch_all(pool)
            .await
            .expect("uids");
    let (_, paged) = folders::with_uids(pool, folder)
        .await
        .expect("pages")
        .expect("folder");
    assert_eq!(paged, listed);
    counted
}

#[sqlx::test(migrator = "postbay_database::MIGRATOR")]
async fn folder_counters_follow_every_change(pool: PgPool) {
    let account = account(&pool).await;
    let drafts = drafts(&pool, account).await;
    let archive = folders::create(&pool, account, "Archive")
        .await
        .expect("create");
    // Uids that straddle two pages of 8,192.
    sqlx::query("UPDATE folders SET uid_next = 8191 WHERE id = $1")
        .bind(drafts.id)
        .execute(&pool)
        .await
        .expect("uid_next");
    let seen = vec!["\\Seen".to_string()];
    let none: Vec<String> = Vec::new();
    let batch = [
        new(b"Subject: a\r\n\r\none\r\n", &seen),
        new(b"Subject: b\r\n\r\ntwo\r\n", &none),
        new(b"Subject: c\r\n\r\nthree\r\n", &none),
    ];
    messages::append_many(&pool, account, drafts.id, &batch)
        .await
        .expect("append");
    assert_eq!(counters_agree(&pool, drafts.id).await.0, 2);
    let rows = messages::list(&pool, drafts.id).await.expect("list");
    let ids: Vec<Uuid> = rows.iter().map(|m| m.id).collect();
    messages::store_flags(
        &pool,
        drafts.id,
        &ids[1..],
        FlagChange::Add,
        &["\\Seen".to_string(), "\\Deleted".to_string()],
        None,
    )
    .await
    .expect("flags");
    assert_eq!(
        counters_agree(&pool, drafts.id).await,
        (0, 2, rows.iter().map(|m| m.size).sum())
    );
    messages::copy(&pool, account, drafts.id, &ids[..2], archive.id)
        .await
        .expect("copy");
    counters_agree(&pool, archive.id).await;
    messages::move_messages(&pool, account, drafts.id, &ids[2..], archive.id)
        .await
        .expect("move");
    counters_agree(&pool, drafts.id).await;
    assert_eq!(counters_agree(&pool, archive.id).await.1, 2);
    let deleted = messages::deleted(&pool, archive.id, None)
        .await
        .expect("deleted");
    postbay_mailbox::expunge(&pool, account, &deleted)
        .await
        .expect("expunge");
    assert_eq!(counters_agree(&pool, archive.id).await.1, 0);
    counters_agree(&pool, drafts.id).await;
}

/// SORT (DATE) reads each copy's kept sort date; the one rule that makes it, in SQL, falls
/// back to the internal date for whatever the summary's date cannot be (absent, not a date,
/// out of PostgreSQL's range) instead of failing the insert.
#[sqlx::test(migrator = "postbay_database::MIGRATOR")]
async fn the_sort_date_falls_back_to_the_internal_date(pool: PgPool) {
    let internal = "2024-05-06T07:08:09+00:00";
    for (summary, expected) in [
        (
            r#"{"date": "2019-01-01T08:00:00-05:00"}"#,
            "2019-01-01 13:00:00+00",
        ),
        (r#"{"date": null}"#, "2024-05-06 07:08:09+00"),
        (r#"{}"#, "2024-05-06 07:08:09+00"),
        (r#"{"date": "not a date"}"#, "2024-05-06 07:08:09+00"),
        (
            r#"{"date": "2026-13-45T99:00:00+00:00"}"#,
            "2024-05-06 07:08:09+00",
        ),
        (
            r#"{"date": "9999999-01-01T00:00:00+00:00"}"#,
            "2024-05-06 07:08:09+00",
        ),
    ] {
        let sorted: String = sqlx::query_scalar(
            "SELECT to_char(message_sort_date($1::jsonb, $2::timestamptz) AT TIME ZONE 'UTC',
                            'YYYY-MM-DD HH24:MI:SS\"+00\"')",
        )
        .bind(summary)
        .bind(internal)
        .fetch_one(&pool)
        .await
        .expect("sort date");
        assert_eq!(sorted, expected, "{summary}");
    }
}
