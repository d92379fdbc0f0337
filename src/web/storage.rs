//! Progress, snapshots, the notebook and the reader's list in localStorage, and what to
//! tell the user when storage is unavailable, full or holds something
//! unreadable. Used by the sync modules alone (each page's and
//! [`crate::ui::page_sync`]). Nothing here panics: where storage fails, the pages run in
//! memory.
//!
//! web-sys' `Storage` is used directly: gloo-storage's typed API would take
//! serde_json into the wasm (about a fifth of its size), and its `raw()`
//! panics where storage is blocked.

use web_sys::Storage;

use crate::model::engine::Answers;
use crate::model::notice::{Kept, Notice};
use crate::model::rubric::Rubric;
use crate::model::saved::notebook::Notebook;
use crate::model::saved::notebook_key;
use crate::model::saved::progress::{storage_key, storage_key_prefix, Restored, StoredProgress};
use crate::model::saved::snapshots::{apply_change, Snapshot, Snapshots};
#[cfg(doc)]
use crate::model::saved::{LARGE_TEXT_KEY, RECORDS_ADVICE_KEY};

/// localStorage, or `None` where the browser refuses it (blocked in a
/// third-party iframe, disabled).
fn local_storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved answers for `rubric`, or fresh ones, with anything the user
/// should know about how they were read.
pub fn load(rubric: &Rubric) -> (Answers, Option<Notice>) {
    let fresh = Answers::unanswered(rubric);
    let Some(storage) = local_storage() else {
        return (fresh, Some(Notice::StorageUnavailable(Kept::Progress)));
    };
    let key = storage_key(&rubric.id, rubric.version);
    let Ok(Some(text)) = storage.get_item(&key) else {
        return carry_over(rubric, &storage);
    };
    match restore(rubric, &text) {
        Some(restored) => (restored.answers, None),
        None => {
            set_aside(&storage, &key, &text);
            (fresh, Some(Notice::StorageSetAside(Kept::Progress)))
        }
    }
}

/// Answers saved under the newest other version of this rubric, as far as
/// their items still exist. The old progress stays where it is.
fn carry_over(rubric: &Rubric, storage: &Storage) -> (Answers, Option<Notice>) {
    let prefix = storage_key_prefix(&rubric.id);
    let newest = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|key| {
            let version: u32 = key.strip_prefix(&prefix)?.parse().ok()?;
            (version != rubric.version).then_some((version, key))
        })
        .max();
    let restored = newest
        .and_then(|(_, key)| storage.get_item(&key).ok().flatten())
        .and_then(|text| restore(rubric, &text));
    match restored {
        Some(restored) if restored.carried > 0 => {
            let notice = save(rubric, &restored.answers)
                .err()
                .unwrap_or(Notice::CarriedOver {
                    count: restored.carried,
                });
            (restored.answers, Some(notice))
        }
        _ => (Answers::unanswered(rubric), None),
    }
}

/// Copies unreadable data to a key of its own, so that nothing is lost;
/// false where the copy could not be stored.
fn copy_aside(storage: &Storage, key: &str, text: &str) -> bool {
    let aside = format!("{key}:unreadable:{}", js_sys::Date::now() as u64);
    storage.set_item(&aside, text).is_ok()
}

/// Moves unreadable data to a key of its own, so that nothing is lost.
fn set_aside(storage: &Storage, key: &str, text: &str) {
    if copy_aside(storage, key, text) {
        let _ = storage.remove_item(key);
    }
}

/// Saves the answers; the error is the notice to show when that fails.
pub fn save(rubric: &Rubric, answers: &Answers) -> Result<(), Notice> {
    let key = storage_key(&rubric.id, rubric.version);
    set(
        &key,
        &StoredProgress::new(rubric, answers).to_text(),
        Kept::Progress,
    )
}

/// Stores `text`, which is `kept`, under `key`; the error is the notice to show.
fn set(key: &str, text: &str, kept: Kept) -> Result<(), Notice> {
    let storage = local_storage().ok_or(Notice::StorageUnavailable(kept))?;
    storage.set_item(key, text).map_err(|error| {
        let name = js_sys::Reflect::get(&error, &"name".into())
            .ok()
            .and_then(|n| n.as_string());
        match name.as_deref() {
            Some("QuotaExceededError") => Notice::StorageFull(kept),
            _ => Notice::StorageUnavailable(kept),
        }
    })
}

/// The answers another tab saved, when `key` is this rubric's.
pub fn changed_elsewhere(rubric: &Rubric, key: &str, text: &str) -> Option<Answers> {
    if key != storage_key(&rubric.id, rubric.version) {
        return None;
    }
    restore(rubric, text).map(|restored| restored.answers)
}

/// The answers for `rubric` in a stored text, if it is readable progress
/// of this rubric.
fn restore(rubric: &Rubric, text: &str) -> Option<Restored> {
    StoredProgress::parse(text).ok()?.restore(rubric).ok()
}

/// Whether a choice kept under `key` (large text, [`LARGE_TEXT_KEY`];
/// the records advice given, [`RECORDS_ADVICE_KEY`]) was made in an
/// earlier visit.
pub fn load_choice(key: &str) -> bool {
    local_storage()
        .and_then(|s| s.get_item(key).ok().flatten())
        .as_deref()
        == Some("1")
}

