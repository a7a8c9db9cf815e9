//! The system clipboard behind a small trait, so that the watcher's decisions can be tested
//! with an in-memory clipboard, and a hint that says when the clipboard may have changed, so
//! that an idle watcher does not read it at all.

use std::fmt;

/// Why the clipboard could not be read or written. Messages come from the platform layer and
/// never hold the clipboard's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClipError {
    /// The clipboard holds text that is not valid UTF-8; caviard cannot read it.
    NotUtf8,
    /// The clipboard could not be reached (owner busy or gone, display glitch): try again later.
    Unavailable(String),
}

impl fmt::Display for ClipError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClipError::NotUtf8 => f.write_str("the clipboard text is not valid UTF-8"),
            ClipError::Unavailable(why) => f.write_str(why),
        }
    }
}

/// What the watcher needs from a clipboard.
pub trait Clipboard {
    /// The text on the clipboard; `None` when it is empty or holds no text (an image, files).
    fn get_text(&mut self) -> Result<Option<String>, ClipError>;
    /// Puts `text` on the clipboard, and keeps serving it for as long as `self` lives.
    fn set_text(&mut self, text: String) -> Result<(), ClipError>;
    /// Empties the clipboard.
    fn clear(&mut self) -> Result<(), ClipError>;
}

/// The system clipboard through arboard. On X11 the process that set the clipboard must
/// serve it: arboard does so from a thread owned by this instance, so keep one instance for
/// the whole run.
pub struct SystemClipboard {
    inner: arboard::Clipboard,
}

impl SystemClipboard {
    pub fn open() -> Result<SystemClipboard, String> {
        arboard::Clipboard::new()
            .map(|inner| SystemClipboard { inner })
            .map_err(|err| err.to_string())
    }
}

fn unavailable(err: arboard::Error) -> ClipError {
    ClipError::Unavailable(err.to_string())
}

impl Clipboard for SystemClipboard {
    fn get_text(&mut self) -> Result<Option<String>, ClipError> {
        match self.inner.get_text() {
            Ok(text) => Ok(Some(text)),
            Err(arboard::Error::ContentNotAvailable) => Ok(None),
            Err(arboard::Error::ConversionFailure) => Err(ClipError::NotUtf8),
            // Some X11 owners answer a request for text with their only format (xclip serving
            // an image does): that is not text either.
            Err(arboard::Error::Unknown { description })
                if description.contains("incorrect type received") =>
            {
                Ok(None)
            }
            Err(err) => Err(unavailable(err)),
        }
    }

    fn set_text(&mut self, text: String) -> Result<(), ClipError> {
        self.inner.set_text(text).map_err(unavailable)
    }

    /// Writes the empty text rather than giving the clipboard up: when nobody owns the X11
    /// selection, clipboard managers that "prevent an empty clipboard" (Klipper's default) put
    /// the previous content back, which is exactly the text that had to go.
    fn clear(&mut self) -> Result<(), ClipError> {
        self.inner.set_text(String::new()).map_err(unavailable)
    }
}

/// Tells the watcher whether the clipboard may have changed since the last call.
pub trait ChangeHint {
    /// True when the clipboard may have changed; false only when it certainly did not.
    fn maybe_changed(&mut self) -> bool;
    /// How changes are detected, for the start-up line.
    fn describe(&self) -> &'static str;
}

/// No notification available: every tick may be a change, so the watcher reads the clipboard
/// (and skips the scan when the text's hash is the one it saw last).
pub struct Polling;

impl ChangeHint for Polling {
    fn maybe_changed(&mut self) -> bool {
        true
    }

    fn describe(&self) -> &'static str {
        "polling"
    }
}

/// The best change hint the platform offers: XFixes selection events on X11, polling elsewhere
/// (Wayland data-control, macOS and Windows through arboard do not expose change events).
pub fn change_hint() -> Box<dyn ChangeHint> {
    #[cfg(all(
        unix,
        not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
    ))]
    {
        // Under Wayland arboard talks to the compositor, whose clipboard XFixes cannot see.
        let wayland = std::env::var_os("WAYLAND_DISPLAY").is_some_and(|v| !v.is_empty());
        if !wayland {
            if let Some(hint) = x11::XFixesHint::connect() {
                return Box::new(hint);
            }
        }
    }
    Box::new(Polling)
}

#[cfg(all(
    unix,
    not(any(target_os = "macos", target_os = "android", target_os = "emscripten"))
))]
mod x11 {
    use std::time::{Duration, Instant};

