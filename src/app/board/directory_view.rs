//! The user's unit directory on screen (*Danh bạ đơn vị*, under the report per unit): each lead
//! unit of the board with the name it is shown by (editable), a choice to join it into another
//! unit, and the units joined into it, each of which can be split off again. What it changes is
//! `crate::board::Directory`, kept by `store::save_directory`.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::store;
use super::words::{w, W};
use crate::app::i18n::Lang;
use crate::app::Shared;
use crate::board::{unit_key, Directory, Row, UnitIndex};

#[derive(Properties, PartialEq)]
pub struct DirectoryProps {
    pub lang: Lang,
    pub rows: Shared<Vec<Row>>,
    pub units: Shared<UnitIndex>,
    /// The directory changed (saved already): the board makes its rows again.
    pub on_change: Callback<Directory>,
}

/// How a unit joined into another is named: a spelling of it on the board, else its key.
fn spelling(rows: &[Row], key: &str) -> String {
    rows.iter()
        .flat_map(|r| r.lead.iter())
        .find(|n| unit_key(n) == key)
        .cloned()
        .unwrap_or_else(|| key.to_string())
}

#[function_component(DirectoryView)]
pub fn directory_view(props: &DirectoryProps) -> Html {
    let lang = props.lang;
    let dir = store::directory();
    let units = &props.units.units;
    let items = units.iter().map(|u| {
        let key = u.key.clone();
        let on_rename = {
            let (key, on_change) = (key.clone(), props.on_change.clone());
            Callback::from(move |e: Event| {
                let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                    return;
                };
                let mut dir = store::directory();
                dir.rename(&key, Some(&input.value()));
                store::save_directory(&dir);
                on_change.emit(dir);
            })
        };
        let on_join = {
            let (key, on_change) = (key.clone(), props.on_change.clone());
            let names: Vec<(String, String)> =
                units.iter().map(|x| (x.key.clone(), x.name.clone())).collect();
            Callback::from(move |e: Event| {
                let Some(select) = e.target_dyn_into::<HtmlSelectElement>() else {
                    return;
                };
                let into = select.value();
                if into.is_empty() {
                    return;
                }
                let shown = names.iter().find(|(k, _)| *k == into).map(|(_, n)| n.as_str());
                let mut dir = store::directory();
                dir.join(&key, &into, shown);
                store::save_directory(&dir);
                on_change.emit(dir);
            })
        };
        let joined = dir.joined_into(&key).into_iter().map(|member| {
            let on_split = {
                let (member, on_change) = (member.to_string(), props.on_change.clone());
                Callback::from(move |_: MouseEvent| {
                    let mut dir = store::directory();
                    dir.split(&member);
                    store::save_directory(&dir);
                    on_change.emit(dir);
                })
            };
            let name = spelling(&props.rows, member);
            html! {
                <li data-testid="directory-member">{ format!("{name} ") }
                    <button type="button" class="small" data-testid="directory-split" onclick={on_split}
                        aria-label={format!("{} {name}", w(lang, W::SplitUnit))}>{ w(lang, W::SplitUnit) }</button></li>
            }
        });
        let id = format!("dir-{}", key.replace(' ', "-"));
        html! {
            <li class="directory-unit" data-testid="directory-unit" data-key={key.clone()}>
                <label for={id.clone()} class="visually-hidden">{ w(lang, W::UnitName) }</label>
                <input type="text" {id} data-testid="directory-name" value={u.name.clone()} onchange={on_rename} />
                <span class="directory-count">{ format!("{} {}", u.tasks, w(lang, W::TasksCount)) }</span>
                <select data-testid="directory-join" onchange={on_join} aria-label={format!("{} {}", w(lang, W::JoinInto), u.name)}>
                    <option value="" selected=true>{ w(lang, W::JoinInto) }</option>
                    { for units.iter().filter(|x| x.key != key).map(|x| html! {
                        <option value={x.key.clone()}>{ x.name.clone() }</option>
                    }) }
                </select>
                <ul class="directory-members">{ for joined }</ul>
            </li>
        }
    });
    html! {
        <details class="unit-directory" data-testid="unit-directory">
            <summary>{ w(lang, W::DirectoryTitle) }</summary>
            <p class="board-note">{ w(lang, W::DirectoryHint) }</p>
            <ul class="directory-list">{ for items }</ul>
        </details>
    }
}
