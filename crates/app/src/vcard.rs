//! vCard 4.0 (RFC 6350) of contacts, for address books.

use futures_util::stream::{BoxStream, TryChunksError};
use futures_util::{StreamExt, TryStreamExt};
use store::contact::Contact;

use crate::Error;

/// Escapes a text value: backslash, comma, semicolon and line breaks.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes a content line, folded at 75 octets without splitting a character, ended by CRLF.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// One contact as a vCard 4.0.
pub fn card(c: &Contact) -> String {
    let mut out = String::new();
    let f = &c.fields;
    line(&mut out, "BEGIN:VCARD");
    line(&mut out, "VERSION:4.0");
    line(&mut out, &format!("UID:urn:uuid:{}", c.id));
    line(&mut out, &format!("FN:{}", escape(&f.full_name())));
    line(&mut out, &format!("N:{};{};;;", escape(&f.last_name), escape(&f.first_name)));
    line(&mut out, &format!("ORG:{}", escape(&c.organisation_name)));
    if let Some(title) = &f.position {
        line(&mut out, &format!("TITLE:{}", escape(title)));
    }
    if let Some(email) = &f.email {
        line(&mut out, &format!("EMAIL;TYPE=work:{}", escape(email)));
    }
    if let Some(phone) = &f.phone {
        line(&mut out, &format!("TEL;TYPE=work;VALUE=text:{}", escape(phone)));
    }
    line(&mut out, &format!("REV:{}", c.updated_at.format("%Y%m%dT%H%M%SZ")));
    line(&mut out, "END:VCARD");
    out
}

/// The contacts as one vCard 4.0 file.
pub fn write(contacts: &[Contact]) -> String {
    contacts.iter().map(card).collect()
}

/// How many cards leave together as one chunk of a streamed file.
const CARDS_PER_CHUNK: usize = 200;

/// The contacts as they are read, as one vCard 4.0 file in chunks of [`CARDS_PER_CHUNK`] cards:
/// an export of any size never holds more. An error reading a contact ends the chunks with it.
pub fn stream(contacts: BoxStream<'static, Result<Contact, Error>>) -> BoxStream<'static, Result<Vec<u8>, Error>> {
    contacts
        .map_ok(|c| card(&c))
        .try_chunks(CARDS_PER_CHUNK)
        .map_ok(|cards| cards.concat().into_bytes())
        .map_err(|TryChunksError(_, e)| e)
        .boxed()
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::contact::ContactFields;

    fn contact(first_name: &str) -> Contact {
        let at: chrono::DateTime<chrono::Utc> = crate::TEST_NOW.parse().unwrap();
        Contact {
            id: domain::id::new_id(),
            organisation_id: domain::id::new_id(),
            organisation_name: "Zubi Logística".into(),
            fields: ContactFields {
                first_name: first_name.into(),
                last_name: "Etxeberria".into(),
                email: None,
                phone: None,
                position: None,
                cluster_roles: None,
                billing_contact: false,
            },
            archived_at: None,
            created_at: at,
            updated_at: at,
            language: None,
        }
    }

    #[tokio::test]
    async fn a_streamed_file_is_the_written_one_in_chunks_and_a_failure_ends_it() {
        let contacts: Vec<Contact> = (0..450).map(|n| contact(&format!("Person {n}"))).collect();
        let rows = futures_util::stream::iter(contacts.clone().into_iter().map(Ok)).boxed();
        let chunks: Vec<Vec<u8>> = stream(rows).try_collect().await.unwrap();
        assert_eq!(chunks.len(), 3, "450 cards in chunks of {CARDS_PER_CHUNK}");
        assert_eq!(String::from_utf8(chunks.concat()).unwrap(), write(&contacts));

        let failing = futures_util::stream::iter(
            contacts.into_iter().take(250).map(Ok).chain([Err(Error::Internal("the database went away".into()))]),
        )
        .boxed();
        let mut out = stream(failing);
        let mut sent = 0;
        let ended = loop {
            match out.next().await {
                Some(Ok(chunk)) => sent += String::from_utf8(chunk).unwrap().matches("BEGIN:VCARD").count(),
                Some(Err(e)) => break e.to_string(),
                None => panic!("a failure must end the file with an error"),
            }
        };
        assert!(ended.contains("the database went away") && sent < 250, "{sent} cards, then: {ended}");
    }

    #[test]
    fn writes_escaped_folded_vcards() {
        let at: chrono::DateTime<chrono::Utc> = crate::TEST_NOW.parse().unwrap();
        let c = Contact {
            id: domain::id::new_id(),
            organisation_id: domain::id::new_id(),
            organisation_name: "Zubi; Logística, S.L.".into(),
            fields: ContactFields {
                first_name: "Ane".into(),
                last_name: "Etxeberria".into(),
                email: Some("ane@zubi.example".into()),
                phone: Some("+34 944 000 001".into()),
                position: Some(
                    "Directora de innovación y transformación digital, responsable de proyectos europeos".into(),
                ),
                cluster_roles: None,
                billing_contact: false,
            },
            archived_at: None,
            created_at: at,
            updated_at: at,
            language: None,
        };
        let card = write(&[c]);
        assert!(card.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
        assert!(card.contains("\r\nN:Etxeberria;Ane;;;\r\n"));
        assert!(card.contains("\r\nORG:Zubi\\; Logística\\, S.L.\r\n"));
        assert!(card.contains("\r\nEMAIL;TYPE=work:ane@zubi.example\r\n"));
        assert!(card.lines().all(|l| l.len() <= 75), "lines are folded at 75 octets");
        assert!(card.contains("\r\n "), "the long title is folded");
        assert!(card.ends_with("END:VCARD\r\n"));
    }
}
