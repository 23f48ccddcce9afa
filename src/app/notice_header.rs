//! The notice's header panel (*Thông tin văn bản*): number, issue date and place, issuer,
//! subject, meeting date and chair, signer — as the reader found them, editable. What the user
//! sets stands over the reader at every re-reading (`Editor::set_field`), names the downloads,
//! fills the CSV's and the calendar's notice columns, and a corrected date re-resolves the
//! deadlines counted from it. A field the user set shows "Theo văn bản" to give it back to the
//! reader.
//!
//! Folded (`<details>`) once the notice's number and date are known, open while one is missing.
//! Inputs send every keystroke (nothing typed is lost if the tab closes); the core tidies
//! spaces, and the input is only written to when the value really changes, so typing is never
//! fought.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::i18n::{t, Lang, K};
use super::state::Action;
use crate::document::{Document, FieldName};
use crate::edit::iso_to_dmy;

/// The fields shown, in the order of a notice, with their label and test hook (the dates get
/// `<input type="date">`).
const SHOWN: [(FieldName, K, &str); 9] = [
    (FieldName::Number, K::HeaderNumber, "header-number"),
    (
        FieldName::IssuedDate,
        K::HeaderIssuedDate,
        "header-issued-date",
    ),
    (
        FieldName::IssuedPlace,
        K::HeaderIssuedPlace,
        "header-issued-place",
    ),
    (FieldName::SignerAuthority, K::HeaderIssuer, "header-issuer"),
    (FieldName::Subject, K::HeaderSubject, "header-subject"),
    (
        FieldName::MeetingDate,
        K::HeaderMeetingDate,
        "header-meeting-date",
    ),
    (
        FieldName::MeetingChair,
        K::HeaderChair,
        "header-meeting-chair",
    ),
    (FieldName::SignerName, K::HeaderSigner, "header-signer"),
    (
        FieldName::SignerPosition,
        K::HeaderSignerPosition,
        "header-signer-position",
    ),
];

/// The panel for `doc`; `on_action` takes the edits. A plain function rather than a component:
/// it has no state of its own, and a component's machinery costs the first visit more.
pub fn notice_header(doc: &Document, lang: Lang, on_action: &Callback<Action>) -> Html {
    let f = &doc.fields;
    let edited = |field: FieldName| doc.field_edits.iter().any(|e| e.field == field);
    let lacking = |field: FieldName| f.get(field).is_none();
    let missing = lacking(FieldName::Number) || lacking(FieldName::IssuedDate);
    // Open while the number or the date is missing or being corrected: a value that does not
    // change as the user types in the panel, so it never folds under their hands.
    let open = [FieldName::Number, FieldName::IssuedDate]
        .into_iter()
        .any(|x| lacking(x) || edited(x));
    let mut said = Vec::new();
    if let Some(n) = &f.number {
        said.push(format!("{} {n}", t(lang, K::HeaderNumberShort)));
    }
    if let Some(d) = &f.issued_date {
        said.push(format!("{} {}", t(lang, K::HeaderDateShort), iso_to_dmy(d)));
    }
    if missing {
        said.push(t(lang, K::HeaderMissing).to_string());
    }
    html! {
        <details class="notice-header" data-testid="notice-header" {open}>
            <summary>
                <span class="nh-title">{ t(lang, K::HeaderTitle) }</span>
                <span class={classes!("nh-said", missing.then_some("nh-missing"))}>{ said.join(" · ") }</span>
            </summary>
            <div class="nh-grid">
                { for SHOWN.iter().map(|&(field, label, hook)| field_input(doc, lang, on_action, field, label, hook, edited(field))) }
            </div>
        </details>
    }
}

/// One field: its label, its input (every change sent), and "Theo văn bản" once the user set it.
fn field_input(
    doc: &Document,
    lang: Lang,
    on_action: &Callback<Action>,
    field: FieldName,
    label: K,
    hook: &'static str,
    edited: bool,
) -> Html {
    let value = doc.fields.get(field).unwrap_or("").to_string();
    let id = format!("nh-{hook}");
    let on_input = {
        let on = on_action.clone();
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_dyn_into::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            on.emit(Action::SetField(field, (!v.trim().is_empty()).then_some(v)));
        })
    };
    let on_forget = {
        let on = on_action.clone();
        Callback::from(move |_: MouseEvent| on.emit(Action::ForgetField(field)))
    };
    html! {
        <div class={classes!("nh-field", (field == FieldName::Subject).then_some("nh-wide"))}>
            // The label's line holds "Theo văn bản", so the input keeps the field's whole width.
            <div class="nh-label">
                <label for={id.clone()}>{ t(lang, label) }</label>
                // Always there, hidden until the user set the field: a node that came and went
                // beside the input would make Yew rebuild the input under the user's fingers.
                <button type="button" class="nh-forget" data-testid={format!("{hook}-forget")}
                    hidden={!edited} onclick={on_forget}>{ t(lang, K::HeaderFromText) }</button>
            </div>
            // A date input sends `input` once a whole day is picked or it is cleared.
            <input type={if field.is_date() { "date" } else { "text" }} {id} data-testid={hook}
                {value} placeholder={t(lang, K::HeaderNotStated)} oninput={on_input} />
        </div>
    }
}
