//! Surveys: questionnaires built by the team (or started from a shipped template), campaigns that
//! send a questionnaire's version to a saved segment through personal links by email, the public
//! answering by link, reminders, and the results.
//!
//! Only contacts whose standing consent covers surveys by email are invited
//! (`domain::survey::consent_covers_surveys`); the others are listed with the reason. A link
//! reaches its own invitation only, and expires after the campaign's closing date. In an
//! anonymous campaign the response is written without its invitation: the invitation learns only
//! that it was answered (so that no reminder follows), and nothing joins the answers to a person.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use domain::id::Uuid;
use domain::survey::{Answers, QuestionResult, Questionnaire, RawAnswers, templates::Template};
pub use store::survey::{Campaign, Invitation, QuestionnaireRecord, Response, Saved};
use store::survey::{NewCampaign, NewInvitation, NewResponse};

use crate::auth::{Allows, Edit, Read, Visitor};
use crate::mail::OutgoingMail;
use crate::{App, Error};

/// Builds a questionnaire; returns its id.
///
/// # Errors
/// [`Error::Invalid`] with every problem of the questionnaire (see `Questionnaire::check`).
pub async fn create(
    app: &App,
    scope: &impl Allows<Edit>,
    questionnaire: &Questionnaire,
    by: &str,
) -> Result<Uuid, Error> {
    let scope = scope.checked()?;
    questionnaire.check()?;
    Ok(store::survey::insert_questionnaire(&app.db, scope, questionnaire, by).await?)
}

/// Starts an empty questionnaire called `title`, with one section to put questions in.
pub async fn create_blank(app: &App, scope: &impl Allows<Edit>, title: &str, by: &str) -> Result<Uuid, Error> {
    let questionnaire = Questionnaire {
        title: title.trim().to_string(),
        intro: String::new(),
        sections: vec![domain::survey::Section { title: "Questions".into(), questions: Vec::new() }],
    };
    create(app, scope, &questionnaire, by).await
}

/// Starts a questionnaire from a shipped template (`member_satisfaction`, ...), written in the
/// cluster's language: it goes to the members.
pub async fn from_template(app: &App, scope: &impl Allows<Edit>, template: &str, by: &str) -> Result<Uuid, Error> {
    let template = Template::parse(template.trim()).map_err(|m| domain::Invalid::one("template", m))?;
    let language = scope.checked()?.cluster().language();
    create(app, scope, &template_in(template, language), by).await
}

/// `template`'s questionnaire with its texts in `language` (`i18n::template_text`): title,
/// introduction, sections, questions, help, options, items, scale labels and units, and the
/// answers conditions compare with, so that they still name an option.
pub fn template_in(template: Template, language: domain::language::Language) -> Questionnaire {
    use domain::survey::QuestionKind;
    let mut q = template.questionnaire();
    let written = |text: &mut String| *text = i18n::template_text(language, text);
    written(&mut q.title);
    written(&mut q.intro);
    for section in &mut q.sections {
        written(&mut section.title);
        for question in &mut section.questions {
            written(&mut question.text);
            written(&mut question.help);
            if let Some(condition) = &mut question.show_if {
                written(&mut condition.equals);
            }
            match &mut question.kind {
                QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } => {
                    options.iter_mut().for_each(written);
                }
                QuestionKind::Likert { low_label, high_label, .. } => {
                    written(low_label);
                    written(high_label);
                }
                QuestionKind::Matrix { items, low_label, high_label, .. } => {
                    items.iter_mut().for_each(written);
                    written(low_label);
                    written(high_label);
                }
                QuestionKind::Number { unit, .. } => written(unit),
                QuestionKind::Money | QuestionKind::Text { .. } | QuestionKind::Date => {}
            }
        }
    }
    q
}

/// Saves a questionnaire's new text: in place while no campaign has sent its latest version, else
/// as a new version (those invited answer the text they were sent; answers stay readable against
/// it).
pub async fn save(
    app: &App,
    scope: &impl Allows<Edit>,
    id: Uuid,
    questionnaire: &Questionnaire,
    by: &str,
) -> Result<Saved, Error> {
    let scope = scope.checked()?;
    // Looked up first: another cluster's id is not found, whatever the text.
    store::survey::questionnaire(&app.db, scope, id).await?.ok_or(Error::NotFound("questionnaire"))?;
    questionnaire.check()?;
    match store::survey::save_questionnaire(&app.db, scope, id, questionnaire, by).await? {
        Saved::NotFound => Err(Error::NotFound("questionnaire")),
        saved => Ok(saved),
    }
}

/// A change to a questionnaire's latest version: what it does to the questionnaire, and the
/// place of the question it touched (`(section, index)`), whose problems are told by form field.
type Change<'a> = Box<dyn FnOnce(&mut Questionnaire) -> Result<Option<(usize, usize)>, domain::Invalid> + Send + 'a>;

