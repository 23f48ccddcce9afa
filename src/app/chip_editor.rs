//! What the inline editors of the chips (owner, deadline) share: in the input, Enter saves and
//! Escape closes without saving; the Save and Cancel buttons do the same.

use yew::prelude::*;

/// An editor's handlers, made from its `commit` (save, then close) and `done` (close).
pub struct EditorHandlers {
    pub on_key: Callback<KeyboardEvent>,
    pub on_save: Callback<MouseEvent>,
    pub on_cancel: Callback<MouseEvent>,
}

pub fn editor_handlers(commit: &Callback<()>, done: &Callback<()>) -> EditorHandlers {
    let on_key = {
        let (commit, done) = (commit.clone(), done.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => {
                e.prevent_default();
                commit.emit(());
            }
            "Escape" => {
                e.prevent_default();
                done.emit(());
            }
            _ => {}
        })
    };
    let on_save = {
        let commit = commit.clone();
        Callback::from(move |_: MouseEvent| commit.emit(()))
    };
    let on_cancel = {
        let done = done.clone();
        Callback::from(move |_: MouseEvent| done.emit(()))
    };
    EditorHandlers {
        on_key,
        on_save,
        on_cancel,
    }
}
