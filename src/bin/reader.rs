//! Mounts the officials' reader; everything else lives in the library.

fn main() {
    leptos::mount::mount_to_body(selfcheck::reader::Reader);
}
