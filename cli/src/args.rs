//! The command line, read by hand (a handful of options; no parser crate to carry).

use spbe_calculator::engine::Lang;

pub const USAGE: &str = "\
spbe — Kalkulator Indeks SPBE/Pemdi: the exact engine on the command line

usage:
  spbe score [OPTIONS] FILE...     score work files (JSON, CSV or XLSX as the app saves them),
                                   one row per file: framework, index, predicate, domains, aspects
  spbe plan  [OPTIONS] FILE        the least-effort plan of a work file to its target
  spbe check [OPTIONS] FRAMEWORK.json...
                                   check framework files, with the app's messages
  spbe models [OPTIONS]            the bundled frameworks

options:
  --format table|csv|json          output (default table; plan: table or json)
  --lang id|en                     language of names and messages (default id)
  --target PREDICATE|INDEX         plan: a predicate id (baik, sangat-baik, ...) or an index
                                   (3,5 or 3.5); default: the file's target, else the next band
  --framework FILE.json            a framework of one's own that work files are for (repeatable)
  -h, --help, -V, --version

exit codes: 0 every file read; 1 a file refused (the others are still done); 2 usage";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Score(Vec<String>),
    Plan {
        path: String,
        target: Option<String>,
    },
    Check(Vec<String>),
    Models,
    Help,
    Version,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Args {
    pub command: Command,
    pub format: Format,
    pub lang: Lang,
    pub frameworks: Vec<String>,
}

/// Read the arguments (after the program's name); `Err` says what is wrong.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Args, String> {
    let mut args = args.into_iter();
    let name = args.next().ok_or("no command given")?;
    let mut format = None;
    let mut lang = Lang::Id;
    let mut frameworks = Vec::new();
    let mut target = None;
    let mut files = Vec::new();
    let mut only_files = false;
    while let Some(a) = args.next() {
        if only_files || !a.starts_with('-') || a == "-" {
            files.push(a);
            continue;
        }
        let (key, inline) = match a.split_once('=') {
            Some((k, v)) => (k.to_string(), Some(v.to_string())),
            None => (a.clone(), None),
        };
        let mut value = |what: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{key} needs {what}"))
        };
        match key.as_str() {
            "--" => only_files = true,
            "-h" | "--help" => return Ok(plain(Command::Help)),
            "-V" | "--version" => return Ok(plain(Command::Version)),
            "--format" => {
                format = Some(match value("table, csv or json")?.as_str() {
                    "table" => Format::Table,
                    "csv" => Format::Csv,
                    "json" => Format::Json,
                    other => {
                        return Err(format!("--format: unknown \"{other}\" (table, csv, json)"));
                    }
                })
            }
            "--lang" => {
                let l = value("id or en")?;
                lang = Lang::from_code(&l)
                    .ok_or_else(|| format!("--lang: unknown \"{l}\" (id, en)"))?;
            }
            "--target" => target = Some(value("a predicate or an index")?),
            "--framework" => frameworks.push(value("a framework file")?),
            _ => return Err(format!("unknown option {key}")),
        }
    }
    let format = format.unwrap_or(Format::Table);
    if target.is_some() && name != "plan" {
        return Err("--target is for plan".into());
    }
    let command = match name.as_str() {
        "-h" | "--help" | "help" => Command::Help,
        "-V" | "--version" => Command::Version,
        "score" if files.is_empty() => return Err("score needs at least one FILE".into()),
        "score" => Command::Score(files),
        "plan" => match <[String; 1]>::try_from(files) {
            Ok([path]) => Command::Plan { path, target },
            Err(_) => return Err("plan takes exactly one FILE".into()),
        },
        "check" if files.is_empty() => {
            return Err("check needs at least one FRAMEWORK.json".into());
        }
        "check" => Command::Check(files),
        "models" if !files.is_empty() => return Err("models takes no FILE".into()),
        "models" => Command::Models,
        other => return Err(format!("unknown command \"{other}\"")),
    };
    if matches!(command, Command::Plan { .. }) && format == Format::Csv {
        return Err("plan writes table or json".into());
    }
    Ok(Args {
        command,
        format,
        lang,
        frameworks,
    })
}

fn plain(command: Command) -> Args {
    Args {
        command,
        format: Format::Table,
        lang: Lang::Id,
        frameworks: Vec::new(),
    }
}
