//! `spbe`: the calculator's exact engine on the command line, for analysts and coordinators
//! who hold many institutions' or units' files, and for back ends (Laravel, Express) that call
//! it. Same engine, same checks, same messages as the app; nothing leaves the machine.
//!
//! ```text
//! spbe score [--format table|csv|json] [--lang id|en] [--framework F.json]... FILE...
//! spbe plan FILE [--target PREDICATE|INDEX] [--format table|json] [--lang id|en]
//! spbe check [--lang id|en] FRAMEWORK.json...
//! spbe models [--format table|csv|json] [--lang id|en]
//! ```
//!
//! Exit codes: 0 every file read, 1 a file refused (the others are still done), 2 usage.

mod args;
mod files;
mod output;

use std::io::Write;
use std::process::ExitCode;
use std::rc::Rc;

use spbe_calculator::api;
use spbe_calculator::document::read_target;
use spbe_calculator::engine::Lang;
use spbe_calculator::engine::model::Origin;
use spbe_calculator::state::{Action, State};
use spbe_calculator::view::planner;

use args::{Args, Command};
use files::{Frameworks, Refused};
use output::{Row, Table};

fn main() -> ExitCode {
    let args = match args::parse(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(message) => {
            eprintln!("spbe: {message}\n\n{}", args::USAGE);
            return ExitCode::from(2);
        }
    };
    let mut out = std::io::stdout().lock();
    let code = match run(&args, &mut out) {
        Ok(code) => code,
        Err(Refused(message)) => {
            eprintln!("spbe: {message}");
            1
        }
    };
    let _ = out.flush();
    ExitCode::from(code)
}

/// One file's failure on standard error, as `FILE: message`.
fn report(path: &str, Refused(message): &Refused) {
    eprintln!("{path}: {message}");
}

fn run(args: &Args, out: &mut impl Write) -> Result<u8, Refused> {
    let lang = args.lang;
    let mut frameworks = Frameworks::new(lang);
    for f in &args.frameworks {
        frameworks
            .add_file(f)
            .map_err(|Refused(m)| Refused(format!("{f}: {m}")))?;
    }
    let mut failed = false;
    match &args.command {
        Command::Help => {
            let _ = writeln!(out, "{}", args::USAGE);
        }
        Command::Version => {
            let _ = writeln!(out, "spbe {}", env!("CARGO_PKG_VERSION"));
        }
        Command::Models => {
            let models = files::bundled(lang)?;
            output::models(out, &models, args.format, lang);
        }
        Command::Check(paths) => {
            for path in paths {
                match files::read_framework(path, Origin::User, lang) {
                    Ok(fw) => {
                        let _ = writeln!(out, "{}", output::checked(path, &fw, lang));
                    }
                    Err(e) => {
                        failed = true;
                        report(path, &e);
                    }
                }
            }
        }
        Command::Score(paths) => {
            let mut table = Table::default();
            for path in paths {
                match files::read_work(path, &frameworks, lang) {
                    Ok((fw, work)) => table.push(Row::of(path, &state(fw, work, lang))),
                    Err(e) => {
                        failed = true;
                        report(path, &e);
                        table.push_refused(path, e);
                    }
                }
            }
            table.write(out, args.format, lang);
        }
        Command::Plan { path, target } => {
            let (fw, work) = files::read_work(path, &frameworks, lang)
                .map_err(|Refused(m)| Refused(format!("{path}: {m}")))?;
            let mut s = state(fw, work, lang);
            if let Some(t) = target {
                let t = t.trim();
                let (index, predicate) = if t.starts_with(|c: char| c.is_ascii_digit()) {
                    (Some(t), None)
                } else {
                    (None, Some(t))
                };
                let target = read_target(&s.fw, "--target", index, predicate).map_err(|_| {
                    let bands: Vec<&str> = s.fw.bands.iter().map(|b| b.id.as_str()).collect();
                    Refused(match lang {
                        Lang::Id => format!(
                            "--target: \u{201c}{t}\u{201d} bukan predikat ({}) atau nilai \
                             indeks 0–{}",
                            bands.join(", "),
                            s.fw.scale.max
                        ),
                        Lang::En => format!(
                            "--target: \u{201c}{t}\u{201d} is neither a predicate ({}) nor an \
                             index 0–{}",
                            bands.join(", "),
                            s.fw.scale.max
                        ),
                    })
                })?;
                s = s.apply(Action::SetTarget(target)).unwrap_or(s);
            }
            let outcome = s.plan();
            let answer = api::answer(&s.fw, &s.levels, &s.plan_request(), outcome.clone(), lang);
            output::plan(out, path, &s, &planner(&s), answer, args.format);
        }
    }
    Ok(u8::from(failed))
}

/// The work as the app would open it: its framework with the work's variants, its active
/// scenario on screen.
fn state(
    fw: Rc<spbe_calculator::engine::Framework>,
    work: spbe_calculator::document::Work,
    lang: Lang,
) -> State {
    let start = State::new(fw, lang);
    let mut s = start
        .apply(Action::LoadWork(Box::new(work), None))
        .unwrap_or(start);
    // The tool's language, not the one the file was saved in.
    s.lang = lang;
    s
}