/// Remembers a choice where storage allows; it holds for this visit
/// either way.
pub fn save_choice(key: &str, on: bool) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, if on { "1" } else { "0" });
    }
}

/// The officials' reader's pasted list: a first line naming the format,
/// then the text as pasted.
const READER_KEY: &str = "selfcheck:reader";
const READER_HEADER: &str = "selfcheck-reader 1\n";

/// The list the reader kept, or "", with anything the user should know.
pub fn load_reader_text() -> (String, Option<Notice>) {
    let Some(storage) = local_storage() else {
        return (
            String::new(),
            Some(Notice::StorageUnavailable(Kept::ReaderList)),
        );
    };
    let Ok(Some(stored)) = storage.get_item(READER_KEY) else {
        return (String::new(), None);
    };
    match stored.strip_prefix(READER_HEADER) {
        Some(text) => (text.to_string(), None),
        None => {
            set_aside(&storage, READER_KEY, &stored);
            (
                String::new(),
                Some(Notice::StorageSetAside(Kept::ReaderList)),
            )
        }
    }
}

/// Keeps the reader's list, or forgets it when it is empty.
pub fn save_reader_text(text: &str) -> Result<(), Notice> {
    if text.is_empty() {
        let storage = local_storage().ok_or(Notice::StorageUnavailable(Kept::ReaderList))?;
        let _ = storage.remove_item(READER_KEY);
        return Ok(());
    }
    set(
        READER_KEY,
        &format!("{READER_HEADER}{text}"),
        Kept::ReaderList,
    )
}

/// The snapshots kept for `rubric`, with anything the user should know.
/// Lines that cannot be read are set aside with the whole stored text.
pub fn load_snapshots(rubric: &Rubric) -> (Vec<Snapshot>, Option<Notice>) {
    let Some(storage) = local_storage() else {
        return (Vec::new(), None);
    };
    let key = snapshots_key(rubric);
    let Ok(Some(text)) = storage.get_item(&key) else {
        return (Vec::new(), None);
    };
    let read = Snapshots::parse(&text);
    if read.unreadable == 0 {
        return (read.kept, None);
    }
    // A copy, so that nothing is lost; the readable ones are kept in place.
    copy_aside(&storage, &key, &text);
    (read.kept, Some(Notice::StorageSetAside(Kept::SavedResults)))
}

/// Applies this tab's change to the snapshots, from `before` to `after`,
/// to the list as storage holds it now (another tab may have changed it),
/// and keeps the result. Returns it, with a notice if what was stored could
/// not all be read (it is set aside first), or the notice to show.
pub fn save_snapshot_change(
    rubric: &Rubric,
    before: &[Snapshot],
    after: &[Snapshot],
) -> Result<(Vec<Snapshot>, Option<Notice>), Notice> {
    let key = snapshots_key(rubric);
    let storage = local_storage().ok_or(Notice::StorageUnavailable(Kept::SavedResults))?;
    let text = storage.get_item(&key).ok().flatten().unwrap_or_default();
    let read = Snapshots::parse(&text);
    let unreadable = read.unreadable > 0 && !text.is_empty();
    if unreadable {
        // Written over below: a copy first, so that nothing is lost.
        set_aside(&storage, &key, &text);
    }
    let stored = read.kept;
    let merged = apply_change(&stored, before, after);
    if merged != stored || unreadable {
        set(&key, &Snapshots::to_text(&merged), Kept::SavedResults)?;
    }
    Ok((
        merged,
        unreadable.then_some(Notice::StorageSetAside(Kept::SavedResults)),
    ))
}

/// The snapshots another tab kept, when `key` is theirs for `rubric`.
pub fn snapshots_changed_elsewhere(
    rubric: &Rubric,
    key: &str,
    text: &str,
) -> Option<Vec<Snapshot>> {
    (key == snapshots_key(rubric)).then(|| Snapshots::parse(text).kept)
}

fn snapshots_key(rubric: &Rubric) -> String {
    format!("selfcheck:{}:snapshots", rubric.id)
}

/// Whether this browser keeps a notebook for `rubric` (notes, evidence, a
/// plan): read at start, so that its code is fetched only then.
pub fn keeps_notebook(rubric: &Rubric) -> bool {
    local_storage()
        .and_then(|s| s.get_item(&notebook_key(&rubric.id)).ok().flatten())
        .is_some()
}

/// The notebook kept for `rubric`: an empty one where none is kept or
/// storage is refused; none where what was kept could not be read (it is
/// set aside first, so that nothing is lost).
pub fn load_notebook(rubric: &Rubric) -> Option<Notebook> {
    let key = notebook_key(&rubric.id);
    let Some(storage) = local_storage() else {
        return Some(Notebook::default());
    };
    let Ok(Some(text)) = storage.get_item(&key) else {
        return Some(Notebook::default());
    };
    let read = Notebook::parse(&text);
    if read.is_none() {
        set_aside(&storage, &key, &text);
    }
    read
}

/// Keeps the notebook for `rubric`; false where storage refuses it.
pub fn save_notebook(rubric: &Rubric, notebook: &Notebook) -> bool {
    local_storage().is_some_and(|s| {
        s.set_item(&notebook_key(&rubric.id), &notebook.to_text())
            .is_ok()
    })
}

/// Whether `key` is the notebook's for `rubric`: another tab changed it.
pub fn is_notebook_key(rubric: &Rubric, key: &str) -> bool {
    key == notebook_key(&rubric.id)
}
