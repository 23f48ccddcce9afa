//! A notice's [`Summary`] as a plain JavaScript object, the form the library keeps in IndexedDB
//! (the same field names as its JSON, so the backup in the worker reads it with serde).
//!
//! Written by hand over `Reflect` rather than through serde: the app's serde code for the
//! summary cost about 3 KB gzipped of the first visit's 250 KB budget. The browser tests check
//! that both forms agree (tests/web_library.rs).

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::library::{Summary, TaskDue};

fn set(o: &Object, key: &str, v: &JsValue) {
    let _ = Reflect::set(o, &JsValue::from_str(key), v);
}

fn opt_str(v: &Option<String>) -> JsValue {
    v.as_deref().map_or(JsValue::NULL, JsValue::from_str)
}

fn get(o: &JsValue, key: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// The summary as an object.
pub fn to_js(s: &Summary) -> JsValue {
    let o = Object::new();
    set(&o, "id", &JsValue::from_str(&s.id));
    set(&o, "number", &opt_str(&s.number));
    set(&o, "issued_date", &opt_str(&s.issued_date));
    set(&o, "meeting_date", &opt_str(&s.meeting_date));
    set(&o, "issuer", &opt_str(&s.issuer));
    set(&o, "subject", &opt_str(&s.subject));
    set(&o, "excerpt", &JsValue::from_str(&s.excerpt));
    let tasks = Array::new();
    for t in &s.tasks {
        let task = Object::new();
        for (key, v) in [("id", &t.id), ("text", &t.text), ("note", &t.note)] {
            if !v.is_empty() {
                set(&task, key, &JsValue::from_str(v));
            }
        }
        for (key, names) in [("lead", &t.lead), ("support", &t.support)] {
            if !names.is_empty() {
                let list: Array = names.iter().map(|n| JsValue::from_str(n)).collect();
                set(&task, key, &list);
            }
        }
        for (key, v) in [("due", &t.due), ("was", &t.was), ("done", &t.done)] {
            if v.is_some() {
                set(&task, key, &opt_str(v));
            }
        }
        tasks.push(&task);
    }
    set(&o, "tasks", &tasks);
    set(&o, "updated", &JsValue::from_f64(s.updated));
    set(
        &o,
        "trashed",
        &s.trashed.map_or(JsValue::NULL, JsValue::from_f64),
    );
    set(&o, "rev", &JsValue::from_f64(s.rev as f64));
    o.into()
}

/// The summary an object holds; `None` without an id (missing fields take their defaults, as
/// in its JSON).
pub fn from_js(o: &JsValue) -> Option<Summary> {
    let text = |key: &str| get(o, key).as_string();
    let tasks = get(o, "tasks");
    let tasks = if Array::is_array(&tasks) {
        Array::from(&tasks)
            .iter()
            .map(|t| {
                let text = |key: &str| get(&t, key).as_string().unwrap_or_default();
                let names = |key: &str| {
                    let v = get(&t, key);
                    if Array::is_array(&v) {
                        Array::from(&v)
                            .iter()
                            .filter_map(|n| n.as_string())
                            .collect()
                    } else {
                        Vec::new()
                    }
                };
                TaskDue {
                    id: text("id"),
                    text: text("text"),
                    lead: names("lead"),
                    support: names("support"),
                    due: get(&t, "due").as_string(),
                    was: get(&t, "was").as_string(),
                    done: get(&t, "done").as_string(),
                    note: text("note"),
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    Some(Summary {
        id: text("id")?,
        number: text("number"),
        issued_date: text("issued_date"),
        meeting_date: text("meeting_date"),
        issuer: text("issuer"),
        subject: text("subject"),
        excerpt: text("excerpt").unwrap_or_default(),
        tasks,
        updated: get(o, "updated").as_f64().unwrap_or(0.0),
        trashed: get(o, "trashed").as_f64(),
        rev: get(o, "rev").as_f64().map_or(0, |r| r.max(0.0) as u64),
    })
}