/// Applies `change` to the latest version and saves the result in one unit (a new version once
/// a campaign sent the latest). Problems of the touched question come back by form field
/// (`options`); others by their place in the questionnaire.
async fn edit(app: &App, scope: &impl Allows<Edit>, id: Uuid, by: &str, change: Change<'_>) -> Result<Saved, Error> {
    let scope = scope.checked()?;
    let outcome = store::survey::edit_questionnaire(&app.db, scope, id, by, |q| {
        let touched = change(q)?;
        q.check().map_err(|invalid| {
            let prefix = touched.map(|(s, i)| format!("sections[{s}].questions[{i}]."));
            let errors = invalid
                .0
                .into_iter()
                .map(|e| match prefix.as_deref().and_then(|p| e.field.strip_prefix(p)) {
                    Some(rest) => domain::validation::FieldError::new(domain::survey::form_field(rest), e.message),
                    None => e,
                })
                .collect();
            domain::Invalid(errors)
        })
    })
    .await?;
    match outcome {
        Ok(Saved::NotFound) => Err(Error::NotFound("questionnaire")),
        Ok(saved) => Ok(saved),
        Err(invalid) => Err(invalid.into()),
    }
}

/// Where the question `key` is: its section and its index there.
fn place_of(q: &Questionnaire, key: &str) -> Result<(usize, usize), domain::Invalid> {
    q.sections
        .iter()
        .enumerate()
        .find_map(|(s, section)| section.questions.iter().position(|x| x.key == key).map(|i| (s, i)))
        .ok_or_else(|| {
            domain::Invalid::one(
                "key",
                i18n::said_with("invalid-app-survey-no-such-question", &[("key", key.to_string())]),
            )
        })
}

/// Renames a questionnaire and changes the text respondents read first.
pub async fn retitle(
    app: &App,
    scope: &impl Allows<Edit>,
    id: Uuid,
    title: &str,
    intro: &str,
    by: &str,
) -> Result<Saved, Error> {
    let (title, intro) = (title.trim().to_string(), intro.trim().to_string());
    edit(
        app,
        scope,
        id,
        by,
        Box::new(move |q| {
            q.title = title;
            q.intro = intro;
            Ok(None)
        }),
    )
    .await
}

/// Adds a section at the end.
pub async fn add_section(
    app: &App,
    scope: &impl Allows<Edit>,
    id: Uuid,
    title: &str,
    by: &str,
) -> Result<Saved, Error> {
    let title = title.trim().to_string();
    if title.is_empty() {
        return Err(domain::Invalid::one("title", i18n::said("invalid-validation-required")).into());
    }
    edit(
        app,
        scope,
        id,
        by,
        Box::new(move |q| {
            q.sections.push(domain::survey::Section { title, questions: Vec::new() });
            Ok(None)
        }),
    )
    .await
}

/// Adds a question at the end of the section `section` (from 0).
pub async fn add_question(
    app: &App,
    scope: &impl Allows<Edit>,
    id: Uuid,
    section: usize,
    input: &domain::survey::QuestionInput,
    by: &str,
) -> Result<Saved, Error> {
    let mut question = input.parse()?;
    let generated = domain::validation::optional(input.key.as_deref()).is_none();
    edit(
        app,
        scope,
        id,
        by,
        Box::new(move |q| {
            // A key made from the text may be taken (two questions in a script without Latin
            // letters both make `q_`): the next free number follows it.
            if generated {
                let base: String = question.key.chars().take(36).collect();
                let mut n = 2;
                while q.question(&question.key).is_some() {
                    question.key = format!("{base}_{n}");
                    n += 1;
                }
            }
            let s = q
                .sections
                .get_mut(section)
                .ok_or_else(|| domain::Invalid::one("section", i18n::said("invalid-app-survey-choose-section")))?;
            s.questions.push(question);
            Ok(Some((section, s.questions.len() - 1)))
        }),
    )
    .await
}

/// Changes the question `key` as the form says (its key too).
pub async fn change_question(
    app: &App,
    scope: &impl Allows<Edit>,
    id: Uuid,
    key: &str,
    input: &domain::survey::QuestionInput,
    by: &str,
) -> Result<Saved, Error> {
    let question = input.parse()?;
    let key = key.to_string();
    edit(
        app,
        scope,
        id,
        by,
        Box::new(move |q| {
            let (s, i) = place_of(q, &key)?;
            let renamed = question.key != key;
            let new_key = question.key.clone();
            q.sections[s].questions[i] = question;
            // The conditions that named the question follow its new key.
            if renamed {
                for other in q.sections.iter_mut().flat_map(|s| s.questions.iter_mut()) {
                    if let Some(c) = other.show_if.as_mut().filter(|c| c.question == key) {
                        c.question = new_key.clone();
                    }
                }
            }
            Ok(Some((s, i)))
        }),
    )
    .await
}

