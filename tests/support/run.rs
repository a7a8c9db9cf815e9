//! The helper every end-to-end test needs: run the built binary with text on its standard
//! input and capture what it writes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// A command for the `caviard` binary that cargo built for these tests.
pub fn caviard() -> Command {
    Command::new(env!("CARGO_BIN_EXE_caviard"))
}

/// Runs `cmd` with `stdin` piped in, stdout and stderr captured. The input is written from
/// another thread, so that a large input and a large output cannot block each other. The
/// process may exit before reading its input (an error at start): a broken pipe on its stdin
/// is not a failure here.
pub fn with_stdin(cmd: &mut Command, stdin: &[u8]) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the caviard binary starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("the caviard binary runs");
    writer.join().expect("the writer thread ends");
    out
}
