//! Drives the SDK against a live `postbay serve`: set POSTBAY_URL (e.g. http://127.0.0.1:8080)
//! and POSTBAY_ADMIN_PASSWORD. Run by Postbay's tests/e2e/test_sdks.py.

use postbay_client::{Client, Error, types};
use reqwest::header::{AUTHORIZATION, HeaderMap, HeaderValue};

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("set {name} to run this test against a server"))
}

async fn session(base: &str, user: &str, password: &str) -> Client {
    let session = Client::new(base)
        .login()
        .body(types::LoginRequest {
            user_name: user.into(),
            password: password.into(),
            totp_code: None,
        })
        .send()
        .await
        .expect("login")
        .into_inner();
    let mut headers = HeaderMap::new();
    let bearer = HeaderValue::from_str(&format!("Bearer {}", session.access_token)).unwrap();
    headers.insert(AUTHORIZATION, bearer);
    let http = reqwest::Client::builder().default_headers(headers).build().unwrap();
    Client::new_with_client(base, http)
}

#[tokio::test]
async fn provisioning_flow() {
    let base = format!("{}/api/v1", env("POSTBAY_URL"));
    let admin = session(&base, "admin", &env("POSTBAY_ADMIN_PASSWORD")).await;
    let suffix = format!("{:x}", std::process::id() ^ 0x5eed);

    let tenant = admin
        .create_tenant()
        .body(types::NewTenant::builder().kind(types::TenantKind::Customer).name(format!("Rust customer {suffix}")))
        .send()
        .await
        .expect("createTenant")
        .into_inner();
    let name = format!("rs-{suffix}.test");
    let domain = admin
        .create_domain()
        .body(types::NewDomain::builder().name(name.clone()).tenant_id(Some(tenant.id.clone())))
        .send()
        .await
        .expect("createDomain")
        .into_inner();
    for (login, domain_admin) in [("alice", false), ("bob", false), ("boss", true)] {
        let account = admin
            .create_account()
            .domain_id(domain.id.clone())
            .body(
                types::NewAccount::builder()
                    .login_name(login)
                    .password(Some("Sdk-pass-123".to_string()))
                    .domain_admin(Some(domain_admin)),
            )
            .send()
            .await
            .expect("createAccount")
            .into_inner();
        assert_eq!(account.email, format!("{login}@{name}"));
    }
    let alias = admin
        .create_alias()
        .domain_id(domain.id.clone())
        .body(types::NewAlias::builder().name("info").target("alice"))
        .send()
        .await
        .expect("createAlias")
        .into_inner();
    assert_eq!(alias.target, format!("alice@{name}"));

    // Page through the accounts two at a time.
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let mut request = admin.list_accounts().domain_id(*domain.id).limit(2);
        if let Some(c) = cursor.take() {
            request = request.cursor(c);
        }
        let page = request.send().await.expect("listAccounts").into_inner();
        seen.extend(page.items.into_iter().map(|a| a.login_name));
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    assert_eq!(seen, ["alice", "bob", "boss"]);

    let usage = admin
        .get_domain_usage()
        .domain_id(domain.id.clone())
        .send()
        .await
        .expect("getDomainUsage")
        .into_inner();
    assert_eq!((usage.accounts.used, usage.aliases.used), (3, 1));

    // Typed errors: a duplicate, and a call the caller may not make.
    let duplicate = admin
        .create_account()
        .domain_id(domain.id.clone())
        .body(types::NewAccount::builder().login_name("alice"))
        .send()
        .await;
    match duplicate {
        Err(Error::ErrorResponse(problem)) => {
            assert_eq!(problem.status().as_u16(), 409);
            assert_eq!(problem.code, "already_exists");
            assert_eq!(problem.field.as_deref(), Some("loginName"));
        }
        other => panic!("duplicate: {:?}", other.map(|r| r.into_inner())),
    }
    let boss = session(&base, &format!("boss@{name}"), "Sdk-pass-123").await;
    let forbidden = boss
        .create_domain()
        .body(types::NewDomain::builder().name(format!("not-{suffix}.test")))
        .send()
        .await;
    match forbidden {
        Err(Error::ErrorResponse(problem)) => {
            assert_eq!(problem.status().as_u16(), 403);
            assert_eq!(problem.code, "forbidden");
        }
        other => panic!("forbidden: {:?}", other.map(|r| r.into_inner())),
    }
    println!("rust sdk: ok");
}
