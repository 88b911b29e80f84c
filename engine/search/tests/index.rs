//! The index against a real PostgreSQL: what SQL answers for indexed contents equals what the
//! digest decides in memory for contents not indexed yet, condition by condition, and index
//! rows go with the content they describe.

use postbay_mailbox::folders;
use postbay_mailbox::messages::{self, NewMessage};
use postbay_search::digest::Digest;
use postbay_search::indexer;
use postbay_search::query::{self, Condition};
use sqlx::PgPool;
use uuid::Uuid;

async fn account(pool: &PgPool) -> Uuid {
    let (tenant, domain, account) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
    sqlx::query(
        "INSERT INTO tenants (id, ancestors, kind, name) VALUES ($1, ARRAY[$1]::uuid[], 'server', 'Server')",
    )
    .bind(tenant)
    .execute(pool)
    .await
    .expect("tenant");
    sqlx::query("INSERT INTO domains (id, tenant_id, name, verification_token) VALUES ($1, $2, 'index.test', 'token')")
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

const CORPUS: &[&[u8]] = &[
    b"From: =?utf-8?q?J=C3=B6rg?= <joerg@example.test>\r\nSubject: =?iso-8859-1?q?Caf=E9_50%_off?=\r\nDate: Tue, 3 Mar 2026 23:30:00 -0500\r\n\r\nBody with 100% of_the words\r\n",
    b"From: a@b.test\r\nTo: Team: x@y.test, z@y.test;\r\nSubject: plain\r\nContent-Type: text/plain; charset=koi8-r\r\n\r\n\xf0\xd2\xc9\xd7\xc5\xd4\r\n",
    b"Subject: html\r\nContent-Type: text/html\r\n\r\n<p>Hello <i>there</i> back\\slash</p>\r\n",
    b"Subject: multi\r\nContent-Type: multipart/mixed; boundary=q\r\n\r\n--q\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\naGlkZGVuIHdvcmQ=\r\n--q\r\nContent-Type: application/octet-stream; name=\"report.bin\"\r\n\r\nxx\r\n--q--\r\n",
    b"no header line at all\r\n",
];

fn conditions() -> Vec<Condition> {
    let mut out = vec![
        Condition::field("subject", "café 50%".as_bytes()),
        Condition::field("subject", b"50%_"),
        Condition::field("from", "jörg".as_bytes()),
        Condition::field("from", b"joerg@exa"),
        Condition::field("to", b"team"),
        Condition::field("date", b""),
        Condition::field("x-missing", b""),
        Condition::field("subject", b"plain\nx"),
        Condition::body(b"100% of_the"),
        Condition::body(b"100%_of"),
        Condition::body("ПРИВЕТ".as_bytes()),
        Condition::body(b"hello there"),
        Condition::body(b"<i>"),
        Condition::body(b"back\\slash"),
        Condition::body(b"hidden word"),
        Condition::text(b"report.bin"),
        Condition::text(b"subject: multi"),
        Condition::text(b"no header"),
        Condition::body(b""),
        Condition::SentOn(chrono::NaiveDate::from_ymd_opt(2026, 3, 3).expect("date")),
        Condition::SentBefore(chrono::NaiveDate::from_ymd_opt(2026, 3, 3).expect("date")),
        Condition::SentSince(chrono::NaiveDate::from_ymd_opt(2026, 3, 3).expect("date")),
    ];
    out.push(Condition::field("subject", b""));
    out
}

#[sqlx::test(migrator = "postbay_database::MIGRATOR")]
async fn index_and_scan_give_the_same_answers(pool: PgPool) {
    let account = account(&pool).await;
    let folder = folders::by_name(&pool, account, "Drafts")
        .await
        .expect("read")
        .expect("Drafts");
    let none: Vec<String> = Vec::new();
    let batch: Vec<NewMessage<'_>> = CORPUS
        .iter()
        .map(|c| NewMessage {
            content: c,
            flags: &none,
            internal_date: None,
        })
        .collect();
    let (_, uids) = messages::append_many(&pool, account, folder.id, &batch)
        .await
        .expect("append");
    let digests: Vec<Digest> = CORPUS.iter().map(|c| Digest::of(c)).collect();
    let mut some_hit = 0;
    for condition in conditions() {
        let expected: Vec<i64> = uids
            .iter()
            .zip(&digests)
            .filter(|(_, d)| condition.test(d))
            .map(|(u, _)| *u)
            .collect();
        some_hit += usize::from(!expected.is_empty());
        let unindexed = query::unindexed_in(&pool, folder.id)
            .await
            .expect("unindexed");
        let hits = query::hits_in(&pool, folder.id, &condition)
            .await
            .expect("query");
        assert!(hits.is_empty(), "{condition:?}: nothing is indexed yet");
        assert_eq!(unindexed, uids, "{condition:?}");
    }
    assert!(
        some_hit >= 15,
        "the corpus exercises the conditions ({some_hit})"
    );
    while indexer::index_batch(&pool).await.expect("index") > 0 {}
    for condition in conditions() {
        let expected: Vec<i64> = uids
            .iter()
            .zip(&digests)
            .filter(|(_, d)| condition.test(d))
            .map(|(u, _)| *u)
            .collect();
        let unindexed = query::unindexed_in(&pool, folder.id)
            .await
            .expect("unindexed");
        let hits = query::hits_in(&pool, folder.id, &condition)
            .await
            .expect("query");
        assert!(unindexed.is_empty(), "{condition:?}");
        assert_eq!(hits, expected, "{condition:?}");
    }
    // Kept pieces are the digest's.
    let ids: Vec<Uuid> =
        sqlx::query_scalar("SELECT content_id FROM messages WHERE folder_id = $1 ORDER BY uid")
            .bind(folder.id)
            .fetch_all(&pool)
            .await
            .expect("ids");
    let all = query::Pieces {
        header: true,
        envelope: true,
        body_structure: true,
        body_structure_ext: true,
    };
    let rendered = query::rendered(&pool, &ids, all).await.expect("rendered");
    for (id, digest) in ids.iter().zip(&digests) {
        assert_eq!(rendered[id], digest.rendered());
    }
    // Only what is asked for is read.
    let envelopes = query::rendered(
        &pool,
        &ids,
        query::Pieces {
            envelope: true,
            ..Default::default()
        },
    )
    .await
    .expect("envelopes");
    for (id, digest) in ids.iter().zip(&digests) {
        assert_eq!(envelopes[id].envelope, digest.envelope);
        assert!(envelopes[id].header.is_empty() && envelopes[id].body_structure.is_empty());
    }
    // Expunged for good, the content's index row goes with it.
    let copies: Vec<Uuid> = sqlx::query_scalar("SELECT id FROM messages WHERE folder_id = $1")
        .bind(folder.id)
        .fetch_all(&pool)
        .await
        .expect("copies");
    postbay_mailbox::expunge(&pool, account, &copies)
        .await
        .expect("expunge");
    let left: i64 = sqlx::query_scalar("SELECT count(*) FROM content_index")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(left, 0);
}
