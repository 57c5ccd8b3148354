//! What the domain says to a person is written in the reader's language, English when nobody
//! reads: a refused value's explanation and a coded value's label.

use domain::Coded;
use domain::event::EventKind;
use domain::project::ProjectStage;
use i18n::{Language, read_by};

#[test]
fn a_refusal_and_a_label_are_written_in_the_readers_language() {
    let refusal = || EventKind::parse("picnic").unwrap_err();
    assert!(refusal().starts_with("'picnic' is not an event kind"), "{}", refusal());
    for language in Language::ALL.into_iter().filter(|l| *l != Language::English) {
        let theirs = read_by(language, refusal);
        assert!(theirs.contains("picnic") && theirs != refusal(), "{language:?}: {theirs}");
        let kind = EventKind::ALL[0];
        let label = read_by(language, || kind.said_label());
        assert_eq!(Some(label), i18n::own_text(language, &kind.message_key()), "{language:?}");
    }
    assert_eq!(EventKind::ALL[0].said_label(), EventKind::ALL[0].label());
    assert_eq!(read_by(Language::German, || ProjectStage::Definition.in_sentence()), "Definition");
    assert_eq!(ProjectStage::Definition.in_sentence(), "definition");
}
