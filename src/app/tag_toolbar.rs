//! The toolbar shown while text is selected in the notice: tag it as a lead unit, a supporting
//! unit, a deadline or a new directive (also Alt+1 … Alt+4).

use yew::prelude::*;

use super::i18n::{t, Lang, K};
use super::state::TagKind;

#[derive(Properties, PartialEq)]
pub struct TagToolbarProps {
    pub lang: Lang,
    pub on_tag: Callback<TagKind>,
    /// Where to show it (viewport pixels).
    pub x: f64,
    pub y: f64,
}

#[component]
pub fn TagToolbar(props: &TagToolbarProps) -> Html {
    let lang = props.lang;
    // Pressing a button must not clear the selection it applies to.
    let keep = Callback::from(|e: MouseEvent| e.prevent_default());
    let button = |kind: TagKind,
                  testid: &'static str,
                  k: K,
                  key: &'static str,
                  class: &'static str| {
        let on_tag = props.on_tag.clone();
        html! {
            <button type="button" class={classes!("tag", class)} data-testid={testid}
                onmousedown={keep.clone()} onclick={Callback::from(move |_: MouseEvent| on_tag.emit(kind))}
                title={format!("Alt+{key}")} aria-keyshortcuts={format!("Alt+{key}")}>
                { t(lang, k) }<kbd>{ key }</kbd>
            </button>
        }
    };
    html! {
        <div class="tag-toolbar" data-testid="tag-toolbar" role="toolbar" aria-label={t(lang, K::TagHint)}
            style={format!("left:{}px;top:{}px", props.x as i32, props.y as i32)}>
            <span class="hint">{ t(lang, K::TagHint) }</span>
            { button(TagKind::Lead, "tag-lead", K::TagLead, "1", "lead") }
            { button(TagKind::Support, "tag-support", K::TagSupport, "2", "support") }
            { button(TagKind::Deadline, "tag-deadline", K::TagDeadline, "3", "deadline") }
            { button(TagKind::Directive, "tag-directive", K::TagDirective, "4", "directive") }
        </div>
    }
}