/// Removes the question `key`; refused while a later question depends on it.
pub async fn remove_question(
    app: &App,
    scope: &impl Allows<Edit>,
    id: Uuid,
    key: &str,
    by: &str,
) -> Result<Saved, Error> {
    let key = key.to_string();
    edit(
        app,
        scope,
        id,
        by,
        Box::new(move |q| {
            let (s, i) = place_of(q, &key)?;
            if let Some(dependent) = q.questions().find(|x| x.show_if.as_ref().is_some_and(|c| c.question == key)) {
                return Err(domain::Invalid::one(
                    "key",
                    i18n::said_with("invalid-app-survey-question-depended-on", &[("question", dependent.text.clone())]),
                ));
            }
            q.sections[s].questions.remove(i);
            Ok(None)
        }),
    )
    .await
}

/// Moves the question `key` one place up or down in its section, or to the next section at its
/// end; a question may not come before the one it depends on.
pub async fn move_question(
    app: &App,
    scope: &impl Allows<Edit>,
    id: Uuid,
    key: &str,
    up: bool,
    by: &str,
) -> Result<Saved, Error> {
    let key = key.to_string();
    edit(
        app,
        scope,
        id,
        by,
        Box::new(move |q| {
            let (s, i) = place_of(q, &key)?;
            let len = q.sections[s].questions.len();
            match (up, i) {
                (true, 0) if s > 0 => {
                    let question = q.sections[s].questions.remove(0);
                    q.sections[s - 1].questions.push(question);
                }
                (true, 0) => {}
                (true, i) => q.sections[s].questions.swap(i, i - 1),
                (false, i) if i + 1 < len => q.sections[s].questions.swap(i, i + 1),
                (false, _) if s + 1 < q.sections.len() => {
                    let question = q.sections[s].questions.remove(i);
                    q.sections[s + 1].questions.insert(0, question);
                }
                (false, _) => {}
            }
            Ok(None)
        }),
    )
    .await
}

/// Removes an empty section (one with questions keeps them: move or remove them first).
pub async fn remove_section(
    app: &App,
    scope: &impl Allows<Edit>,
    id: Uuid,
    section: usize,
    by: &str,
) -> Result<Saved, Error> {
    edit(
        app,
        scope,
        id,
        by,
        Box::new(move |q| {
            match q.sections.get(section) {
                None => return Err(domain::Invalid::one("section", i18n::said("invalid-app-survey-no-such-section"))),
                Some(s) if !s.questions.is_empty() => {
                    return Err(domain::Invalid::one("section", i18n::said("invalid-app-survey-section-not-empty")));
                }
                Some(_) => {}
            }
            q.sections.remove(section);
            Ok(None)
        }),
    )
    .await
}

pub async fn set_archived(app: &App, scope: &impl Allows<Edit>, id: Uuid, archived: bool) -> Result<(), Error> {
    let scope = scope.checked()?;
    if store::survey::set_archived(&app.db, scope, id, archived).await? {
        Ok(())
    } else {
        Err(Error::NotFound("questionnaire"))
    }
}

pub async fn questionnaires(app: &App, scope: &impl Allows<Read>) -> Result<Vec<QuestionnaireRecord>, Error> {
    let scope = scope.checked()?;
    Ok(store::survey::questionnaires(&app.db, scope).await?)
}

pub async fn questionnaire(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<QuestionnaireRecord, Error> {
    let scope = scope.checked()?;
    store::survey::questionnaire(&app.db, scope, id).await?.ok_or(Error::NotFound("questionnaire"))
}

/// A campaign as the team types it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CampaignInput {
    pub questionnaire_id: Option<String>,
    /// The title respondents read; the questionnaire's when empty.
    pub title: Option<String>,
    /// The saved segment whose organisations' contacts are invited.
    pub segment_id: Option<String>,
    /// `yes` to keep no link between an answer and its respondent.
    pub anonymous: Option<String>,
    /// The last day answers are taken (`2026-12-20`), today or later.
    pub closes_on: Option<String>,
    /// For a company-performance survey: the year the figures are of (the last closed one).
    pub figures_year: Option<String>,
}

/// A contact of the segment who is not invited, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LeftOut {
    pub contact_id: Uuid,
    pub name: String,
    pub organisation: String,
    pub reason: String,
}

/// What sending a campaign did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CampaignSent {
    pub campaign_id: Uuid,
    /// How many personal links were mailed.
    pub invited: usize,
    pub left_out: Vec<LeftOut>,
}

/// The path of a personal link.
pub fn answer_path(scope: &impl crate::auth::InCluster, token: &str) -> String {
    format!("/surveys/{}/{token}", scope.cluster().slug)
}

fn id_of(c: &mut domain::validation::Collector, field: &str, raw: Option<&str>) -> Option<Uuid> {
    let raw = domain::validation::optional(raw);
    c.take(
        field,
        raw.ok_or_else(|| i18n::said("invalid-validation-required")).and_then(|r| {
            Uuid::parse_str(r)
                .map_err(|_| i18n::said_with("invalid-app-monitoring-not-an-id", &[("value", r.to_string())]))
        }),
    )
}

