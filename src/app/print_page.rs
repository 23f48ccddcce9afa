//! The print view: the task table as a plain A4 page under the notice's header (number, place
//! and date, subject, meeting). Shown on screen as a preview (`body.printing`), printed with
//! styles/print.css. Owners and deadlines are plain text; rejected tasks are left out, as in
//! the CSV. Plain markup (no component of its own).

use yew::prelude::*;

use super::i18n::{status, t, Lang, K};
use crate::document::{Document, Role, Status};
use crate::export::{collapse_ws, owner_names, vn_date};

fn field(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// "THÔNG BÁO số 397/TB-SGDĐT" (the type as the notice writes it).
fn notice_line(doc: &Document) -> Option<String> {
    let f = &doc.fields;
    let kind = field(&f.doc_type).map(str::to_string);
    match (kind, field(&f.number)) {
        (Some(k), Some(n)) => Some(k + " số " + n),
        (None, Some(n)) => Some("Số ".to_string() + n),
        (Some(k), None) => Some(k),
        (None, None) => None,
    }
}

/// "Cần Thơ, ngày 17/02/2020".
fn issued_line(doc: &Document) -> Option<String> {
    let f = &doc.fields;
    let date = field(&f.issued_date).map(|d| "ngày ".to_string() + &vn_date(d));
    match (field(&f.issued_place), date) {
        (Some(p), Some(d)) => Some(p.to_string() + ", " + &d),
        (p, d) => p.map(str::to_string).or(d),
    }
}

/// "14:00 ngày 16/01/2020, Sở Giáo dục và Đào tạo (trực tuyến); chủ trì: Trần Hồng Thắm, …".
fn meeting_line(doc: &Document, lang: Lang) -> Option<String> {
    let f = &doc.fields;
    let mut parts: Vec<String> = Vec::new();
    let when: Vec<String> = [
        field(&f.meeting_time).map(str::to_string),
        field(&f.meeting_date).map(|d| "ngày ".to_string() + &vn_date(d)),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !when.is_empty() {
        parts.push(when.join(" "));
    }
    if let Some(p) = field(&f.meeting_place) {
        parts.push(p.to_string());
    }
    let mut line = parts.join(", ");
    if f.meeting_online == Some(true) {
        line += &(" (".to_string() + t(lang, K::Online) + ")");
    }
    if let Some(chair) = field(&f.meeting_chair) {
        if !line.is_empty() {
            line += "; ";
        }
        line += t(lang, K::Chair);
        line += ": ";
        line += chair;
        if let Some(title) = field(&f.meeting_chair_title) {
            line += ", ";
            line += title;
        }
    }
    (!line.trim().is_empty()).then_some(line)
}

/// A row of cells (`th` for the head): one template for every cell of the page.
fn cells(head: bool, texts: [String; 6]) -> Html {
    texts
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let class = (i == 0).then_some("col-no");
            if head {
                html! { <th scope="col" {class}>{ text }</th> }
            } else {
                html! { <td {class}>{ text }</td> }
            }
        })
        .collect()
}

/// The page. `print_ref` is the "In" button (focused when the view opens).
pub fn print_page(
    doc: &Document,
    lang: Lang,
    print_ref: &NodeRef,
    on_print: Callback<MouseEvent>,
    on_close: &Callback<()>,
) -> Html {
    let close = {
        let cb = on_close.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let subject = field(&doc.fields.subject).map(collapse_ws);
    let head = [
        ("number", K::FieldNumber, notice_line(doc)),
        ("issued", K::FieldIssued, issued_line(doc)),
        ("subject", K::FieldSubject, subject),
        ("meeting", K::FieldMeeting, meeting_line(doc, lang)),
    ]
    .into_iter()
    .filter_map(|(key, label, value)| {
        let v = value?;
        Some(html! {
            <div class="print-field" key={key} data-field={key}>
                <dt>{ t(lang, label) }</dt><dd>{ v }</dd>
            </div>
        })
    })
    .collect::<Html>();
    let th = [
        K::ColNo,
        K::ColTask,
        K::ColLead,
        K::ColSupport,
        K::ColDeadline,
        K::ColStatus,
    ]
    .map(|k| t(lang, k).to_string());
    let rows = doc
        .directives
        .iter()
        .filter(|d| d.status != Status::Rejected)
        .enumerate()
        .map(|(i, d)| {
            let deadline = d.deadline.as_ref().map(|dl| {
                // The day it is due now (an extension's, *gia hạn*, marked so).
                let mut due = d.due().map(vn_date).unwrap_or_default();
                if d.extended.is_some() {
                    due += " — ";
                    due += t(lang, K::Extended);
                }
                match (dl.text.trim(), due.is_empty()) {
                    ("", _) => due,
                    (phrase, true) => phrase.to_string(),
                    (phrase, false) => phrase.to_string() + " (" + &due + ")",
                }
            });
            let texts = [
                (i + 1).to_string(),
                collapse_ws(&d.text),
                owner_names(&d.owners, Role::Lead),
                owner_names(&d.owners, Role::Support),
                deadline.unwrap_or_default(),
                status(lang, d.status).to_string(),
            ];
            html! { <tr key={d.id.clone()} data-testid="print-row">{ cells(false, texts) }</tr> }
        })
        .collect::<Html>();
    html! {
        <div class="print-page" data-testid="print-page" onkeydown={super::share_dialog::escape_closes(on_close)}>
            <div class="print-tools">
                <button type="button" class="primary" data-testid="print-now" ref={print_ref.clone()} onclick={on_print}>
                    { t(lang, K::PrintNow) }
                </button>
                <button type="button" data-testid="print-close" onclick={close}>
                    { "← " }{ t(lang, K::PrintBack) }
                </button>
                <span>{ t(lang, K::PrintHint) }</span>
            </div>
            <article class="sheet" lang="vi">
                <h1>{ t(lang, K::PrintTitle) }</h1>
                <dl class="print-head">{ head }</dl>
                <table class="print-table">
                    <thead><tr>{ cells(true, th) }</tr></thead>
                    <tbody>{ rows }</tbody>
                </table>
                <p class="print-note">{ t(lang, K::PrintNote) }</p>
            </article>
        </div>
    }
}
