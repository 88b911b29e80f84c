//! The interactive API reference at `/api/docs`: Swagger UI (vendored in `api/assets/swagger-ui`,
//! Apache-2.0) reading the generated OpenAPI document, every asset served from the binary. Its
//! content security policy lets the page load only from this server.

use axum::Router;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;

/// The vendored Swagger UI release (`swagger-ui-dist`), part of the asset paths so a new
/// release is never mixed with a cached old one.
const VERSION: &str = "5.36.0";
const BUNDLE: &[u8] = include_bytes!("../assets/swagger-ui/swagger-ui-bundle.js");
const STYLE: &[u8] = include_bytes!("../assets/swagger-ui/swagger-ui.css");

/// Scripts and styles from this server only (Swagger UI sets inline styles); the document and
/// "try it out" requests go to this server only.
const POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const INIT: &str = r##"window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/v1/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    // Tags folded: over two hundred operations unfolded at once take the page too long.
    docExpansion: "none",
    filter: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
"##;

fn page() -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Postbay admin API</title>\n<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"/api/docs/{VERSION}/swagger-ui.css\">\n</head>\n<body>\n<div id=\"swagger-ui\"></div>\n<script src=\"/api/docs/{VERSION}/swagger-ui-bundle.js\"></script>\n<script src=\"/api/docs/{VERSION}/init.js\"></script>\n</body>\n</html>\n"
    )
}

fn asset(content_type: &'static str, body: &'static [u8]) -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "public, max-age=86400"),
            (header::CONTENT_SECURITY_POLICY, POLICY),
        ],
        body,
    )
}

/// The routes of the reference, public like the document itself.
pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route(
            "/api/docs",
            get(|| async {
                (
                    [
                        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                        (header::CONTENT_SECURITY_POLICY, POLICY),
                    ],
                    page(),
                )
            }),
        )
        .route(
            &format!("/api/docs/{VERSION}/swagger-ui-bundle.js"),
            get(|| async { asset("text/javascript; charset=utf-8", BUNDLE) }),
        )
        .route(
            &format!("/api/docs/{VERSION}/swagger-ui.css"),
            get(|| async { asset("text/css; charset=utf-8", STYLE) }),
        )
        .route(
            &format!("/api/docs/{VERSION}/init.js"),
            get(|| async { asset("text/javascript; charset=utf-8", INIT.as_bytes()) }),
        )
}