/// The contacts whose standing consent covers surveys by email.
async fn covered_contacts(app: &App, scope: &crate::ClusterScope) -> Result<HashSet<Uuid>, Error> {
    let consents = store::privacy::standing_consents(&app.db, scope).await?;
    Ok(consents
        .iter()
        .filter(|(_, channel, purpose)| {
            domain::consent::Channel::parse(channel).is_ok_and(|c| domain::survey::consent_covers_surveys(c, purpose))
        })
        .map(|(contact, _, _)| *contact)
        .collect())
}

/// Sends a questionnaire's latest version to the contacts of a saved segment whose consent
/// covers surveys by email, each with a personal link, through the outbox, in one unit: the
/// campaign, its invitations and their messages, or nothing.
///
/// # Errors
/// [`Error::NotFound`] for a questionnaire or segment that is not the cluster's;
/// [`Error::Invalid`] for a closing day before today, an archived questionnaire, a figures year
/// that is not one, or a segment where no one may be invited; [`Error::BadRequest`] when mail is
/// not set up.
pub async fn send(
    app: &App,
    scope: &impl Allows<Edit>,
    input: &CampaignInput,
    link_base: &str,
    by: &str,
) -> Result<CampaignSent, Error> {
    let scope = scope.checked()?;
    let mut c = domain::validation::Collector::new();
    let questionnaire_id = id_of(&mut c, "questionnaire_id", input.questionnaire_id.as_deref());
    let segment_id = id_of(&mut c, "segment_id", input.segment_id.as_deref());
    let (Some(questionnaire_id), Some(segment_id)) = (questionnaire_id, segment_id) else {
        return Err(c.finish(|| ()).expect_err("an id is missing").into());
    };
    let record = questionnaire(app, scope, questionnaire_id).await?;
    let segment = crate::segment::get(app, scope, segment_id).await?;
    let today = app.today(scope);
    let title = c.take("title", domain::validation::optional_text(input.title.as_deref(), domain::survey::TITLE_CHARS));
    let anonymous = c.take("anonymous", domain::validation::yes_no(&input.anonymous, false));
    let closes_on = c.take(
        "closes_on",
        domain::validation::optional(input.closes_on.as_deref())
            .ok_or_else(|| i18n::said("invalid-validation-required"))
            .and_then(domain::interaction::parse_day)
            .and_then(|d| {
                if d < today {
                    Err(i18n::said_with("invalid-app-survey-before-today", &[("day", d.to_string())]))
                } else {
                    Ok(d)
                }
            }),
    );
    let figures_year = c.take(
        "figures_year",
        domain::validation::optional(input.figures_year.as_deref()).map(domain::strategy::parse_year).transpose(),
    );
    if record.archived_at.is_some() {
        c.push("questionnaire_id", i18n::said("invalid-app-survey-questionnaire-archived"));
    } else if !record.questionnaire.asks_something() {
        c.push("questionnaire_id", i18n::said("invalid-app-survey-questionnaire-empty"));
    }
    let (title, anonymous, closes_on, figures_year) = c.finish(|| {
        (
            title.flatten().unwrap_or_else(|| record.questionnaire.title.clone()),
            anonymous.unwrap_or(false),
            closes_on.expect("checked"),
            figures_year.flatten(),
        )
    })?;
    let Some(mail) = &app.mail else {
        return Err(Error::BadRequest(i18n::said("invalid-app-survey-mail-not-set-up")));
    };
    let contacts = crate::segment::contacts(app, scope, segment_id).await?;
    let covered = covered_contacts(app, scope).await?;
    let mut invited = Vec::new();
    let mut left_out = Vec::new();
    for contact in &contacts {
        let name = format!("{} {}", contact.fields.first_name, contact.fields.last_name);
        let reason = match &contact.fields.email {
            _ if contact.archived_at.is_some() => Some(i18n::said("invalid-app-survey-left-out-archived")),
            None => Some(i18n::said("invalid-app-survey-left-out-no-email")),
            Some(_) if !covered.contains(&contact.id) => Some(i18n::said("invalid-app-survey-left-out-no-consent")),
            Some(_) => None,
        };
        match (reason, &contact.fields.email) {
            (None, Some(email)) => invited.push((contact, email.clone(), name)),
            (reason, _) => left_out.push(LeftOut {
                contact_id: contact.id,
                name,
                organisation: contact.organisation_name.clone(),
                reason: reason.unwrap_or_else(|| i18n::said("invalid-app-survey-left-out-no-email")),
            }),
        }
    }
    if invited.is_empty() {
        return Err(domain::Invalid::one(
            "segment_id",
            i18n::said_with(
                "invalid-app-survey-nobody-to-invite",
                &[("segment", segment.name.clone()), ("count", contacts.len().to_string())],
            ),
        )
        .into());
    }
    let tokens: Vec<String> = invited.iter().map(|_| crate::auth::random_hex(24)).collect();
    let new_invitations: Vec<NewInvitation> = invited
        .iter()
        .zip(&tokens)
        .map(|((contact, _, _), token)| NewInvitation {
            contact_id: contact.id,
            organisation_id: contact.organisation_id,
            token_hash: crate::auth::secret_hash(token),
        })
        .collect();
    let campaign = NewCampaign {
        questionnaire_id,
        version: record.version,
        title: title.clone(),
        segment_id: Some(segment_id),
        audience: segment.name.clone(),
        anonymous,
        closes_on,
        figures_year,
    };
    let mut tx = app.begin().await?;
    let (campaign_id, _) = store::survey::insert_campaign(&mut tx, scope, &campaign, &new_invitations, by).await?;
    for ((contact, email, name), token) in invited.iter().zip(&tokens) {
        let words = i18n::In(contact.language.unwrap_or_else(|| scope.cluster().language()));
        let invited = Invited { to: email, name, title: &title, anonymous, closes_on, token, reminder: false };
        let message = invitation_mail(mail, words, scope, &invited, link_base);
        crate::mail::queue(app, &mut tx, scope, crate::mail::Purpose::Survey, &message).await?;
    }
    tx.commit().await?;
    app.mail_queued();
    Ok(CampaignSent { campaign_id, invited: invited.len(), left_out })
}

