#!/usr/bin/env python3
"""Convert an OpenAPI 3.1 document (as utoipa 5 writes it) to OpenAPI 3.0.3.

    python3 to30.py IN.json OUT.json [--progenitor]

Standard library only; output is deterministic (key order kept, indent 2, trailing newline).
What it does, and what it reports on stderr:

  openapi 3.1.x                  -> 3.0.3; drops jsonSchemaDialect, webhooks, info.summary,
                                    info.license.identifier, components.pathItems
  type: [X, "null"]              -> type: X, nullable: true   (several X -> oneOf of types)
  type: "null" / {"const": null} -> {nullable: true, enum: [null]}
  oneOf/anyOf with a null member -> the rest, nullable: a single $ref becomes
                                    allOf: [$ref] + nullable: true; a single inline schema is
                                    merged into the parent; several stay a oneOf + nullable
  $ref with sibling keywords     -> allOf: [$ref] + the siblings (3.0 ignores $ref siblings)
  examples: [..] (schemas only)  -> example: first item  (Media Type/Parameter `examples` kept)
  const: v                       -> enum: [v]
  exclusiveMinimum/Maximum: n    -> minimum/maximum: n + exclusiveMinimum/Maximum: true
  contentEncoding base64         -> format: byte;  contentMediaType (binary) -> format: binary
  $schema $id $anchor $comment $defs propertyNames prefixItems patternProperties
  unevaluated* dependent* if/then/else contains          -> dropped (lossy; counted)
  top-level x- extensions        -> kept

--progenitor also shapes the document for progenitor 0.15 / typify 0.8:
  * nullable $ref: progenitor ignores `nullable` next to allOf/oneOf, so it is written as
    oneOf: [$ref, {nullable: true, enum: [null]}] (typify turns that into Option<T>);
    $ref siblings that are only annotations (description, ...) are dropped, not wrapped;
  * application/problem+json responses -> application/json (else errors are untyped ByteStream);
  * text/* request bodies other than text/plain -> text/plain (progenitor rejects text/csv);
  * parameter schemas lose nullability (optional header params would be Option<Option<_>>,
    which the generated code cannot turn into a header value).
"""

import json
import sys
from collections import Counter

STATS = Counter()
PROGENITOR = False

# Keywords whose value is one schema / a list of schemas / a map of schemas.
SUB_ONE = ("items", "not", "additionalProperties", "contains", "propertyNames",
           "if", "then", "else", "unevaluatedProperties", "unevaluatedItems")
SUB_LIST = ("allOf", "oneOf", "anyOf", "prefixItems")
SUB_MAP = ("properties", "patternProperties", "$defs", "dependentSchemas")
DROP = ("$schema", "$id", "$anchor", "$dynamicAnchor", "$dynamicRef", "$comment", "$defs",
        "propertyNames", "prefixItems", "patternProperties", "unevaluatedProperties",
        "unevaluatedItems", "dependentRequired", "dependentSchemas", "if", "then", "else",
        "contains", "minContains", "maxContains", "contentSchema")
ANNOTATIONS = {"description", "title", "example", "examples", "deprecated", "readOnly",
               "writeOnly", "default", "externalDocs"}
NULL_SCHEMA = {"nullable": True, "enum": [None]}


def is_null(s):
    """True for a schema that only admits null."""
    if not isinstance(s, dict):
        return False
    keys = set(s) - ANNOTATIONS
    if s.get("type") == "null" or s.get("type") == ["null"]:
        return keys <= {"type"}
    if "const" in s and s["const"] is None:
        return keys <= {"const"}
    if s.get("enum") == [None]:
        return keys <= {"enum", "nullable"}
    return False


