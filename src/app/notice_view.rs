//! The notice with its structure highlighted: one element per segment (never per char), each
//! with `data-start`, text nodes only (never HTML from the text), and a legend.

use std::rc::Rc;

use yew::prelude::*;
use yew::virtual_dom::VText;

use super::batches::use_batches;
use super::i18n::{t, Lang, K};
use super::{dom, timings, Shared};
use crate::document::{Document, SpanKind};
use crate::edit::{chunk_segments, has_kind, mark, segments};

/// About how many chars each block of the view holds (blocks off screen are skipped by the
/// browser's layout: `content-visibility: auto`).
const CHUNK_CHARS: usize = 3_000;
/// Blocks highlighted at once for a new text; the others show their plain text first (one
/// element each) and are highlighted in batches right after, so a huge paste appears at once.
const FIRST_CHUNKS: usize = 8;
const MORE_CHUNKS: usize = 24;

/// A segment ready to render (attribute values built once per document).
#[derive(Clone, PartialEq)]
struct Item {
    start: AttrValue,
    class: Option<AttrValue>,
    dir: Option<AttrValue>,
    text: AttrValue,
}

fn class_of(kinds: u32, marks: u8) -> String {
    let mut c: Vec<&str> = Vec::new();
    let any = |ks: &[SpanKind]| ks.iter().any(|k| has_kind(kinds, *k));
    if any(&[
        SpanKind::Motto,
        SpanKind::Issuer,
        SpanKind::Number,
        SpanKind::PlaceDate,
        SpanKind::DocType,
        SpanKind::Subject,
    ]) {
        c.push("k-head");
    }
    if any(&[SpanKind::Heading]) {
        c.push("k-heading");
    }
    if any(&[SpanKind::Meeting, SpanKind::Intro]) {
        c.push("k-meeting");
    }
    if any(&[SpanKind::Assessment]) {
        c.push("k-assess");
    }
    if any(&[SpanKind::Reference]) {
        c.push("k-ref");
    }
    if any(&[SpanKind::Date]) {
        c.push("k-date");
    }
    if any(&[SpanKind::Person]) {
        c.push("k-person");
    }
    if any(&[SpanKind::Unit]) {
        c.push("k-unit");
    }
    if any(&[SpanKind::Recipients, SpanKind::Recipient]) {
        c.push("k-recip");
    }
    if any(&[SpanKind::Signature]) {
        c.push("k-sign");
    }
    if any(&[SpanKind::Closing]) {
        c.push("k-closing");
    }
    if any(&[SpanKind::Noise]) {
        c.push("k-noise");
    }
    for (bit, name) in [
        (mark::DIRECTIVE, "m-dir"),
        (mark::LEAD, "m-lead"),
        (mark::SUPPORT, "m-support"),
        (mark::IMPLICIT, "m-implicit"),
        (mark::DEADLINE, "m-deadline"),
        (mark::REJECTED, "m-rejected"),
    ] {
        if marks & bit != 0 {
            c.push(name);
        }
    }
    c.join(" ")
}

/// A block of the view: its segments, and its plain text for before it is highlighted.
struct Chunk {
    start: AttrValue,
    plain: AttrValue,
    items: Vec<Item>,
}