/// What a survey's invitation (or its reminder) says to one person.
struct Invited<'a> {
    to: &'a str,
    name: &'a str,
    title: &'a str,
    anonymous: bool,
    closes_on: NaiveDate,
    token: &'a str,
    reminder: bool,
}

fn invitation_mail(
    mail: &crate::mail::Mail,
    words: i18n::In,
    scope: &crate::ClusterScope,
    invited: &Invited<'_>,
    link_base: &str,
) -> OutgoingMail {
    let Invited { to, name, title, anonymous, closes_on, token, reminder } = *invited;
    let privacy = words.t(if anonymous { "mail-survey-anonymous" } else { "mail-survey-named" });
    let opening = words.t(if reminder { "mail-survey-reminder" } else { "mail-survey-asks" });
    let subject = if reminder {
        words.t_args("mail-survey-reminder-subject", &[("title", title.to_string())])
    } else {
        title.to_string()
    };
    let closes = words.t_args("mail-survey-link-yours", &[("closes", words.long_date(closes_on))]);
    mail.to_one(
        to,
        subject,
        crate::registration::paragraphs(&[
            words.t_args("mail-hello-name", &[("name", name.to_string())]),
            opening,
            format!("{title}\n{link_base}{}", answer_path(scope, token)),
            format!("{closes} {privacy}"),
            scope.cluster().name.clone(),
        ]),
    )
}

/// Mails a new personal link to everyone invited who has not answered, while the campaign is
/// open; returns how many were reminded. The earlier link stops working; saved answers stay.
pub async fn remind(app: &App, scope: &impl Allows<Edit>, campaign_id: Uuid, link_base: &str) -> Result<usize, Error> {
    let scope = scope.checked()?;
    let campaign = campaign(app, scope, campaign_id).await?;
    if campaign.closes_on < app.today(scope) {
        return Err(Error::BadRequest(i18n::said_with(
            "invalid-app-survey-campaign-closed",
            &[("day", campaign.closes_on.to_string())],
        )));
    }
    let Some(mail) = &app.mail else {
        return Err(Error::BadRequest(i18n::said("invalid-app-survey-mail-not-set-up-reminders")));
    };
    let waiting: Vec<store::survey::Invitation> =
        store::survey::invitations(&app.db, scope, campaign_id).await?.into_iter().filter(|i| !i.answered).collect();
    let people: HashMap<Uuid, domain::contact::Contact> =
        store::contact::by_ids(&app.db, scope, &waiting.iter().map(|i| i.contact_id).collect::<Vec<_>>())
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
    // Consent is read again: someone who withdrew it since the first message hears no more.
    let covered = covered_contacts(app, scope).await?;
    let mut tx = app.begin().await?;
    let mut reminded = Vec::new();
    for invitation in &waiting {
        let Some(contact) = people.get(&invitation.contact_id) else { continue };
        let Some(email) = &contact.fields.email else { continue };
        if contact.archived_at.is_some() || !covered.contains(&contact.id) {
            continue;
        }
        let token = crate::auth::random_hex(24);
        if !store::survey::renew_token(&mut tx, scope, invitation.id, &crate::auth::secret_hash(&token)).await? {
            continue;
        }
        let name = format!("{} {}", contact.fields.first_name, contact.fields.last_name);
        let words = i18n::In(contact.language.unwrap_or_else(|| scope.cluster().language()));
        let invited = Invited {
            to: email,
            name: &name,
            title: &campaign.title,
            anonymous: campaign.anonymous,
            closes_on: campaign.closes_on,
            token: &token,
            reminder: true,
        };
        let message = invitation_mail(mail, words, scope, &invited, link_base);
        crate::mail::queue(app, &mut tx, scope, crate::mail::Purpose::Survey, &message).await?;
        reminded.push(invitation.id);
    }
    store::survey::mark_reminded(&mut tx, scope, &reminded, app.now()).await?;
    tx.commit().await?;
    app.mail_queued();
    Ok(reminded.len())
}