def conv(s):
    """Convert one schema (recursively). Returns a new object."""
    if isinstance(s, bool):  # 3.1 allows boolean schemas
        STATS["boolean schema"] += 1
        return {} if s else {"not": {}}
    if not isinstance(s, dict):
        return s
    s = dict(s)

    # A nullable $ref as utoipa writes it: oneOf [{type: null}, {$ref, description}]. Lift the
    # member's annotations to the parent before the member loses them.
    for comb in ("oneOf", "anyOf"):
        members = s.get(comb)
        if isinstance(members, list) and any(is_null(m) for m in members):
            rest = [m for m in members if not is_null(m)]
            if len(rest) == 1 and "$ref" in rest[0] and set(rest[0]) - {"$ref"} <= ANNOTATIONS:
                for k, v in rest[0].items():
                    if k != "$ref":
                        s.setdefault(k, v)
                s[comb] = [{"$ref": rest[0]["$ref"]} if m is rest[0] else m for m in members]

    # children first
    for k in SUB_ONE:
        if isinstance(s.get(k), (dict, bool)) and not (k == "additionalProperties" and isinstance(s[k], bool)):
            s[k] = conv(s[k])
    for k in SUB_LIST:
        if isinstance(s.get(k), list):
            s[k] = [conv(x) for x in s[k]]
    for k in SUB_MAP:
        if isinstance(s.get(k), dict):
            s[k] = {n: conv(x) for n, x in s[k].items()}

    for k in DROP:
        if k in s:
            STATS[f"dropped {k}"] += 1
            del s[k]

    if "examples" in s:
        ex = s.pop("examples")
        if isinstance(ex, list) and ex and "example" not in s:
            s["example"] = ex[0]
        STATS["examples -> example"] += 1

    if "const" in s:
        c = s.pop("const")
        if c is None:
            s.update(NULL_SCHEMA)
        else:
            s["enum"] = [c]
        STATS["const -> enum"] += 1

    for ex_k, lim_k in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        v = s.get(ex_k)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            s[lim_k] = v
            s[ex_k] = True
            STATS[f"{ex_k} numeric -> boolean"] += 1

    if "contentEncoding" in s:
        if s.pop("contentEncoding") == "base64" and "format" not in s:
            s["format"] = "byte"
        STATS["contentEncoding"] += 1
    if "contentMediaType" in s:
        cmt = s.pop("contentMediaType")
        if s.get("type") == "string" and "format" not in s and not str(cmt).startswith("text/"):
            s["format"] = "binary"
        STATS["contentMediaType"] += 1

    # type arrays
    t = s.get("type")
    if isinstance(t, list):
        non_null = [x for x in t if x != "null"]
        if "null" in t:
            s["nullable"] = True
        if len(non_null) == 1:
            s["type"] = non_null[0]
        elif not non_null:
            del s["type"]
            s.update(NULL_SCHEMA)
        else:
            del s["type"]
            s["oneOf"] = [{"type": x} for x in non_null]
            STATS["multi-type -> oneOf"] += 1
        STATS["type: [X, null] -> nullable"] += 1
    elif t == "null":
        del s["type"]
        s.update(NULL_SCHEMA)
        STATS["type: null"] += 1

    # oneOf / anyOf with a null member
    for comb in ("oneOf", "anyOf"):
        members = s.get(comb)
        if not isinstance(members, list) or not any(is_null(m) for m in members):
            continue
        rest = [m for m in members if not is_null(m)]
        STATS[f"{comb} with null -> nullable"] += 1
        if PROGENITOR:
            s[comb] = rest + [dict(NULL_SCHEMA)]
            continue
        s["nullable"] = True
        del s[comb]
        if len(rest) == 1 and "$ref" in rest[0]:
            only = rest[0]
            s.setdefault("allOf", []).insert(0, {"$ref": only["$ref"]})
            for k, v in only.items():  # annotations that sat next to the $ref
                if k != "$ref":
                    s.setdefault(k, v)
        elif len(rest) == 1 and not (set(rest[0]) & (set(s) - ANNOTATIONS)):
            for k, v in rest[0].items():
                s.setdefault(k, v)
        elif rest:
            s[comb] = rest

    # $ref with siblings: 3.0 ignores them
    if "$ref" in s and len(s) > 1:
        ref = s.pop("$ref")
        if PROGENITOR and set(s) <= ANNOTATIONS:
            STATS["$ref siblings dropped"] += 1
            return {"$ref": ref}
        STATS["$ref siblings -> allOf"] += 1
        s = {"allOf": [{"$ref": ref}], **s}
    return s


