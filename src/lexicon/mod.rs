//! The tables a domain expert edits. Each file holds one kind of knowledge about the genre, as
//! plain lists of lowercase phrases (matched on whole words, Vietnamese-aware), so that adding a
//! unit name, a verb or a deadline phrase never means touching the reader's code.
//!
//! - [`units`]: heads of unit names (phòng, sở, trung tâm …), abbreviations (GD&ĐT, TCCB …),
//!   person titles that head an owner ("thủ trưởng các đơn vị"), and the speakers who give orders.
//! - [`verbs`]: predicate markers (modals, role markers, action verbs), directing verbs, connectors.
//! - [`structure`]: cues for document parts: motto, document types, meeting facts, assessment and
//!   task headings, closing sentences, recipients, signature authority, reference types.
//! - [`noise`]: web-page junk.
//! - [`deadlines`]: deadline cues, recurring and urgency markers.
//! - [`calendar`]: the school calendar (when a term or a school year ends).

pub mod calendar;
pub mod deadlines;
pub mod noise;
pub mod structure;
pub mod units;
pub mod verbs;