pub async fn campaigns(app: &App, scope: &impl Allows<Read>) -> Result<Vec<Campaign>, Error> {
    let scope = scope.checked()?;
    Ok(store::survey::campaigns(&app.db, scope).await?)
}

pub async fn campaign(app: &App, scope: &impl Allows<Read>, id: Uuid) -> Result<Campaign, Error> {
    let scope = scope.checked()?;
    store::survey::campaign(&app.db, scope, id).await?.ok_or(Error::NotFound("campaign"))
}

/// What a respondent's link shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerView {
    pub title: String,
    pub questionnaire: Questionnaire,
    pub anonymous: bool,
    pub closes_on: NaiveDate,
    /// The answers saved so far.
    pub saved: Answers,
    pub answered: bool,
    /// Past the closing day: nothing more is taken.
    pub closed: bool,
}

/// The invitation, campaign and version a link reaches; [`Error::NotFound`] for any other link.
async fn reached(
    app: &App,
    visitor: &Visitor,
    token: &str,
) -> Result<(store::survey::Invitation, Campaign, Questionnaire), Error> {
    let scope = visitor.scope();
    // A link is 48 hexadecimal characters; anything else reaches nothing, without a query.
    if token.len() != 48 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(Error::NotFound("survey link"));
    }
    let invitation = store::survey::invitation_by_token(&app.db, scope, &crate::auth::secret_hash(token))
        .await?
        .ok_or(Error::NotFound("survey link"))?;
    let campaign =
        store::survey::campaign(&app.db, scope, invitation.campaign_id).await?.ok_or(Error::NotFound("survey link"))?;
    let questionnaire = store::survey::version(&app.db, scope, campaign.questionnaire_id, campaign.version)
        .await?
        .ok_or(Error::NotFound("survey link"))?;
    Ok((invitation, campaign, questionnaire))
}

/// What the link `token` shows its respondent.
pub async fn answering(app: &App, visitor: &Visitor, token: &str) -> Result<AnswerView, Error> {
    let (invitation, campaign, questionnaire) = reached(app, visitor, token).await?;
    let saved: Answers = match &invitation.draft {
        Some(json) => serde_json::from_str(json).unwrap_or_default(),
        None => Answers::new(),
    };
    Ok(AnswerView {
        title: campaign.title,
        questionnaire,
        anonymous: campaign.anonymous,
        closed: campaign.closes_on < app.today(visitor.scope()),
        closes_on: campaign.closes_on,
        saved,
        answered: invitation.answered,
    })
}

/// Why a link takes no answers: answered already, or closed.
fn open_for_answers(
    invitation: &store::survey::Invitation,
    campaign: &Campaign,
    today: NaiveDate,
) -> Result<(), Error> {
    if invitation.answered {
        return Err(Error::conflict("answers", i18n::said("invalid-app-survey-answers-sent")));
    }
    if campaign.closes_on < today {
        return Err(Error::conflict(
            "answers",
            i18n::said_with("invalid-app-survey-closed", &[("day", campaign.closes_on.to_string())]),
        ));
    }
    Ok(())
}

/// Saves the answers given so far, to come back to; required questions may wait.
///
/// # Errors
/// [`Error::Invalid`] by question for a value its question cannot take; [`Error::Conflict`]
/// once the answers were sent or the survey closed.
pub async fn save_progress(app: &App, visitor: &Visitor, token: &str, raw: &RawAnswers) -> Result<(), Error> {
    let scope = visitor.scope();
    let (invitation, campaign, questionnaire) = reached(app, visitor, token).await?;
    open_for_answers(&invitation, &campaign, app.today(scope))?;
    let answers = domain::survey::read_answers(&questionnaire, raw, scope.cluster().base_currency, false)?;
    if !store::survey::save_draft(&app.db, scope, invitation.id, &answers).await? {
        return Err(Error::conflict("answers", i18n::said("invalid-app-survey-answers-sent")));
    }
    Ok(())
}