def strip_nullable(s):
    if isinstance(s, dict):
        s = dict(s)
        if s.pop("nullable", None):
            STATS["parameter nullable stripped"] += 1
        for comb in ("oneOf", "anyOf"):
            if isinstance(s.get(comb), list):
                rest = [m for m in s[comb] if not is_null(m)]
                if len(rest) != len(s[comb]):
                    STATS["parameter nullable stripped"] += 1
                    if len(rest) == 1:
                        del s[comb]
                        s.update(rest[0])
                    else:
                        s[comb] = rest
    return s


def conv_content(content, request):
    out = {}
    for ct, mt in content.items():
        mt = dict(mt)
        if "schema" in mt:
            mt["schema"] = conv(mt["schema"])
        if PROGENITOR:
            base = ct.split(";")[0].strip()
            if not request and base == "application/problem+json" and "application/json" not in content:
                STATS["problem+json -> json"] += 1
                ct = "application/json"
            elif request and base.startswith("text/") and base not in ("text/plain", "text/x-markdown"):
                STATS[f"request {base} -> text/plain"] += 1
                ct = "text/plain"
                # progenitor takes a text body only as an inline string schema
                mt["schema"] = {"type": "string"}
        out[ct] = mt
    return out


def conv_param(p):
    if "$ref" in p:
        return p
    p = dict(p)
    if "schema" in p:
        p["schema"] = conv(p["schema"])
        if PROGENITOR:
            p["schema"] = strip_nullable(p["schema"])
    if "content" in p:
        p["content"] = conv_content(p["content"], True)
    return p


def conv_headers(hs):
    return {n: conv_param(h) for n, h in hs.items()}


def conv_response(r):
    if "$ref" in r:
        return r
    r = dict(r)
    if "content" in r:
        r["content"] = conv_content(r["content"], False)
    if "headers" in r:
        r["headers"] = conv_headers(r["headers"])
    return r


def conv_request_body(b):
    if "$ref" in b:
        return b
    b = dict(b)
    if "content" in b:
        b["content"] = conv_content(b["content"], True)
    return b


METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def conv_operation(op):
    op = dict(op)
    if "parameters" in op:
        op["parameters"] = [conv_param(p) for p in op["parameters"]]
    if "requestBody" in op:
        op["requestBody"] = conv_request_body(op["requestBody"])
    if "responses" in op:
        op["responses"] = {c: conv_response(r) for c, r in op["responses"].items()}
    if "callbacks" in op:
        op["callbacks"] = {n: {e: conv_path_item(pi) for e, pi in cb.items()}
                           for n, cb in op["callbacks"].items()}
    return op


def conv_path_item(pi):
    pi = dict(pi)
    for m in METHODS:
        if m in pi:
            pi[m] = conv_operation(pi[m])
    if "parameters" in pi:
        pi["parameters"] = [conv_param(p) for p in pi["parameters"]]
    return pi


def convert(doc):
    doc = dict(doc)
    if not str(doc.get("openapi", "")).startswith("3.1"):
        raise SystemExit(f"not an OpenAPI 3.1 document: openapi={doc.get('openapi')!r}")
    doc["openapi"] = "3.0.3"
    for k in ("jsonSchemaDialect", "webhooks"):
        if doc.pop(k, None) is not None:
            STATS[f"dropped {k}"] += 1
    info = doc["info"] = dict(doc.get("info", {}))
    if info.pop("summary", None) is not None:
        STATS["dropped info.summary"] += 1
    if "license" in info:
        lic = info["license"] = dict(info["license"])
        if lic.pop("identifier", None) is not None:
            STATS["dropped license.identifier"] += 1
    doc["paths"] = {p: conv_path_item(pi) for p, pi in doc.get("paths", {}).items()}
    if "components" in doc:
        c = doc["components"] = dict(doc["components"])
        if c.pop("pathItems", None) is not None:
            STATS["dropped components.pathItems"] += 1
        if "schemas" in c:
            c["schemas"] = {n: conv(s) for n, s in c["schemas"].items()}
        if "parameters" in c:
            c["parameters"] = {n: conv_param(p) for n, p in c["parameters"].items()}
        if "headers" in c:
            c["headers"] = conv_headers(c["headers"])
        if "responses" in c:
            c["responses"] = {n: conv_response(r) for n, r in c["responses"].items()}
        if "requestBodies" in c:
            c["requestBodies"] = {n: conv_request_body(b) for n, b in c["requestBodies"].items()}
    return doc


