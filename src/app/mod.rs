//! The Yew web app (wasm32 only): a thin layer over the core.

pub fn start() {}