/// Sends the answers: every required question shown must be answered. Once per link.
///
/// # Errors
/// As [`save_progress`], and [`Error::Invalid`] for a required question left empty.
pub async fn submit(app: &App, visitor: &Visitor, token: &str, raw: &RawAnswers) -> Result<(), Error> {
    let scope = visitor.scope();
    let (invitation, campaign, questionnaire) = reached(app, visitor, token).await?;
    let today = app.today(scope);
    open_for_answers(&invitation, &campaign, today)?;
    let answers = domain::survey::read_answers(&questionnaire, raw, scope.cluster().base_currency, true)?;
    // An anonymous answer keeps nothing of who gave it, not even the organisation's kind or size
    // class (in a small group they would name it).
    let organisation = match campaign.anonymous {
        true => None,
        false => store::organisation::get(&app.db, scope, invitation.organisation_id).await?,
    };
    let response = NewResponse {
        campaign_id: campaign.id,
        invitation_id: (!campaign.anonymous).then_some(invitation.id),
        organisation_kind: organisation.as_ref().map(|o| o.fields.kind.code().to_string()),
        size_class: organisation.as_ref().and_then(|o| o.fields.size_class()).map(|s| s.code().to_string()),
        answers,
        submitted_on: today,
    };
    let mut tx = app.begin().await?;
    if !store::survey::answer(&mut tx, scope, invitation.id, &response).await? {
        return Err(Error::conflict("answers", i18n::said("invalid-app-survey-answers-sent")));
    }
    if let (false, Some(year)) = (campaign.anonymous, campaign.figures_year) {
        crate::figures::from_survey(&mut tx, scope, invitation.organisation_id, year, &response.answers, campaign.id)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Which responses the results count.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ResultsFilter {
    /// An organisation kind's code (`company`).
    pub kind: Option<String>,
    /// `micro`, `small`, `medium` or `large`.
    pub size_class: Option<String>,
    /// A saved segment: the responses of its organisations now (not in an anonymous campaign).
    pub segment_id: Option<String>,
}

/// How many were invited and answered in one group.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rate {
    /// The group: `all`, an organisation kind's code, a size class's code or `unknown`.
    pub group: String,
    pub invited: usize,
    pub answered: usize,
    /// Answered over invited in basis points; none when no one was invited.
    pub rate_basis_points: Option<i64>,
}

/// What a campaign's answers say.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CampaignResults {
    pub campaign_id: Uuid,
    pub title: String,
    pub version: i32,
    pub anonymous: bool,
    pub overall: Rate,
    pub by_kind: Vec<Rate>,
    pub by_size_class: Vec<Rate>,
    /// The responses the filter keeps.
    pub counted: usize,
    /// The responses given in another tool and imported (counted in the results, not the rates).
    pub imported: usize,
    pub questions: Vec<QuestionResult>,
}

/// `answered` of `invited` in a group, the rate rounded half up to a basis point.
pub fn rate(group: String, invited: usize, answered: usize) -> Rate {
    let rate_basis_points = (invited > 0).then(|| ((answered as i64) * 20_000 + invited as i64) / (2 * invited as i64));
    Rate { group, invited, answered, rate_basis_points }
}

/// The response rates (overall, by organisation kind and by size class of the organisations
/// invited) and, over the responses the filter keeps, what each question's answers say.
pub async fn results(
    app: &App,
    scope: &impl Allows<Read>,
    campaign_id: Uuid,
    filter: &ResultsFilter,
) -> Result<(CampaignResults, Questionnaire), Error> {
    let scope = scope.checked()?;
    let campaign = campaign(app, scope, campaign_id).await?;
    let questionnaire = store::survey::version(&app.db, scope, campaign.questionnaire_id, campaign.version)
        .await?
        .ok_or(Error::NotFound("questionnaire"))?;
    let invitations = store::survey::invitations(&app.db, scope, campaign_id).await?;
    let organisations: HashMap<Uuid, store::organisation::Organisation> =
        store::organisation::by_ids(&app.db, scope, &invitations.iter().map(|i| i.organisation_id).collect::<Vec<_>>())
            .await?
            .into_iter()
            .map(|o| (o.id, o))
            .collect();
    let mut by_kind: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut by_size: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for i in &invitations {
        let organisation = organisations.get(&i.organisation_id);
        // Codes, which the pages name in their reader's language.
        let kind = organisation.map_or("unknown".to_string(), |o| o.fields.kind.code().to_string());
        let size =
            organisation.and_then(|o| o.fields.size_class()).map_or("unknown".to_string(), |s| s.code().to_string());
        for (groups, key) in [(&mut by_kind, kind), (&mut by_size, size)] {
            let entry = groups.entry(key).or_default();
            entry.0 += 1;
            entry.1 += usize::from(i.answered);
        }
    }
    let answered = invitations.iter().filter(|i| i.answered).count();
    let mut c = domain::validation::Collector::new();
    let kind = c.take(
        "kind",
        domain::validation::optional(filter.kind.as_deref())
            .map(domain::organisation::OrganisationKind::parse)
            .transpose(),
    );
    let size_class = c.take(
        "size_class",
        domain::validation::optional(filter.size_class.as_deref())
            .map(|s| {
                domain::organisation::SizeClass::ALL
                    .into_iter()
                    .find(|c| c.code() == s)
                    .ok_or_else(|| i18n::said_with("invalid-app-survey-not-a-size-class", &[("value", s.to_string())]))
            })
            .transpose(),
    );
    let segment = c.take(
        "segment_id",
        domain::validation::optional(filter.segment_id.as_deref())
            .map(|s| {
                Uuid::parse_str(s)
                    .map_err(|_| i18n::said_with("invalid-app-monitoring-not-an-id", &[("value", s.to_string())]))
            })
            .transpose(),
    );
    let (kind, size_class, segment) = c.finish(|| (kind.flatten(), size_class.flatten(), segment.flatten()))?;
    if campaign.anonymous && (kind.is_some() || size_class.is_some()) {
        return Err(domain::Invalid::one("kind", i18n::said("invalid-app-survey-anonymous-no-kind")).into());
    }
    let members: Option<HashSet<Uuid>> = match segment {
        Some(_) if campaign.anonymous => {
            return Err(
                domain::Invalid::one("segment_id", i18n::said("invalid-app-survey-anonymous-no-organisation")).into()
            );
        }
        Some(id) => Some(crate::segment::organisations(app, scope, id).await?.into_iter().map(|o| o.id).collect()),
        None => None,
    };
    let responses = store::survey::responses(&app.db, scope, campaign_id).await?;
    let kept: Vec<&Answers> = responses
        .iter()
        .filter(|r| kind.is_none_or(|k| r.organisation_kind.as_deref() == Some(k.code())))
        .filter(|r| size_class.is_none_or(|s| r.size_class.as_deref() == Some(s.code())))
        .filter(|r| members.as_ref().is_none_or(|m| r.organisation_id.is_some_and(|o| m.contains(&o))))
        .map(|r| &r.answers)
        .collect();
    let results = CampaignResults {
        campaign_id,
        title: campaign.title.clone(),
        version: campaign.version,
        anonymous: campaign.anonymous,
        overall: rate("all".into(), invitations.len(), answered),
        by_kind: by_kind.into_iter().map(|(g, (i, a))| rate(g, i, a)).collect(),
        by_size_class: by_size.into_iter().map(|(g, (i, a))| rate(g, i, a)).collect(),
        counted: kept.len(),
        imported: responses.iter().filter(|r| r.imported).count(),
        questions: domain::survey::results(&questionnaire, &kept),
    };
    Ok((results, questionnaire))
}

