//! The task board (*bảng theo dõi nhiệm vụ*): every task of every notice in the library on one
//! list, where it stands today, grouped and filtered as an office follows its work for months.
//!
//! Pure, and built only from what the library keeps of each notice ([`crate::library::Summary`]:
//! each task's text, units, due and done dates), so that showing the board never reads the
//! notices themselves. A task's standing is derived from its dates and today every time, never
//! stored ([`crate::schedule`]).
//!
//! - [`rows`]: the board's rows and their standing;
//! - [`units`]: which spellings name the same unit ("Phòng GD&ĐT" = "Phòng Giáo dục và Đào tạo");
//! - [`directory`]: the units the user joined by hand, and the names they gave;
//! - [`filter`]: filters, search and the order of the rows;
//! - [`groups`]: the rows grouped by unit, notice, standing or month;
//! - [`alerts`]: what the banner says when the app opens;
//! - [`report`]: the report per unit (*báo cáo tình hình thực hiện nhiệm vụ*) and the CSVs.

pub mod alerts;
pub mod directory;
pub mod filter;
pub mod groups;
pub mod report;
pub mod rows;
pub mod units;

pub use alerts::Alerts;
pub use directory::Directory;
pub use filter::{Filter, Window};
pub use groups::{grouped, Group, GroupBy};
pub use report::{board_csv, report_csv, UnitLine, UnitReport};
pub use rows::{days_from, rows_of, rows_with, Row, Standing};
pub use units::{unit_key, UnitIndex};
