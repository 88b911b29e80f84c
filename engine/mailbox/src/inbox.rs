//! Filing delivered mail. The delivery pipeline's batch writer hands a whole batch here, so
//! that contents, folders, messages and usage are written by this crate alone, with a fixed
//! number of statements per batch, inside the caller's transaction.

use std::collections::{BTreeMap, BTreeSet};

use postbay_ids::FolderId;
use sqlx::PgConnection;
use uuid::Uuid;

use crate::usage::{self, UsageChange};
use crate::{MailboxError, MailboxResult};

/// The accounts a batch delivers to, locked in the order every change takes them (domains,
/// tenants, each in id order, then accounts); those deleted meanwhile are not among them.
pub struct LockedMailboxes {
    /// Each live account with its domain and tenant path.
    placed: BTreeMap<Uuid, (Uuid, Vec<Uuid>)>,
}

impl LockedMailboxes {
    /// Whether `account` still exists and can receive the batch's copies.
    pub fn is_live(&self, account: &Uuid) -> bool {
        self.placed.contains_key(account)
    }
}

/// Locks the rows a delivery to `accounts` changes.
pub async fn lock_mailboxes(
    conn: &mut PgConnection,
    accounts: &BTreeSet<Uuid>,
) -> MailboxResult<LockedMailboxes> {
    let wanted: Vec<Uuid> = accounts.iter().copied().collect();
    let placed: Vec<(Uuid, Uuid, Vec<Uuid>)> = sqlx::query_as(
        "SELECT a.id, a.domain_id, t.ancestors FROM accounts a JOIN domains d ON d.id = a.domain_id
         JOIN tenants t ON t.id = d.tenant_id WHERE a.id = ANY($1)",
    )
    .bind(&wanted)
    .fetch_all(&mut *conn)
    .await?;
    let domains: BTreeSet<Uuid> = placed.iter().map(|(_, d, _)| *d).collect();
    let tenants: BTreeSet<Uuid> = placed
        .iter()
        .flat_map(|(_, _, t)| t.iter().copied())
        .collect();
    for (sql, ids) in [
        (
            "SELECT id FROM domains WHERE id = ANY($1) ORDER BY id FOR UPDATE",
            domains,
        ),
        (
            "SELECT id FROM tenants WHERE id = ANY($1) ORDER BY id FOR UPDATE",
            tenants,
        ),
    ] {
        let ids: Vec<Uuid> = ids.into_iter().collect();
        sqlx::query(sql).bind(&ids).execute(&mut *conn).await?;
    }
    let live: BTreeSet<Uuid> = sqlx::query_scalar::<_, Uuid>(
        "SELECT id FROM accounts WHERE id = ANY($1) ORDER BY id FOR UPDATE",
    )
    .bind(&wanted)
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .collect();
    Ok(LockedMailboxes {
        placed: placed
            .into_iter()
            .filter(|(a, _, _)| live.contains(a))
            .map(|(a, d, t)| (a, (d, t)))
            .collect(),
    })
}

/// One distinct content to store, with the references the batch adds to it (its copies and
/// queue entries).
pub struct NewContent<'a> {
    pub sha256: &'a [u8],
    pub body: &'a [u8],
    pub summary: &'a serde_json::Value,
    pub refs: i64,
}

