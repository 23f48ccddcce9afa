//! The alert banner shown when the app opens: how many open tasks are overdue, due today, and
//! due within 1, 3 and 7 days; each count opens the board on those tasks.

use yew::platform::spawn_local;
use yew::prelude::*;

use super::store;
use super::words::{w, window_count, W};
use crate::app::i18n::Lang;
use crate::app::today::today;
use crate::board::alerts::WINDOWS;
use crate::board::{Alerts, Window};

#[derive(Properties, PartialEq)]
pub struct BannerProps {
    pub lang: Lang,
    /// What a count does: open the board on its window.
    pub on_open: Callback<Window>,
}

#[function_component(Banner)]
pub fn banner(props: &BannerProps) -> Html {
    let lang = props.lang;
    let alerts = use_state(|| None::<Alerts>);
    let hidden = use_state(|| super::BANNER_HIDDEN.with(std::cell::Cell::get));
    {
        let alerts = alerts.clone();
        use_effect_with((), move |_| {
            let count = yew::Callback::from(move |()| {
                let alerts = alerts.clone();
                spawn_local(async move {
                    if let Ok((_, rows)) = store::read(&today()).await {
                        alerts.set(Some(Alerts::of(&rows)));
                    }
                });
            });
            count.emit(());
            super::RECOUNT.with(|r| *r.borrow_mut() = Some(count));
        });
    }
    let Some(a) = *alerts else {
        return html! {};
    };
    if !a.any() || *hidden {
        return html! {};
    }
    let on_hide = {
        let hidden = hidden.clone();
        Callback::from(move |_: MouseEvent| {
            super::BANNER_HIDDEN.with(|h| h.set(true));
            hidden.set(true);
        })
    };
    html! {
        <aside class="alert-banner" data-testid="alert-banner" role="status" aria-label={w(lang, W::AlertsTitle)}>
            <strong>{ w(lang, W::AlertsTitle) }</strong>
            { for WINDOWS.iter().zip(a.counts).filter(|(_, n)| *n > 0).map(|(&window, n)| {
                let on_open = props.on_open.clone();
                let code = match window {
                    Window::Overdue => "overdue".to_string(),
                    Window::Today => "today".to_string(),
                    Window::Within(d) => format!("within-{d}"),
                };
                html! {
                    <button type="button" class={classes!("alert-count", (window == Window::Overdue).then_some("is-overdue"))}
                        data-testid="alert-count" data-window={code}
                        onclick={Callback::from(move |_: MouseEvent| on_open.emit(window))}>
                        { window_count(lang, window, n) }</button>
                }
            }) }
            <button type="button" class="alert-hide" data-testid="alert-hide" onclick={on_hide}
                aria-label={w(lang, W::Dismiss)} title={w(lang, W::Dismiss)}>{ "×" }</button>
        </aside>
    }
}
