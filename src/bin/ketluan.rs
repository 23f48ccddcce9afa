//! The ketluan command line tool.

fn main() {}
