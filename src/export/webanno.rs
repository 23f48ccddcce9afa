//! The reader's and the clerk's work as W3C Web Annotations (JSON-LD), for annotation tools
//! (Hypothesis-, Recogito- or Annotorious-style) and anything else that reads the W3C model.
//!
//! The file is an `AnnotationCollection` whose embedded first `AnnotationPage` lists every
//! annotation; each annotation also carries its own `@context`, so a tool that takes the
//! `items` array alone still has valid annotations. One annotation per span:
//! - each directive that is not rejected: motivation `tagging`, bodies `directive` and
//!   `status: suggested|confirmed`;
//! - each owner: `tagging`, body `lead: Phòng Tổ chức cán bộ` or `support: …`;
//! - each deadline: `tagging`, body `deadline: 2022-12-15` (or `deadline: recurring`,
//!   `deadline: urgent` … when it names no day).
//!
//! Owners and deadlines also have a `linking` body, a `SpecificResource` whose `source` is their
//! directive's annotation (the model allows `purpose` on a Specific Resource, not on a bare
//! External Web Resource: checked by the W3C assertions, `tests/w3c/`); an owner inherited from
//! a heading by several directives is one annotation linking to each.
//! Every target has `source` (a `urn:uuid:` derived from the notice's text, so the same text
//! gives the same source) and two selectors: a `TextQuoteSelector` (`exact` with up to
//! [`CONTEXT_CHARS`] characters of `prefix` and `suffix`) and a `TextPositionSelector` (`start`,
//! `end`: code points into the text, end exclusive, as the model specifies). Ids are `urn:uuid:`
//! values hashed from the notice and the annotation, stable from one export to the next; there is
//! no `created` time, so the bytes are reproducible. A span whose offsets do not fit the text is
//! left out rather than pointing at the wrong words.

use std::collections::HashMap;

use serde::Serialize;

use super::{notice_label, stable_hash, uuid_of, CharIndex};
use crate::document::{DeadlineKind, Document, Role, Status};

/// The Web Annotation JSON-LD context.
pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// Characters of context kept before and after a quote.
pub const CONTEXT_CHARS: usize = 32;

#[derive(Serialize)]
struct Collection {
    #[serde(rename = "@context")]
    context: &'static str,
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    label: String,
    total: usize,
    first: Page,
}

/// The first page, embedded; with its own `@context` (the W3C page assertions require it, and a
/// tool may take the page alone).
#[derive(Serialize)]
struct Page {
    #[serde(rename = "@context")]
    context: &'static str,
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "startIndex")]
    start_index: usize,
    items: Vec<Annotation>,
}

