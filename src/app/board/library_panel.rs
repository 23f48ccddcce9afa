//! The library's list in the board's module: reads the library ([`super::store`]) and does
//! what [`super::library_view::LibraryView`] asks — put a notice in the trash or take it out, or
//! delete it for good, back up or restore the whole library ([`super::backup`]), here; open a
//! notice or go back to it by telling the page, which owns the open notice.

use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::library_view::LibraryView;
use super::store::{self, failure_code, tell_page, text};
use crate::app::i18n::Lang;
use crate::app::messages::StorageFailure;
use crate::app::summary_js::to_js;
use crate::app::{library_db, today::today, Shared};
use crate::library::Summary;

#[derive(Properties, PartialEq)]
pub struct LibraryPanelProps {
    pub lang: Lang,
    /// The notice open in the page.
    pub open_notice: AttrValue,
}

fn failed(f: &StorageFailure) {
    tell_page(store::FAILED, &[("what", text(&failure_code(f)))]);
}

#[function_component(LibraryPanel)]
pub fn library_panel(props: &LibraryPanelProps) -> Html {
    let list = use_state(|| None::<Rc<Vec<Summary>>>);
    let unavailable = use_state(|| false);
    let reload = {
        let (list, unavailable) = (list.clone(), unavailable.clone());
        use_callback((), move |(), _| {
            let (list, unavailable) = (list.clone(), unavailable.clone());
            spawn_local(async move {
                match store::summaries().await {
                    Ok(mut l) => {
                        Summary::newest_first(&mut l);
                        list.set(Some(Rc::new(l)));
                    }
                    Err(_) => unavailable.set(true),
                }
            });
        })
    };
    {
        let reload = reload.clone();
        use_effect_with((), move |_| {
            reload.emit(());
            super::REFRESH.with(|r| *r.borrow_mut() = Some(reload));
        });
    }

    // Into the trash (now) or out of it: the summary as listed, with its new mark.
    let trash_mark = |now: bool| {
        let (list, reload) = (list.clone(), reload.clone());
        Callback::from(move |id: String| {
            let Some(mut summary) = list
                .as_ref()
                .and_then(|l| l.iter().find(|s| s.id == id).cloned())
            else {
                return;
            };
            summary.trashed = now.then(js_sys::Date::now);
            let reload = reload.clone();
            spawn_local(async move {
                match library_db::put_summary(&summary).await {
                    Ok(()) => tell_page(store::UPDATED, &[("summary", to_js(&summary))]),
                    Err(f) => failed(&f),
                }
                reload.emit(());
            });
        })
    };
    let on_delete = {
        let reload = reload.clone();
        Callback::from(move |id: String| {
            let reload = reload.clone();
            spawn_local(async move {
                match library_db::delete(&id).await {
                    Ok(()) => tell_page(store::REMOVED, &[("notice", text(&id))]),
                    Err(f) => failed(&f),
                }
                reload.emit(());
            });
        })
    };
    let on_open = Callback::from(|id: String| {
        tell_page(
            store::OPEN_TASK,
            &[("notice", text(&id)), ("task", JsValue::NULL)],
        )
    });
    let on_backup = Callback::from(|()| super::backup::back_up(today()));
    let on_restore_file = {
        let open = props.open_notice.to_string();
        Callback::from(move |file: web_sys::File| super::backup::restore(file, open.clone()))
    };
    let on_back = Callback::from(|()| tell_page(store::BACK, &[]));

    html! {
        <LibraryView lang={props.lang} list={(*list).clone().map(Shared)} unavailable={*unavailable}
            open_id={props.open_notice.clone()} today={AttrValue::from(today())} {on_open}
            on_trash={trash_mark(true)} on_restore={trash_mark(false)} {on_delete} {on_backup}
            {on_restore_file} {on_back} />
    }
}
