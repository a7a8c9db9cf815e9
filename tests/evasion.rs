//! The evasion set (`eval/evasion/`, labels inline as `⟦KIND|value⟧`): every labelled value is
//! found with its exact span (the whole obfuscated value), nothing else is found, and the text
//! outside findings comes out unchanged.

use caviard::{Engine, Style};

/// The plain text and the expected (kind, start, end) of a labelled document.
fn parse(source: &str) -> (String, Vec<(String, usize, usize)>) {
    let mut text = String::new();
    let mut labels = Vec::new();
    let mut rest = source;
    while let Some(open) = rest.find('⟦') {
        text.push_str(&rest[..open]);
        let after = &rest[open + '⟦'.len_utf8()..];
        let close = after.find('⟧').expect("closed label");
        let (kind, value) = after[..close].split_once('|').expect("KIND|value");
        labels.push((kind.to_string(), text.len(), text.len() + value.len()));
        text.push_str(value);
        rest = &after[close + '⟧'.len_utf8()..];
    }
    text.push_str(rest);
    (text, labels)
}

#[test]
fn every_evasion_is_caught_and_nothing_else_changes() {
    let engine = Engine::default();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/eval/evasion");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() >= 5);
    for path in files {
        let (text, labels) = parse(&std::fs::read_to_string(&path).unwrap());
        let r = engine.redact(&text, &Style::Label);
        let found: Vec<(String, usize, usize)> = r
            .findings
            .iter()
            .map(|f| (f.kind.to_string(), f.span.start, f.span.end))
            .collect();
        assert_eq!(found, labels, "{}:\n{}", path.display(), r.text);
        let mut expected = String::new();
        let mut last = 0;
        for (kind, start, end) in &labels {
            expected.push_str(&text[last..*start]);
            expected.push_str(&format!("[{kind}]"));
            last = *end;
        }
        expected.push_str(&text[last..]);
        assert_eq!(r.text, expected, "{}", path.display());
    }
}
