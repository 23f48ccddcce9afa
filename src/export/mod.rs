//! Ways out of ketluan: one module per format.