def iter_schemas(doc):
    """Every schema object of a document, with a path, found the same way convert() finds them."""
    def sub(s, path):
        if not isinstance(s, dict):
            return
        yield path, s
        for k in SUB_ONE:
            if isinstance(s.get(k), dict):
                yield from sub(s[k], f"{path}/{k}")
        for k in SUB_LIST:
            for i, x in enumerate(s.get(k) or []):
                yield from sub(x, f"{path}/{k}/{i}")
        for k in SUB_MAP:
            for n, x in (s.get(k) or {}).items():
                yield from sub(x, f"{path}/{k}/{n}")

    def content(c, path):
        for ct, mt in (c or {}).items():
            if "schema" in mt:
                yield from sub(mt["schema"], f"{path}/{ct}/schema")

    def param(p, path):
        if "schema" in p:
            yield from sub(p["schema"], path + "/schema")
        yield from content(p.get("content"), path + "/content")

    def response(r, path):
        yield from content(r.get("content"), path + "/content")
        for n, h in (r.get("headers") or {}).items():
            yield from param(h, f"{path}/headers/{n}")

    for p, pi in (doc.get("paths") or {}).items():
        for i, prm in enumerate(pi.get("parameters") or []):
            yield from param(prm, f"{p}/parameters/{i}")
        for m in METHODS:
            op = pi.get(m)
            if not op:
                continue
            for i, prm in enumerate(op.get("parameters") or []):
                yield from param(prm, f"{p}/{m}/parameters/{i}")
            if "requestBody" in op:
                yield from content(op["requestBody"].get("content"), f"{p}/{m}/requestBody")
            for c, r in (op.get("responses") or {}).items():
                yield from response(r, f"{p}/{m}/responses/{c}")
    comp = doc.get("components") or {}
    for n, s in (comp.get("schemas") or {}).items():
        yield from sub(s, f"#/components/schemas/{n}")
    for n, prm in (comp.get("parameters") or {}).items():
        yield from param(prm, f"#/components/parameters/{n}")
    for n, r in (comp.get("responses") or {}).items():
        yield from response(r, f"#/components/responses/{n}")
    for n, b in (comp.get("requestBodies") or {}).items():
        yield from content(b.get("content"), f"#/components/requestBodies/{n}")


def check_leftovers(doc):
    """3.1-only constructs that survived conversion (schema objects only)."""
    bad = []
    for path, s in iter_schemas(doc):
        if isinstance(s.get("type"), list) or s.get("type") == "null":
            bad.append(f"{path}: type {s['type']!r}")
        for k in ("const", "examples", "contentMediaType", "contentEncoding") + DROP:
            if k in s:
                bad.append(f"{path}: {k}")
        for k in ("exclusiveMinimum", "exclusiveMaximum"):
            if k in s and not isinstance(s[k], bool):
                bad.append(f"{path}: numeric {k}")
        if "$ref" in s and len(s) > 1:
            bad.append(f"{path}: $ref with siblings {sorted(set(s) - {'$ref'})}")
        if any(is_null(m) for m in (s.get("oneOf") or []) + (s.get("anyOf") or [])) and not PROGENITOR:
            bad.append(f"{path}: null member in oneOf/anyOf")
    return bad


def main(argv):
    global PROGENITOR
    args = [a for a in argv[1:] if not a.startswith("--")]
    PROGENITOR = "--progenitor" in argv
    if len(args) != 2:
        raise SystemExit(__doc__)
    with open(args[0], encoding="utf-8") as f:
        doc = json.load(f)
    out = convert(doc)
    left = check_leftovers(out)
    if left:
        raise SystemExit("3.1 constructs left:\n  " + "\n  ".join(left[:50]))
    with open(args[1], "w", encoding="utf-8") as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write("\n")
    for k, v in sorted(STATS.items()):
        print(f"to30: {v:4d} x {k}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
