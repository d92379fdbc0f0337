//! Starts the officials' reader; everything else lives in the library.

fn main() {
    selfcheck::reader::start();
}
