//! Builds the PERSON lexicon table at compile time (see `src/person/table.rs` for why), so
//! that starting `caviard` costs nothing for the 110,000 names.

use std::path::PathBuf;

#[allow(dead_code)]
#[path = "src/person/table.rs"]
mod table;

const LISTS: [&str; 4] = [
    "data/lexicon/prenoms.txt",
    "data/lexicon/noms.txt",
    "data/lexicon/ambiguous.txt",
    "data/lexicon/person_words.txt",
];

fn main() {
    println!("cargo:rerun-if-changed=src/person/table.rs");
    let mut texts = Vec::new();
    for list in LISTS {
        println!("cargo:rerun-if-changed={list}");
        let text = std::fs::read_to_string(list).unwrap_or_else(|e| panic!("{list}: {e}"));
        texts.push(text);
    }
    let entries = table::entries(&texts[0], &texts[1], &texts[2], &texts[3]);
    let blob = table::build(&entries);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("person_lexicon.bin"), blob).expect("write the lexicon table");
    std::fs::write(out.join("person_fold.bin"), table::fold_table()).expect("write the fold table");
}