#[derive(Serialize)]
struct Annotation {
    #[serde(rename = "@context")]
    context: &'static str,
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    motivation: &'static str,
    body: Vec<Body>,
    target: Target,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Body {
    Text {
        #[serde(rename = "type")]
        kind: &'static str,
        value: String,
        purpose: &'static str,
        format: &'static str,
    },
    Link {
        #[serde(rename = "type")]
        kind: &'static str,
        source: String,
        purpose: &'static str,
    },
}

impl Body {
    /// A link to another annotation (its id), as a Specific Resource.
    fn link(to: &str) -> Body {
        Body::Link {
            kind: "SpecificResource",
            source: to.to_string(),
            purpose: "linking",
        }
    }
}

impl Body {
    fn tag(value: String) -> Body {
        Body::Text {
            kind: "TextualBody",
            value,
            purpose: "tagging",
            format: "text/plain",
        }
    }
}

#[derive(Serialize)]
struct Target {
    source: String,
    selector: [Selector; 2],
}

#[derive(Serialize)]
#[serde(tag = "type")]
enum Selector {
    TextQuoteSelector {
        exact: String,
        #[serde(skip_serializing_if = "String::is_empty")]
        prefix: String,
        #[serde(skip_serializing_if = "String::is_empty")]
        suffix: String,
    },
    TextPositionSelector {
        start: usize,
        end: usize,
    },
}

/// The `urn:uuid:` that names the notice's text as the annotations' source.
pub fn source_urn(doc: &Document) -> String {
    format!(
        "urn:uuid:{}",
        uuid_of(stable_hash(&["ketluan/source", &doc.text]))
    )
}

/// The JSON-LD the app downloads and `ketluan export --format webanno` prints.
pub fn to_webanno(doc: &Document) -> String {
    let ix = CharIndex::new(&doc.text);
    let source = source_urn(doc);
    let mut items: Vec<Annotation> = Vec::new();
    let mut by_key: HashMap<(usize, usize, String), usize> = HashMap::new();

    let target = |start: usize, end: usize| -> Option<Target> {
        if start >= end || end > ix.len() {
            return None;
        }
        Some(Target {
            source: source.clone(),
            selector: [
                Selector::TextQuoteSelector {
                    exact: ix.slice(start, end).to_string(),
                    prefix: ix
                        .slice(start.saturating_sub(CONTEXT_CHARS), start)
                        .to_string(),
                    suffix: ix.slice(end, end + CONTEXT_CHARS).to_string(),
                },
                Selector::TextPositionSelector { start, end },
            ],
        })
    };
    let id_of = |start: usize, end: usize, value: &str| -> String {
        let (s, e) = (start.to_string(), end.to_string());
        format!(
            "urn:uuid:{}",
            uuid_of(stable_hash(&["ketluan/anno", &source, &s, &e, value]))
        )
    };

    for d in &doc.directives {
        if d.status == Status::Rejected {
            continue;
        }
        // The directive's own annotation; owners and deadlines link to it when it exists.
        let mut link: Option<String> = None;
        if let Some(t) = target(d.start, d.end) {
            let key = (d.start, d.end, "directive".to_string());
            let status = match d.status {
                Status::Confirmed => "status: confirmed",
                _ => "status: suggested",
            };
            match by_key.get(&key) {
                Some(&i) => link = Some(items[i].id.clone()),
                None => {
                    let id = id_of(d.start, d.end, "directive");
                    link = Some(id.clone());
                    by_key.insert(key, items.len());
                    items.push(Annotation {
                        context: CONTEXT,
                        id,
                        kind: "Annotation",
                        motivation: "tagging",
                        body: vec![Body::tag("directive".into()), Body::tag(status.into())],
                        target: t,
                    });
                }
            }
        }

        let mut parts: Vec<(usize, usize, String)> = d
            .owners
            .iter()
            .map(|o| {
                let role = match o.role {
                    Role::Lead => "lead",
                    Role::Support => "support",
                };
                (o.start, o.end, format!("{role}: {}", o.name.trim()))
            })
            .collect();
        if let Some(dl) = &d.deadline {
            let value = match dl.due.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                Some(due) => format!("deadline: {due}"),
                None => format!("deadline: {}", kind_name(dl.kind)),
            };
            parts.push((dl.start, dl.end, value));
        }
        for (start, end, value) in parts {
            let key = (start, end, value);
            if let Some(&i) = by_key.get(&key) {
                if let Some(link) = &link {
                    let body = &mut items[i].body;
                    let known = body
                        .iter()
                        .any(|b| matches!(b, Body::Link { source, .. } if source == link));
                    if !known {
                        body.push(Body::link(link));
                    }
                }
                continue;
            }
            let Some(t) = target(key.0, key.1) else {
                continue;
            };
            let mut body = vec![Body::tag(key.2.clone())];
            if let Some(link) = &link {
                body.push(Body::link(link));
            }
            by_key.insert(key.clone(), items.len());
            items.push(Annotation {
                context: CONTEXT,
                id: id_of(key.0, key.1, &key.2),
                kind: "Annotation",
                motivation: "tagging",
                body,
                target: t,
            });
        }
    }

    let label = notice_label(doc);
    let collection = Collection {
        context: CONTEXT,
        id: format!(
            "urn:uuid:{}",
            uuid_of(stable_hash(&["ketluan/collection", &source]))
        ),
        kind: "AnnotationCollection",
        label: if label.is_empty() {
            "ketluan".to_string()
        } else {
            format!("Thông báo {label}")
        },
        total: items.len(),
        first: Page {
            context: CONTEXT,
            id: format!(
                "urn:uuid:{}",
                uuid_of(stable_hash(&["ketluan/page", &source]))
            ),
            kind: "AnnotationPage",
            start_index: 0,
            items,
        },
    };
    serde_json::to_string_pretty(&collection).unwrap_or_else(|_| String::from("{}"))
}

fn kind_name(kind: DeadlineKind) -> &'static str {
    match kind {
        DeadlineKind::Date => "date",
        DeadlineKind::Month => "month",
        DeadlineKind::Quarter => "quarter",
        DeadlineKind::Year => "year",
        DeadlineKind::SchoolTerm => "school_term",
        DeadlineKind::Period => "period",
        DeadlineKind::Recurring => "recurring",
        DeadlineKind::Urgent => "urgent",
        DeadlineKind::Relative => "relative",
        DeadlineKind::Custom => "custom",
    }
}
