//! vCard 4.0 (RFC 6350) of contacts, for address books.

use store::contact::Contact;

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

/// The contacts as one vCard 4.0 file.
pub fn write(contacts: &[Contact]) -> String {
    let mut out = String::new();
    for c in contacts {
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
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::contact::ContactFields;

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
            },
            archived_at: None,
            created_at: at,
            updated_at: at,
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