/// Stores each content once per digest (or adds its references to the stored one) and
/// returns the content ids by digest.
pub async fn store_contents(
    conn: &mut PgConnection,
    contents: &[NewContent<'_>],
) -> MailboxResult<BTreeMap<Vec<u8>, Uuid>> {
    let ids: Vec<Uuid> = contents.iter().map(|_| Uuid::now_v7()).collect();
    let digests: Vec<&[u8]> = contents.iter().map(|c| c.sha256).collect();
    let sizes: Vec<i64> = contents
        .iter()
        .map(|c| i64::try_from(c.body.len()).unwrap_or(i64::MAX))
        .collect();
    let bodies: Vec<&[u8]> = contents.iter().map(|c| c.body).collect();
    let summaries: Vec<&serde_json::Value> = contents.iter().map(|c| c.summary).collect();
    let refs: Vec<i64> = contents.iter().map(|c| c.refs).collect();
    let stored: Vec<(Vec<u8>, Uuid)> = sqlx::query_as(
        "INSERT INTO message_contents (id, sha256, size, body, summary, refs)
         SELECT * FROM unnest($1::uuid[], $2::bytea[], $3::bigint[], $4::bytea[], $5::jsonb[], $6::bigint[])
         ON CONFLICT (sha256) DO UPDATE SET refs = message_contents.refs + EXCLUDED.refs
         RETURNING sha256, id",
    )
    .bind(&ids)
    .bind(&digests)
    .bind(&sizes)
    .bind(&bodies)
    .bind(&summaries)
    .bind(&refs)
    .fetch_all(&mut *conn)
    .await?;
    Ok(stored.into_iter().collect())
}

/// One copy for an account: its Inbox, its Junk folder, or a folder its own rules name.
pub struct InboxCopy {
    pub account: Uuid,
    pub content_id: Uuid,
    pub size: i64,
    pub envelope_from: Option<String>,
    pub envelope_to: String,
    pub folder: Filing,
    /// Flags the copy is stored with (a user's rules may set them).
    pub flags: Vec<String>,
}

/// Where a delivered copy goes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Filing {
    /// The account's Inbox or Junk folder (made on first use).
    Arrival(Arrival),
    /// A folder by its full name, as the user's rules say (Sieve `fileinto`). A folder gone
    /// meanwhile means the Inbox: the copy is never dropped.
    Named(String),
}

/// The folder new mail is filed in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Arrival {
    #[default]
    Inbox,
    /// Mail its sender's domain asks to treat as suspect (DMARC `quarantine`).
    Junk,
}

impl Arrival {
    fn special_use(self) -> &'static str {
        match self {
            Self::Inbox => "inbox",
            Self::Junk => "junk",
        }
    }

    fn name(self) -> &'static str {
        let special = self.special_use();
        crate::folders::SPECIAL
            .iter()
            .find(|(use_, _)| *use_ == special)
            .map_or("INBOX", |(_, name)| name)
    }
}

/// `copies` with those for Junk made to go to the Inbox where the account has no Junk folder
/// and one cannot be made (a plain folder holds its name): quarantined mail is still
/// delivered.
async fn junk_or_inbox(
    conn: &mut PgConnection,
    mut copies: Vec<InboxCopy>,
) -> MailboxResult<Vec<InboxCopy>> {
    let junk = Filing::Arrival(Arrival::Junk);
    let wanted: BTreeSet<Uuid> = copies
        .iter()
        .filter(|c| c.folder == junk)
        .map(|c| c.account)
        .collect();
    if wanted.is_empty() {
        return Ok(copies);
    }
    let wanted: Vec<Uuid> = wanted.into_iter().collect();
    let ids: Vec<Uuid> = wanted.iter().map(|_| Uuid::now_v7()).collect();
    let have: BTreeSet<Uuid> = sqlx::query_scalar(
        "WITH made AS (
            INSERT INTO folders (id, account_id, name, special_use, uid_validity)
            SELECT f, a, $3, 'junk', next_uid_validity(a)
            FROM unnest($1::uuid[], $2::uuid[]) AS x(f, a)
            WHERE NOT EXISTS (SELECT 1 FROM folders g WHERE g.account_id = x.a
                              AND (g.name = $3 OR g.special_use = 'junk'))
            ON CONFLICT DO NOTHING RETURNING account_id)
         SELECT account_id FROM made
         UNION SELECT account_id FROM folders WHERE account_id = ANY($2) AND special_use = 'junk'",
    )
    .bind(&ids)
    .bind(&wanted)
    .bind(Arrival::Junk.name())
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .collect();
    for copy in &mut copies {
        if copy.folder == junk && !have.contains(&copy.account) {
            copy.folder = Filing::Arrival(Arrival::Inbox);
        }
    }
    Ok(copies)
}

