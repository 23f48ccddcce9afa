//! Shared test helpers: a small notice and what the reader would give for it.

use super::*;
use crate::document::{
    Deadline, DeadlineKind, Directive, Document, Owner, Role, Source, Span, SpanKind, Status,
};

pub(crate) const TEXT: &str = "THÔNG BÁO\n\n1. Phòng Giáo dục Trung học chủ trì tổ chức ôn thi, hoàn thành trước ngày 15/12/2022.\n\n2. Các đơn vị phối hợp với phòng giáo dục trung học rà soát hồ sơ.\n\n3. Văn phòng tổng hợp báo cáo hằng tháng.\n";

pub(crate) fn cp_find(text: &str, needle: &str) -> (usize, usize) {
    let b = text.find(needle).expect("needle in test text");
    let s = text[..b].chars().count();
    (s, s + needle.chars().count())
}

pub(crate) fn directive(id: &str, text: &str, quote: &str) -> Directive {
    let (start, end) = cp_find(text, quote);
    Directive {
        id: id.into(),
        start,
        end,
        text: quote.into(),
        owners: Vec::new(),
        deadline: None,
        status: Status::Suggested,
        source: Source::Auto,
        why: None,
        done: None,
        extended: None,
        edited: Default::default(),
    }
}

pub(crate) fn auto_owner(text: &str, name: &str, role: Role) -> Owner {
    let (start, end) = cp_find(text, name);
    Owner {
        name: name.into(),
        role,
        implicit: false,
        start,
        end,
        source: Source::Auto,
        why: None,
    }
}

/// What the reader would give for a text holding the three directives of TEXT.
pub(crate) fn reading(text: &str) -> Document {
    let mut doc = Document::empty();
    doc.text = text.to_string();
    let q1 = "Phòng Giáo dục Trung học chủ trì tổ chức ôn thi, hoàn thành trước ngày 15/12/2022.";
    let q2 = "Các đơn vị phối hợp với phòng giáo dục trung học rà soát hồ sơ.";
    let q3 = "Văn phòng tổng hợp báo cáo hằng tháng.";
    let mut n = 0;
    for q in [q1, q2, q3] {
        if text.contains(q) {
            n += 1;
            let mut d = directive(&format!("d{n}"), text, q);
            if q == q1 {
                d.owners
                    .push(auto_owner(text, "Phòng Giáo dục Trung học", Role::Lead));
                let (s, e) = cp_find(text, "trước ngày 15/12/2022");
                d.deadline = Some(Deadline {
                    text: "trước ngày 15/12/2022".into(),
                    start: s,
                    end: e,
                    due: Some("2022-12-15".into()),
                    kind: DeadlineKind::Date,
                    inherited: false,
                    source: Source::Auto,
                    why: None,
                });
            }
            if q == q3 {
                d.owners.push(auto_owner(text, "Văn phòng", Role::Lead));
            }
            doc.directives.push(d);
        }
    }
    let (s, e) = cp_find(text, "THÔNG BÁO");
    doc.spans.push(Span {
        kind: SpanKind::DocType,
        start: s,
        end: e,
        level: None,
    });
    doc
}

pub(crate) fn editor() -> Editor {
    Editor::new(reading(TEXT))
}

pub(crate) fn d<'a>(ed: &'a Editor, id: &str) -> &'a Directive {
    ed.doc()
        .directives
        .iter()
        .find(|d| d.id == id)
        .expect("directive")
}

/// The names of directive `id`'s owners, in order.
pub(crate) fn owner_names<'a>(ed: &'a Editor, id: &str) -> Vec<&'a str> {
    d(ed, id).owners.iter().map(|o| o.name.as_str()).collect()
}
