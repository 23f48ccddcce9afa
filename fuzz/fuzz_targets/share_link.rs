//! Share links on any text: decoding never panics (nor inflates without bound), and a document
//! a link carries makes a link that carries the same document.
#![no_main]

use ketluan::export::share;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let link = String::from_utf8_lossy(data);
    if let Ok(doc) = share::decode(&link) {
        if let Ok(again) = share::fragment(&doc) {
            let back = share::decode(&again).expect("a link made by ketluan opens");
            assert_eq!(back, doc, "link round trip");
        }
    }
});
