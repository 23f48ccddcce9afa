//! The tables a domain expert edits: unit names and abbreviations, action verbs, role and modal
//! markers, deadline patterns, the school calendar.
