//! One of the board's filters as a list to choose from (a unit, a notice, a status, a month):
//! a component of its own, drawn again only when its options or its choice change — not at
//! each keystroke of the search (the notices' list of a big library has hundreds of options).

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::Shared;

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub testid: &'static str,
    pub label: &'static str,
    /// The first option, which filters nothing.
    pub all: &'static str,
    /// (value, what is shown) of each option.
    pub options: Shared<Vec<(String, String)>>,
    pub selected: Option<String>,
    /// The value chosen ("" for `all`).
    pub on_change: Callback<String>,
}

#[function_component(Choice)]
pub fn choice(props: &ChoiceProps) -> Html {
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target()
                .and_then(|t| t.dyn_ref::<HtmlSelectElement>().map(|s| s.value()))
                .unwrap_or_default();
            on_change.emit(value);
        })
    };
    let chosen = props.selected.as_deref();
    html! {
        <label><span>{ props.label }</span>
            <select data-testid={props.testid} {onchange}>
                <option value="" selected={chosen.is_none()}>{ props.all }</option>
                { for props.options.iter().map(|(value, shown)| html! {
                    <option value={value.clone()} selected={chosen == Some(value.as_str())}>{ shown.clone() }</option>
                }) }
            </select>
        </label>
    }
}