/// The folder id of each copy: Inboxes and Junk folders made on first use, named folders
/// looked up (a name gone meanwhile means the Inbox).
async fn folder_ids(conn: &mut PgConnection, copies: &[InboxCopy]) -> MailboxResult<Vec<Uuid>> {
    let named: BTreeSet<(Uuid, &str)> = copies
        .iter()
        .filter_map(|c| match &c.folder {
            Filing::Named(name) => Some((c.account, name.as_str())),
            Filing::Arrival(_) => None,
        })
        .collect();
    let mut found: BTreeMap<(Uuid, String), Uuid> = BTreeMap::new();
    if !named.is_empty() {
        let (accounts, names): (Vec<Uuid>, Vec<&str>) = named.iter().copied().unzip();
        let rows: Vec<(Uuid, String, Uuid)> = sqlx::query_as(
            "SELECT f.account_id, f.name, f.id FROM folders f
             JOIN unnest($1::uuid[], $2::text[]) AS w(a, n) ON f.account_id = w.a AND f.name = w.n",
        )
        .bind(&accounts)
        .bind(&names)
        .fetch_all(&mut *conn)
        .await?;
        found = rows.into_iter().map(|(a, n, id)| ((a, n), id)).collect();
    }
    let named_id = |c: &InboxCopy| match &c.folder {
        Filing::Named(name) => found.get(&(c.account, name.clone())).copied(),
        Filing::Arrival(_) => None,
    };
    // The Inbox or Junk folder each other copy needs, made when missing.
    let arrival = |c: &InboxCopy| match &c.folder {
        Filing::Arrival(arrival) => *arrival,
        Filing::Named(_) => Arrival::Inbox,
    };
    let arrivals: BTreeSet<(Uuid, Arrival)> = copies
        .iter()
        .filter(|c| named_id(c).is_none())
        .map(|c| (c.account, arrival(c)))
        .collect();
    let accounts: Vec<Uuid> = arrivals.iter().map(|(a, _)| *a).collect();
    let uses: Vec<&str> = arrivals.iter().map(|(_, f)| f.special_use()).collect();
    let names: Vec<&str> = arrivals.iter().map(|(_, f)| f.name()).collect();
    let new_ids: Vec<Uuid> = accounts.iter().map(|_| Uuid::now_v7()).collect();
    // Made where missing and read in one statement: the made rows come from the insert, the
    // others from the table (which the statement's own insert does not show it).
    let rows: Vec<(Uuid, String, Uuid)> = sqlx::query_as(
        "WITH wanted AS (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS x(f, a, n, u)),
              made AS (
                INSERT INTO folders (id, account_id, name, special_use, uid_validity)
                SELECT f, a, n, u, next_uid_validity(a) FROM wanted x
                WHERE NOT EXISTS (SELECT 1 FROM folders g WHERE g.account_id = x.a
                                  AND (g.name = x.n OR g.special_use = x.u))
                ON CONFLICT DO NOTHING
                RETURNING account_id, special_use, id)
         SELECT account_id, special_use, id FROM made
         UNION ALL
         SELECT f.account_id, f.special_use, f.id FROM folders f
         JOIN wanted w ON f.account_id = w.a AND f.special_use = w.u",
    )
    .bind(&new_ids)
    .bind(&accounts)
    .bind(&names)
    .bind(&uses)
    .fetch_all(&mut *conn)
    .await?;
    let special: BTreeMap<(Uuid, String), Uuid> =
        rows.into_iter().map(|(a, u, id)| ((a, u), id)).collect();
    copies
        .iter()
        .map(|c| {
            named_id(c)
                .or_else(|| {
                    special
                        .get(&(c.account, arrival(c).special_use().to_string()))
                        .copied()
                })
                .ok_or(MailboxError::NoInbox(c.account))
        })
        .collect()
}

