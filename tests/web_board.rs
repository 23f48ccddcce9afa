//! The task board and the alert banner in headless Chromium (the workspace module's components,
//! drawn as `static/workspace.js` has them drawn): the rows of every notice of the library with
//! their status on today's date, a unit filter, a task of a notice that is not open marked done
//! and written back to the library (the page told), the report per unit, and the banner's counts.
#![cfg(target_arch = "wasm32")]

mod web_support;

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use ketluan::app::{board, library_db, today::today};
use ketluan::library::{Summary, TaskDue};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_support::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOTICE: &str = include_str!("fixtures/cantho-2020-so-ket-hk1.txt");

/// `YYYY-MM-DD`, `days` from today (the browser's calendar).
fn day(days: i64) -> String {
    // Noon, so that a change of clock on the way cannot move the day.
    let d = js_sys::Date::new(&format!("{}T12:00:00", today()).into());
    d.set_time(d.get_time() + days as f64 * 86_400_000.0);
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

fn task(id: &str, text: &str, lead: &str, due: Option<String>) -> TaskDue {
    TaskDue {
        id: id.into(),
        text: text.into(),
        lead: vec![lead.into()],
        due,
        ..TaskDue::default()
    }
}

/// A library of two notices: "n1" a real one (its tasks' dates set here), "n2" summaries only.
async fn library() -> Summary {
    install_library();
    library_db::replace_all(&js_sys::Array::new().into())
        .await
        .unwrap();
    let doc = ketluan::read(NOTICE);
    let mut s1 = Summary::of("n1", &doc, 2.0);
    // Its first task overdue by 3 days, its second due tomorrow.
    s1.tasks[0].due = Some(day(-3));
    s1.tasks[1].due = Some(day(1));
    let json = ketluan::app::storage::saved_json(&doc, &Default::default());
    library_db::put(&s1, &json).await.unwrap();
    let s2 = Summary {
        id: "n2".into(),
        number: Some("9/TB-PGDĐT".into()),
        tasks: vec![
            task("d1", "Báo cáo tuyển sinh", "Phòng GD&ĐT", Some(day(20))),
            task("d2", "Rà soát hồ sơ", "Phòng Giáo dục và Đào tạo", None),
        ],
        updated: 1.0,
        ..Summary::default()
    };
    library_db::put_summary(&s2).await.unwrap();
    s1
}

fn rows(root: &web_sys::Element) -> Vec<web_sys::Element> {
    all(root, "[data-testid=board-row]")
}

fn select(el: &web_sys::Element, value: &str) {
    let s: web_sys::HtmlSelectElement = el.clone().dyn_into().unwrap();
    s.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    s.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn the_board_shows_every_task_marks_one_done_and_reports_by_unit() {
    let s1 = library().await;
    let total = s1.tasks.len() + 2;
    // What the board tells the page.
    let told: Rc<RefCell<Vec<String>>> = Rc::default();
    let heard = told.clone();
    let _listener = EventListener::new(&web_sys::window().unwrap(), "ketluan-board", move |e| {
        let kind = ketluan::app::workspace::field(e, "kind").as_string();
        heard.borrow_mut().push(kind.unwrap_or_default());
    });

    let root = workspace();
    board::show("board", "vi", "another-notice");
    until("every task", || rows(&root).len() == total).await;
    let status = |r: &web_sys::Element| r.get_attribute("data-status").unwrap_or_default();
    let all_rows = rows(&root);
    // Sorted by due date: the overdue one first, then the one due tomorrow.
    assert_eq!(status(&all_rows[0]), "overdue");
    assert_eq!(status(&all_rows[1]), "due-soon");
    assert_eq!(
        all_rows.iter().filter(|r| status(r) == "not-due").count(),
        total - 2
    );

    // The unit filter takes the unit under both its spellings.
    let unit = one(&root, "board-filter-unit").unwrap();
    select(&unit, &ketluan::board::unit_key("Phòng GD&ĐT"));
    until("the unit's two tasks", || rows(&root).len() == 2).await;
    select(&unit, "");
    until("every task again", || rows(&root).len() == total).await;

    // The overdue task (of a notice that is not open) marked done today: late, written back.
    let overdue = rows(&root).remove(0);
    click(&one(&overdue, "mark-done").unwrap());
    until("the form", || one(&root, "done-form").is_some()).await;
    let note: web_sys::HtmlInputElement = one(&root, "done-note").unwrap().dyn_into().unwrap();
    note.set_value("Đã xong");
    click(&one(&root, "done-save").unwrap());
    until("the task done late", || {
        rows(&root).iter().any(|r| status(r) == "done-late")
    })
    .await;
    until("the page told", || {
        told.borrow().iter().any(|k| k == "changed")
    })
    .await;
    let stored = library_db::list().await.unwrap();
    let n1 = stored.iter().find(|s| s.id == "n1").unwrap();
    assert_eq!(n1.tasks[0].done.as_deref(), Some(today().as_str()));
    assert_eq!(n1.tasks[0].note, "Đã xong");
    let json = library_db::get("n1").await.unwrap().unwrap();
    let saved = ketluan::app::storage::parse_saved(&json).unwrap();
    assert_eq!(
        saved.doc.directives[0]
            .done
            .as_ref()
            .map(|d| d.note.as_str()),
        Some("Đã xong")
    );

    // The report: a line per lead unit, the total counting every task once.
    click(&one(&root, "show-unit-report").unwrap());
    until("the report", || one(&root, "unit-report").is_some()).await;
    let total_cells: Vec<String> = all(&root, "[data-testid=unit-report-total] td")
        .iter()
        .map(|c| c.text_content().unwrap_or_default())
        .collect();
    assert_eq!(total_cells[0], total.to_string());
    assert_eq!(total_cells[1], "1", "one task came due: the one done");
    assert!(all(&root, "[data-testid=unit-report-row]").len() >= 2);
    board::hide();
    until("the board gone", || rows(&root).is_empty()).await;
}

#[wasm_bindgen_test]
async fn the_banner_counts_what_is_overdue_and_due_soon() {
    library().await;
    let doc = document();
    let host = doc.get_element_by_id("alerts").unwrap_or_else(|| {
        let el = doc.create_element("div").unwrap();
        el.set_id("alerts");
        doc.body().unwrap().append_child(&el).unwrap();
        el
    });
    board::show_alerts("vi");
    until("the banner", || one(&host, "alert-banner").is_some()).await;
    let counts: Vec<(String, String)> = all(&host, "[data-testid=alert-count]")
        .iter()
        .map(|b| {
            (
                b.get_attribute("data-window").unwrap_or_default(),
                b.text_content().unwrap_or_default(),
            )
        })
        .collect();
    let windows: Vec<&str> = counts.iter().map(|(w, _)| w.as_str()).collect();
    assert_eq!(windows, ["overdue", "within-1", "within-3", "within-7"]);
    assert!(counts[0].1.starts_with("1 quá hạn"), "{counts:?}");
    board::hide_alerts();
    until("the banner gone", || one(&host, "alert-banner").is_none()).await;
}