/// Every response of a campaign as a table: one row a response, one column a question (a
/// matrix's items each a column), with the respondent's organisation and name unless the
/// campaign is anonymous.
pub async fn answers_table(
    app: &App,
    scope: &impl Allows<Read>,
    campaign_id: Uuid,
) -> Result<crate::table::Table, Error> {
    use crate::table::{Table, Value};
    use domain::survey::QuestionKind;
    let scope = scope.checked()?;
    let campaign = campaign(app, scope, campaign_id).await?;
    let questionnaire = store::survey::version(&app.db, scope, campaign.questionnaire_id, campaign.version)
        .await?
        .ok_or(Error::NotFound("questionnaire"))?;
    let responses = store::survey::responses(&app.db, scope, campaign_id).await?;
    let currency = scope.cluster().base_currency;
    let people: HashMap<Uuid, domain::contact::Contact> = if campaign.anonymous {
        HashMap::new()
    } else {
        store::contact::by_ids(&app.db, scope, &responses.iter().filter_map(|r| r.contact_id).collect::<Vec<_>>())
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect()
    };
    let mut columns: Vec<String> = vec!["submitted_on".into()];
    if !campaign.anonymous {
        columns.extend(["organisation_kind", "size_class", "organisation", "contact"].map(String::from));
    }
    for q in questionnaire.questions() {
        match &q.kind {
            QuestionKind::Matrix { items, .. } => {
                columns.extend((0..items.len()).map(|i| format!("{}.{i}", q.key)));
            }
            _ => columns.push(q.key.clone()),
        }
    }
    let rows = responses
        .iter()
        .map(|r| {
            let mut row = vec![Value::Text(r.submitted_on.to_string())];
            if !campaign.anonymous {
                row.push(Value::Text(r.organisation_kind.clone().unwrap_or_default()));
                row.push(Value::Text(r.size_class.clone().unwrap_or_default()));
                let person = r.contact_id.and_then(|c| people.get(&c));
                row.push(Value::Text(person.map(|p| p.organisation_name.clone()).unwrap_or_default()));
                row.push(Value::Text(
                    person.map(|p| format!("{} {}", p.fields.first_name, p.fields.last_name)).unwrap_or_default(),
                ));
            }
            for q in questionnaire.questions() {
                match (&q.kind, r.answers.get(&q.key)) {
                    (QuestionKind::Matrix { items, .. }, answer) => {
                        for i in 0..items.len() {
                            let point = match answer {
                                Some(domain::survey::Answer::Matrix(points)) => points.get(i).copied().flatten(),
                                _ => None,
                            };
                            row.push(Value::Text(point.map(|p| p.to_string()).unwrap_or_default()));
                        }
                    }
                    (QuestionKind::Money, Some(domain::survey::Answer::Money(m))) => {
                        row.push(Value::Money(*m, currency))
                    }
                    (QuestionKind::Number { decimals: 0, .. }, Some(domain::survey::Answer::Number(n)))
                    | (QuestionKind::Likert { .. }, Some(domain::survey::Answer::Number(n))) => {
                        row.push(Value::Count(*n))
                    }
                    (QuestionKind::Likert { .. }, Some(domain::survey::Answer::Scale(p))) => {
                        row.push(Value::Count(i64::from(*p)))
                    }
                    (_, Some(a)) => row.push(Value::Text(domain::survey::answer_text(q, a, currency))),
                    (_, None) => row.push(Value::Text(String::new())),
                }
            }
            row
        })
        .collect();
    Ok(Table::of_rows("Answers", columns, rows))
}
