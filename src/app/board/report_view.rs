//! The report per unit on screen (*báo cáo tình hình thực hiện nhiệm vụ*): a line per lead unit
//! of the rows the board's filters keep, the total, printable, and as CSV.

use std::rc::Rc;

use yew::prelude::*;

use super::words::{w, W};
use crate::app::i18n::Lang;
use crate::app::{dom, today::today, Shared};
use crate::board::{report_csv, Row, UnitIndex, UnitLine, UnitReport};

#[derive(Properties, PartialEq)]
pub struct ReportProps {
    pub lang: Lang,
    pub rows: Shared<Vec<Row>>,
    pub kept: Shared<Vec<usize>>,
    pub units: Shared<UnitIndex>,
}

fn line_view(lang: Lang, line: &UnitLine, total: bool) -> Html {
    let rate = line.rate().map_or("—".to_string(), |r| format!("{r} %"));
    let name = if total {
        w(lang, W::Total).to_string()
    } else {
        line.name.clone()
    };
    html! {
        <tr class={classes!(total.then_some("report-total"))}
            data-testid={if total { "unit-report-total" } else { "unit-report-row" }}
            data-unit={line.name.clone()}>
            <th scope="row">{ name }</th>
            <td data-label={w(lang, W::Assigned)}>{ line.assigned }</td>
            <td data-label={w(lang, W::CameDue)}>{ line.due }</td>
            <td data-label={w(lang, W::DoneOnTime)}>{ line.done_on_time }</td>
            <td data-label={w(lang, W::DoneLate)}>{ line.done_late }</td>
            <td data-label={w(lang, W::Overdue)} class={classes!((line.overdue > 0).then_some("report-overdue"))}>{ line.overdue }</td>
            <td data-label={w(lang, W::Rate)}>{ rate }</td>
        </tr>
    }
}

#[function_component(ReportView)]
pub fn report_view(props: &ReportProps) -> Html {
    let lang = props.lang;
    let report = use_memo(
        (props.rows.clone(), props.kept.clone(), props.units.clone()),
        |(rows, kept, units)| UnitReport::of(rows, kept, units),
    );
    let on_csv = {
        let report: Rc<UnitReport> = report.clone();
        Callback::from(move |_: MouseEvent| {
            let _ = dom::download(
                &format!("bao-cao-theo-don-vi-{}.csv", today()),
                &report_csv(&report),
                "text/csv;charset=utf-8",
            );
        })
    };
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <div class="unit-report" data-testid="unit-report">
            <div class="board-summary">
                <h2>{ w(lang, W::ReportTitle) }<small>{ format!(" — {}", crate::export::vn_date(&today())) }</small></h2>
                <button type="button" data-testid="unit-report-csv" onclick={on_csv}>{ w(lang, W::Csv) }</button>
                <button type="button" data-testid="unit-report-print" onclick={on_print}>{ w(lang, W::Print) }</button>
            </div>
            <div class="report-scroll">
                <table class="report-table">
                    <thead><tr>
                        <th scope="col">{ w(lang, W::Unit) }</th>
                        <th scope="col">{ w(lang, W::Assigned) }</th>
                        <th scope="col">{ w(lang, W::CameDue) }</th>
                        <th scope="col">{ w(lang, W::DoneOnTime) }</th>
                        <th scope="col">{ w(lang, W::DoneLate) }</th>
                        <th scope="col">{ w(lang, W::Overdue) }</th>
                        <th scope="col">{ w(lang, W::Rate) }</th>
                    </tr></thead>
                    <tbody>
                        { for report.lines.iter().map(|l| line_view(lang, l, false)) }
                    </tbody>
                    <tfoot>{ line_view(lang, &report.total, true) }</tfoot>
                </table>
            </div>
        </div>
    }
}