/// Files `copies` in their folders — Inboxes and Junk folders made on first use, or folders
/// the users' rules name — taking uids and modseqs in the order given; copies for accounts
/// not live are left out. Counts usage on the account, its domain and tenants, records the
/// copies' keywords in their folders, and notifies the folders' watchers when the
/// transaction commits.
pub async fn file_in_inboxes(
    conn: &mut PgConnection,
    locked: &LockedMailboxes,
    copies: Vec<InboxCopy>,
) -> MailboxResult<()> {
    let copies: Vec<InboxCopy> = copies
        .into_iter()
        .filter(|c| locked.is_live(&c.account))
        .collect();
    if copies.is_empty() {
        return Ok(());
    }
    let copies = junk_or_inbox(conn, copies).await?;
    let targets = folder_ids(conn, &copies).await?;
    let mut per_account: BTreeMap<Uuid, (i64, i64)> = BTreeMap::new();
    let mut per_folder: BTreeMap<Uuid, i64> = BTreeMap::new();
    for (c, folder) in copies.iter().zip(&targets) {
        let entry = per_account.entry(c.account).or_default();
        entry.0 += 1;
        entry.1 += c.size;
        *per_folder.entry(*folder).or_default() += 1;
    }
    let folder_list: Vec<Uuid> = per_folder.keys().copied().collect();
    let counts: Vec<i64> = per_folder.values().copied().collect();
    let rows: Vec<(Uuid, i64, i64)> = sqlx::query_as(
        "UPDATE folders f SET uid_next = f.uid_next + d.k, highest_modseq = f.highest_modseq + d.k,
                message_count = f.message_count + d.k
         FROM unnest($1::uuid[], $2::bigint[]) AS d(folder, k)
         WHERE f.id = d.folder
         RETURNING f.id, f.uid_next - d.k, f.highest_modseq - d.k + 1",
    )
    .bind(&folder_list)
    .bind(&counts)
    .fetch_all(&mut *conn)
    .await?;
    // Each folder with the next uid and modseq to give.
    let mut next: BTreeMap<Uuid, (i64, i64)> = rows
        .into_iter()
        .map(|(folder, uid, modseq)| (folder, (uid, modseq)))
        .collect();
    if let Some(c) = copies
        .iter()
        .zip(&targets)
        .find(|(_, f)| !next.contains_key(*f))
        .map(|(c, _)| c)
    {
        return Err(MailboxError::NoInbox(c.account));
    }
    let mut keywords: BTreeMap<Uuid, BTreeSet<&String>> = BTreeMap::new();
    for (c, folder) in copies.iter().zip(&targets) {
        keywords.entry(*folder).or_default().extend(c.flags.iter());
    }
    for (folder, flags) in keywords {
        crate::messages::remember_keywords(conn, FolderId(folder), flags).await?;
    }
    let folders: Vec<Uuid> = next.keys().copied().collect();
    let n = copies.len();
    let (mut ids, mut m_folders, mut m_accounts, mut uids, mut contents) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let (mut sizes, mut modseqs, mut from, mut to) = (
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
        Vec::with_capacity(n),
    );
    let mut flags = Vec::with_capacity(n);
    for (c, target) in copies.into_iter().zip(&targets) {
        let Some((uid, modseq)) = next.get_mut(target) else {
            continue;
        };
        // As text, one list per copy (a 2-D array would need every list the same length).
        flags.push(serde_json::to_string(&c.flags).unwrap_or_else(|_| "[]".into()));
        ids.push(Uuid::now_v7());
        m_folders.push(*target);
        m_accounts.push(c.account);
        uids.push(*uid);
        modseqs.push(*modseq);
        contents.push(c.content_id);
        sizes.push(c.size);
        from.push(c.envelope_from);
        to.push(c.envelope_to);
        *uid += 1;
        *modseq += 1;
    }
    sqlx::query(
        "INSERT INTO messages (id, folder_id, account_id, uid, content_id, size, modseq, envelope_from,
                               envelope_to, flags, sort_date, sort_subject)
         SELECT d.id, d.folder_id, d.account_id, d.uid, d.content_id, d.size, d.modseq,
                d.envelope_from, d.envelope_to, ARRAY(SELECT jsonb_array_elements_text(d.flags::jsonb)),
                message_sort_date(c.summary, now()), c.summary->>'subject'
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::bigint[], $5::uuid[], $6::bigint[], $7::bigint[],
                     $8::text[], $9::text[], $10::text[])
              AS d(id, folder_id, account_id, uid, content_id, size, modseq, envelope_from, envelope_to, flags)
         JOIN message_contents c ON c.id = d.content_id",
    )
    .bind(&ids)
    .bind(&m_folders)
    .bind(&m_accounts)
    .bind(&uids)
    .bind(&contents)
    .bind(&sizes)
    .bind(&modseqs)
    .bind(&from)
    .bind(&to)
    .bind(&flags)
    .execute(&mut *conn)
    .await?;
    let changes: Vec<UsageChange<'_>> = per_account
        .iter()
        .filter_map(|(account, (copies, bytes))| {
            let (domain, tenants) = locked.placed.get(account)?;
            Some(UsageChange {
                account: *account,
                domain: *domain,
                tenants,
                bytes: *bytes,
                messages: *copies,
            })
        })
        .collect();
    usage::count(conn, &changes).await?;
    // Sessions watching these Inboxes (IMAP IDLE, in any process) hear of the new mail when
    // the transaction commits.
    sqlx::query("SELECT pg_notify('postbay_mailbox', f::text) FROM unnest($1::uuid[]) AS f")
        .bind(&folders)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
