//! The release build's flags (scripts/release-toolchain.sh) replace .cargo/config.toml's wasm32
//! flags rather than adding to them, as cargo takes the first source of flags it finds: they must
//! repeat every one, or the release page would quietly lose type erasure or the split.

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).expect(path)
}

#[test]
fn the_release_build_keeps_every_wasm32_flag_of_the_cargo_config() {
    let config = read(".cargo/config.toml");
    let list = &config[config.find("rustflags = [").expect("wasm32 rustflags")..];
    let list = &list[..list.find(']').expect("the list's end")];
    let configured: Vec<&str> = list
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with('"'))
        .flat_map(|l| l.split(',').map(str::trim).filter(|f| !f.is_empty()))
        .map(|f| f.trim_matches('"'))
        .collect();
    assert!(
        configured.contains(&"--emit-relocs")
            || configured.iter().any(|f| f.contains("--emit-relocs"))
    );

    let script = read("scripts/release-toolchain.sh");
    let line = script
        .lines()
        .find(|l| l.starts_with("export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="))
        .expect("the release flags");
    let release: Vec<&str> = line
        .split_once('=')
        .unwrap()
        .1
        .trim_matches('"')
        .split_whitespace()
        .collect();
    assert_eq!(
        &release[..configured.len()],
        &configured[..],
        "scripts/release-toolchain.sh must start with .cargo/config.toml's flags"
    );
}
