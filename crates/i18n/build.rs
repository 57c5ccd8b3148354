// The messages are built into the crate: a change in any file under locales (a new file too)
// builds it again.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