    use x11rb::connection::Connection;
    use x11rb::protocol::xfixes::{self, ConnectionExt as _, SelectionEventMask};
    use x11rb::protocol::xproto::ConnectionExt as _;
    use x11rb::rust_connection::RustConnection;

    /// An X11 application that changes its clipboard data normally re-asserts ownership
    /// (ICCCM 2.6.1.3), which XFixes reports; in case one does not, the clipboard is also read
    /// at this slow pace (an unchanged text is not scanned again).
    const SAFETY_READ_EVERY: Duration = Duration::from_secs(2);

    /// Listens on its own X connection for XFixes events about the CLIPBOARD selection: a new
    /// owner, the owner's window destroyed or its client gone. Checking for them is one
    /// non-blocking read of a socket.
    pub struct XFixesHint {
        conn: Option<RustConnection>,
        last_read: Instant,
    }

    impl XFixesHint {
        pub fn connect() -> Option<XFixesHint> {
            let (conn, screen) = x11rb::connect(None).ok()?;
            conn.xfixes_query_version(5, 0).ok()?.reply().ok()?;
            let root = conn.setup().roots.get(screen)?.root;
            let clipboard = conn
                .intern_atom(false, b"CLIPBOARD")
                .ok()?
                .reply()
                .ok()?
                .atom;
            let mask = SelectionEventMask::SET_SELECTION_OWNER
                | SelectionEventMask::SELECTION_WINDOW_DESTROY
                | SelectionEventMask::SELECTION_CLIENT_CLOSE;
            conn.xfixes_select_selection_input(root, clipboard, mask)
                .ok()?
                .check()
                .ok()?;
            Some(XFixesHint {
                conn: Some(conn),
                // The first call reads the clipboard: what is on it at start-up counts.
                last_read: Instant::now() - SAFETY_READ_EVERY,
            })
        }
    }

    impl super::ChangeHint for XFixesHint {
        fn maybe_changed(&mut self) -> bool {
            let Some(conn) = &self.conn else {
                return true;
            };
            let mut changed = false;
            loop {
                match conn.poll_for_event() {
                    Ok(Some(x11rb::protocol::Event::XfixesSelectionNotify(
                        xfixes::SelectionNotifyEvent { .. },
                    ))) => changed = true,
                    Ok(Some(_)) => {}
                    Ok(None) => break,
                    Err(_) => {
                        // The connection broke: fall back to reading at every tick.
                        self.conn = None;
                        return true;
                    }
                }
            }
            if changed || self.last_read.elapsed() >= SAFETY_READ_EVERY {
                self.last_read = Instant::now();
                return true;
            }
            false
        }

        fn describe(&self) -> &'static str {
            if self.conn.is_some() {
                "X11 XFixes events"
            } else {
                "polling"
            }
        }
    }
}

/// An in-memory clipboard for tests: its content, and ways to make it misbehave.
#[cfg(test)]
#[derive(Default)]
pub struct MemoryClipboard {
    pub content: Option<String>,
    /// How many of the next reads fail as unavailable.
    pub failing_reads: usize,
    /// Writes (set and clear) fail while true.
    pub failing_writes: bool,
    /// The next read returns `content`, then `content` becomes this (another application
    /// copied something in between).
    pub change_after_next_read: Option<Option<String>>,
    /// The number of successful writes (set or clear), to check that nothing was rewritten.
    pub writes: usize,
    /// The clipboard holds non-UTF-8 text.
    pub not_utf8: bool,
}

#[cfg(test)]
impl Clipboard for MemoryClipboard {
    fn get_text(&mut self) -> Result<Option<String>, ClipError> {
        if self.failing_reads > 0 {
            self.failing_reads -= 1;
            return Err(ClipError::Unavailable("owner busy".into()));
        }
        if self.not_utf8 {
            return Err(ClipError::NotUtf8);
        }
        let text = self.content.clone();
        if let Some(next) = self.change_after_next_read.take() {
            self.content = next;
        }
        Ok(text)
    }

    fn set_text(&mut self, text: String) -> Result<(), ClipError> {
        if self.failing_writes {
            return Err(ClipError::Unavailable("cannot write".into()));
        }
        self.writes += 1;
        self.content = Some(text);
        Ok(())
    }

    fn clear(&mut self) -> Result<(), ClipError> {
        if self.failing_writes {
            return Err(ClipError::Unavailable("cannot write".into()));
        }
        self.writes += 1;
        // As the system clipboard does: the empty text (see `SystemClipboard::clear`).
        self.content = Some(String::new());
        Ok(())
    }
}
