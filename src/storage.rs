//! Progress in localStorage (through gloo-storage), and what to tell the
//! user when storage is unavailable, full or holds something unreadable.
//! Nothing here panics: where storage fails, the widget runs in memory.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};

use crate::engine::Answers;
use crate::progress::{storage_key, storage_key_prefix, StoredProgress};
use crate::rubric::Rubric;
use crate::state::Notice;

const LARGE_TEXT_KEY: &str = "selfcheck:large-text";

/// localStorage, or `None` where the browser refuses it (blocked in a
/// third-party iframe, disabled). gloo panics in that case, so every use
/// of it is behind this check.
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved answers for `rubric`, or fresh ones, with anything the user
/// should know about how they were read.
pub fn load(rubric: &Rubric) -> (Answers, Option<Notice>) {
    let fresh = Answers::unanswered(rubric.item_count());
    let Some(storage) = local_storage() else {
        return (fresh, Some(Notice::StorageUnavailable));
    };
    let key = storage_key(&rubric.id, rubric.version);
    match LocalStorage::get::<StoredProgress>(&key).map(|s| s.restore(rubric)) {
        Ok(Ok(restored)) => (restored.answers, None),
        Err(StorageError::KeyNotFound(_)) => carry_over(rubric, &storage),
        Ok(Err(_)) | Err(_) => {
            set_aside(&storage, &key);
            (fresh, Some(Notice::StorageSetAside))
        }
    }
}

/// Answers saved under the newest other version of this rubric, as far as
/// their items still exist. The old progress stays where it is.
fn carry_over(rubric: &Rubric, storage: &web_sys::Storage) -> (Answers, Option<Notice>) {
    let fresh = Answers::unanswered(rubric.item_count());
    let prefix = storage_key_prefix(&rubric.id);
    let length = storage.length().unwrap_or(0);
    let newest = (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|key| {
            let version: u32 = key.strip_prefix(&prefix)?.parse().ok()?;
            (version != rubric.version).then_some((version, key))
        })
        .max();
    let restored = newest
        .and_then(|(_, key)| LocalStorage::get::<StoredProgress>(key).ok())
        .and_then(|stored| stored.restore(rubric).ok());
    match restored {
        Some(restored) if restored.carried > 0 => {
            let notice = save(rubric, &restored.answers)
                .err()
                .unwrap_or(Notice::CarriedOver {
                    count: restored.carried,
                });
            (restored.answers, Some(notice))
        }
        _ => (fresh, None),
    }
}

/// Moves unreadable data to a key of its own, so that nothing is lost.
fn set_aside(storage: &web_sys::Storage, key: &str) {
    let Ok(Some(raw)) = storage.get_item(key) else {
        return;
    };
    let aside = format!("{key}:unreadable:{}", js_sys::Date::now() as u64);
    if storage.set_item(&aside, &raw).is_ok() {
        let _ = storage.remove_item(key);
    }
}

/// Saves the answers; the error is the notice to show when that fails.
pub fn save(rubric: &Rubric, answers: &Answers) -> Result<(), Notice> {
    if local_storage().is_none() {
        return Err(Notice::StorageUnavailable);
    }
    let key = storage_key(&rubric.id, rubric.version);
    LocalStorage::set(key, StoredProgress::new(rubric, answers)).map_err(|error| match error {
        StorageError::JsError(e) if e.name == "QuotaExceededError" => Notice::StorageFull,
        _ => Notice::StorageUnavailable,
    })
}

/// The answers another tab saved, when `key` is this rubric's.
pub fn changed_elsewhere(rubric: &Rubric, key: &str) -> Option<Answers> {
    if key != storage_key(&rubric.id, rubric.version) {
        return None;
    }
    let stored = LocalStorage::get::<StoredProgress>(key).ok()?;
    Some(stored.restore(rubric).ok()?.answers)
}

pub fn load_large_text() -> bool {
    local_storage().is_some() && LocalStorage::get::<bool>(LARGE_TEXT_KEY).unwrap_or(false)
}

/// Remembers the large-text choice where storage allows; the toggle works
/// for this visit either way.
pub fn save_large_text(on: bool) {
    if local_storage().is_some() {
        let _ = LocalStorage::set(LARGE_TEXT_KEY, on);
    }
}