fn items(doc: &Document) -> Vec<Chunk> {
    // Few distinct (kinds, marks) pairs: each class string is built once. (A short list, not a
    // HashMap: one map type fewer in the wasm is ~1 KB.)
    let mut classes: Vec<((u32, u8), Option<AttrValue>)> = Vec::new();
    chunk_segments(segments(doc), CHUNK_CHARS)
        .into_iter()
        .map(|chunk| {
            let start = AttrValue::from(chunk.first().map_or(0, |s| s.start).to_string());
            let plain: String = chunk.iter().map(|s| &*s.text).collect();
            let items = chunk
                .into_iter()
                .map(|s| {
                    let key = (s.kinds, s.marks);
                    let class = match classes.iter().find(|(k, _)| *k == key) {
                        Some((_, c)) => c.clone(),
                        None => {
                            let c = class_of(s.kinds, s.marks);
                            let c = (!c.is_empty()).then(|| AttrValue::from(c));
                            classes.push((key, c.clone()));
                            c
                        }
                    };
                    Item {
                        start: AttrValue::from(s.start.to_string()),
                        class,
                        dir: s.directive.map(AttrValue::from),
                        text: AttrValue::from(s.text),
                    }
                })
                .collect();
            Chunk {
                start,
                plain: AttrValue::from(plain),
                items,
            }
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct NoticeViewProps {
    pub doc: Shared<Document>,
    pub lang: Lang,
    /// Changes when the text changes (highlighting then starts again from the top).
    pub text_rev: u64,
    /// The element holding the segments (for selections and highlights).
    pub view_ref: NodeRef,
    /// Hovering a directive's text (or leaving it).
    pub on_hover: Callback<Option<String>>,
    /// Clicking a directive's text.
    pub on_pick: Callback<String>,
}

#[component]
pub fn NoticeView(props: &NoticeViewProps) -> Html {
    let items: Rc<Vec<Chunk>> = use_memo(props.doc.clone(), |doc| items(doc));

    // Blocks highlighted: a first batch, then more after each render.
    let limit = use_batches(props.text_rev, items.len(), FIRST_CHUNKS, |n| {
        n.saturating_add(MORE_CHUNKS)
    });

    {
        let items = items.clone();
        use_effect_with(Shared(items), |_| {
            timings::rendered();
        });
    }

    let on_over = {
        let cb = props.on_hover.clone();
        Callback::from(move |e: MouseEvent| cb.emit(dom::directive_at(e.target())))
    };
    let on_leave = {
        let cb = props.on_hover.clone();
        Callback::from(move |_: MouseEvent| cb.emit(None))
    };
    let on_click = {
        let cb = props.on_pick.clone();
        Callback::from(move |e: MouseEvent| {
            let collapsed = web_sys::window()
                .and_then(|w| w.get_selection().ok().flatten())
                .is_none_or(|s| s.is_collapsed());
            if collapsed {
                if let Some(id) = dom::directive_at(e.target()) {
                    cb.emit(id);
                }
            }
        })
    };

    let lang = props.lang;
    // Empty: nothing inside (the hint is CSS content from `data-empty`, not text of the view).
    let body = if props.doc.text.is_empty() {
        html! {}
    } else {
        items
            .iter()
            .enumerate()
            .map(|(i, chunk)| {
                if i >= limit {
                    return html! {
                        <div class="chunk pending" key={i}>
                            <span data-start={chunk.start.clone()}>{ VText::new(chunk.plain.clone()) }</span>
                        </div>
                    };
                }
                let spans = chunk
                    .items
                    .iter()
                    .map(|it| {
                        html! {
                            <span class={it.class.clone()} data-start={it.start.clone()} data-dir={it.dir.clone()}>
                                { VText::new(it.text.clone()) }
                            </span>
                        }
                    })
                    .collect::<Html>();
                html! { <div class="chunk" key={i}>{ spans }</div> }
            })
            .collect::<Html>()
    };

    html! {
        <>
            <div class="notice-view" data-testid="notice-view" ref={props.view_ref.clone()}
                lang="vi" role="region" aria-label={t(lang, K::NoticeTitle)} tabindex="0"
                data-empty={t(lang, K::NoticeEmpty)}
                onmouseover={on_over} onmouseleave={on_leave} onclick={on_click}>
                { body }
            </div>
            <Legend {lang} />
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub lang: Lang,
}

#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let lang = props.lang;
    let entries = [
        ("k-head", K::LegendHeader),
        ("k-heading", K::LegendHeading),
        ("m-dir", K::LegendDirective),
        ("m-lead", K::LegendLead),
        ("m-support", K::LegendSupport),
        ("m-lead m-implicit", K::LegendImplicit),
        ("m-deadline", K::LegendDeadline),
        ("k-ref", K::LegendReference),
        ("k-recip", K::LegendRecipients),
        ("k-sign", K::LegendSignature),
        ("k-noise", K::LegendNoise),
    ];
    html! {
        <div class="legend" aria-label={t(lang, K::Legend)}>
            <span class="legend-title">{ t(lang, K::Legend) }{ ":" }</span>
            { for entries.iter().map(|(class, k)| html! {
                <span class="legend-item" key={*class}>
                    <span class={classes!("swatch", *class)}>{ t(lang, *k) }</span>
                </span>
            }) }
        </div>
    }
}
