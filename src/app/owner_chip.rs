//! An owner of a directive: a chip (lead / support look different; an inferred owner is dashed
//! and italic) that can be renamed (with the units already known suggested), switched between
//! lead and support, or removed. The chip is plain markup; only the editor is a component,
//! mounted while editing.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::chip_editor::{editor_handlers, EditorHandlers};
use super::i18n::{role, t, Lang, K};
use super::state::RowAction;
use crate::document::{Owner, Role, Source};

fn role_code(r: Role) -> &'static str {
    match r {
        Role::Lead => "lead",
        Role::Support => "support",
    }
}

fn chip_class(o: &Owner) -> Classes {
    classes!(
        "chip",
        "owner-chip",
        role_code(o.role),
        o.implicit.then_some("implicit"),
        (o.source == Source::User).then_some("user"),
    )
}

/// The chip as shown: its name (press to edit) and a remove button.
pub fn owner_chip(
    directive_id: &str,
    index: usize,
    o: &Owner,
    lang: Lang,
    on_row: &Callback<RowAction>,
    on_edit: Callback<MouseEvent>,
) -> Html {
    let on_remove = {
        let (id, on_row) = (directive_id.to_string(), on_row.clone());
        Callback::from(move |_: MouseEvent| on_row.emit(RowAction::RemoveOwner(id.clone(), index)))
    };
    let mut title = if o.implicit {
        format!("{} — {}", role(lang, o.role), t(lang, K::Implicit))
    } else {
        role(lang, o.role).to_string()
    };
    // Why the reader suggested it ("chủ trì — sau «Giao»"), on hover and on keyboard focus.
    let why = crate::explain::owner(o, lang == Lang::En);
    if !why.is_empty() {
        title = format!("{title}. {why}");
    }
    html! {
        <span class={chip_class(o)} data-testid="owner-chip" data-role={role_code(o.role)} data-name={o.name.clone()}
            data-implicit={o.implicit.to_string()} title={title.clone()}
            data-why={(!why.is_empty()).then_some(why)}
            key={format!("{index}-{}-{}", o.start, o.name)}>
            // Named by the words it shows, then what it does and why (WCAG 2.5.3).
            <button type="button" class="chip-main" onclick={on_edit}
                aria-label={format!("{} {} — {}. {title}", role(lang, o.role), o.name, t(lang, K::EditOwner))}>
                <span class="chip-role">{ role(lang, o.role) }</span>
                { " " }{ o.name.clone() }
            </button>
            <button type="button" class="chip-x" onclick={on_remove} title={t(lang, K::RemoveOwner)}
                aria-label={format!("{}: {}", t(lang, K::RemoveOwner), o.name)}>{ "×" }</button>
        </span>
    }
}

#[derive(Properties, PartialEq)]
pub struct OwnerEditorProps {
    pub directive_id: AttrValue,
    pub index: usize,
    pub owner: Owner,
    pub lang: Lang,
    pub on_row: Callback<RowAction>,
    /// The id of the `<datalist>` of known units.
    pub list_id: AttrValue,
    /// Editing is over (saved or cancelled).
    pub on_done: Callback<()>,
}

/// Renaming an owner (known units suggested) and choosing its role.
#[component]
pub fn OwnerEditor(props: &OwnerEditorProps) -> Html {
    let input_ref = use_node_ref();
    let select_ref = use_node_ref();
    {
        let input_ref = input_ref.clone();
        use_effect_with((), move |_| {
            if let Some(input) = input_ref.cast::<HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        });
    }
    let lang = props.lang;
    let o = &props.owner;
    let commit = {
        let (input_ref, select_ref) = (input_ref.clone(), select_ref.clone());
        let (id, index, old) = (props.directive_id.to_string(), props.index, o.clone());
        let (on_row, on_done) = (props.on_row.clone(), props.on_done.clone());
        Callback::from(move |_: ()| {
            let name = input_ref
                .cast::<HtmlInputElement>()
                .map(|i| i.value())
                .unwrap_or_default();
            let new_role = match select_ref
                .cast::<HtmlSelectElement>()
                .map(|s| s.value())
                .as_deref()
            {
                Some("support") => Role::Support,
                Some("lead") => Role::Lead,
                _ => old.role,
            };
            if name.trim() != old.name {
                on_row.emit(RowAction::RenameOwner(id.clone(), index, name));
            }
            if new_role != old.role {
                on_row.emit(RowAction::SetRole(id.clone(), index, new_role));
            }
            on_done.emit(());
        })
    };
    let EditorHandlers {
        on_key,
        on_save,
        on_cancel,
    } = editor_handlers(&commit, &props.on_done);
    html! {
        <span class={classes!(chip_class(o), "editing")} data-testid="owner-chip"
            data-role={role_code(o.role)} data-implicit={o.implicit.to_string()}>
            <input type="text" class="owner-name-input" data-testid="owner-name-input"
                ref={input_ref} value={o.name.clone()} list={props.list_id.clone()}
                aria-label={t(lang, K::EditOwner)} onkeydown={on_key.clone()} />
            <select ref={select_ref} data-testid="owner-role-select" onkeydown={on_key}
                aria-label={t(lang, K::ColOwners)}>
                <option value="lead" selected={o.role == Role::Lead}>{ t(lang, K::TagLead) }</option>
                <option value="support" selected={o.role == Role::Support}>{ t(lang, K::TagSupport) }</option>
            </select>
            <button type="button" class="small" data-testid="owner-save" onclick={on_save}>{ t(lang, K::Save) }</button>
            <button type="button" class="small ghost" onclick={on_cancel}>{ t(lang, K::Cancel) }</button>
        </span>
    }
}
