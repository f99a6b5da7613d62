//! The rules of `spbe.plan`: the planning options, checked, and the plan's result shape.

use crate::engine::decimal::{parse_value, read_value};
use crate::engine::plan::{
    self, Binding, EffortCurve, PlanError, PlanJob, PlanOutcome, PlanRequest, Poll, Target,
};
use std::rc::Rc;

use crate::engine::{Exact, Framework, Lang};

use super::{
    ApiAny, ApiError, ApiOptions, ApiValue, Known, Options, find_model, kind, read_levels,
    scale_text,
};

/// One action: indicator number and values in scale units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiStep {
    pub indicator: u32,
    pub from: u32,
    pub to: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiPlan {
    /// "met", "planned" or "unreachable".
    pub status: &'static str,
    pub steps: Vec<ApiStep>,
    pub effort: u64,
    /// Index after the plan (the current index when met, the best reachable when not).
    pub index_cents: u64,
    pub exact: String,
    /// The predicate's name (Indonesian unless `lang` is `en`).
    pub predicate: String,
    /// The highest index the constraints allow (hundredths) and its exact value.
    pub best_reachable_cents: u64,
    pub best_reachable_exact: String,
    /// For "unreachable": "locked", "maxLevels", "pace", "combination" or "scale".
    pub binding: Vec<&'static str>,
    /// The scale unit, to turn `from`/`to` into values (value / unit).
    pub unit: u32,
}

fn not_numbers(option: &str, kind: &str) -> ApiError {
    ApiError::bad_option(
        option,
        format!("harus berisi angka (diberikan {kind})"),
        format!("must hold numbers (got {kind})"),
    )
}

fn whole(option: &str, v: &ApiValue, min: u32, max: u32) -> Result<u32, ApiError> {
    match v {
        ApiValue::Number(t) => match t.parse::<u32>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(ApiError::bad_option(
                option,
                format!("harus berisi bilangan bulat {min}..{max} (diberikan {t})"),
                format!("must hold whole numbers {min}..{max} (got {t})"),
            )),
        },
        ApiValue::Other(kind) => Err(not_numbers(option, kind)),
    }
}

/// The options that take one value per indicator, or a list of indicator numbers.
fn list<'a>(
    o: &Options<'a>,
    option: &str,
    len: Option<usize>,
) -> Result<Option<&'a [ApiValue]>, ApiError> {
    match o.get(option) {
        None => Ok(None),
        Some(ApiAny::List(v)) => match len {
            Some(len) if v.len() != len => Err(ApiError::bad_option(
                option,
                format!("berisi {} nilai; model ini punya {len} indikator", v.len()),
                format!("has {} values; the model has {len} indicators", v.len()),
            )),
            _ => Ok(Some(v)),
        },
        Some(_) => Err(ApiError::bad_option(
            option,
            "harus berupa array",
            "must be an array",
        )),
    }
}

fn read_target(fw: &Framework, o: &Options) -> Result<Target, ApiError> {
    let bad = |id: String, en: String| ApiError::bad_option("target", id, en);
    match o.get("target") {
        None => Err(bad(
            "wajib diisi: indeks seperti 3.0 atau predikat seperti \"Baik\"".into(),
            "is required: an index such as 3.0 or a predicate such as \"Baik\"".into(),
        )),
        Some(ApiAny::Number(t)) => parse_value(t, 2)
            .map(|c| Target::Index(u64::from(c)))
            .map_err(|_| {
                bad(
                    format!("harus indeks dengan paling banyak 2 desimal (diberikan {t})"),
                    format!("must be an index with at most 2 decimals (got {t})"),
                )
            }),
        Some(ApiAny::Text(name)) => fw.band_named(name).map(Target::Band).ok_or_else(|| {
            let names: Vec<&str> = fw.bands.iter().map(|b| b.name.id.as_str()).collect();
            let (name, names) = (super::shown(name), names.join(", "));
            bad(
                format!("\"{name}\" bukan predikat (pakai salah satu: {names})"),
                format!("\"{name}\" is not a predicate (use one of: {names})"),
            )
        }),
        Some(other) => Err(bad(
            format!("harus angka atau nama predikat (diberikan {})", kind(other)),
            format!("must be a number or a predicate name (got {})", kind(other)),
        )),
    }
}

fn read_plan_request(fw: &Framework, levels: &[u32], o: &Options) -> Result<PlanRequest, ApiError> {
    read_rules(fw, levels, o, read_target(fw, o)?)
}

/// The planning rules of a call (basis, efforts, curve, locks, caps, pace) with `target`.
pub(super) fn read_rules(
    fw: &Framework,
    levels: &[u32],
    o: &Options,
    target: Target,
) -> Result<PlanRequest, ApiError> {
    let n = fw.indicators.len();
    let mut req = PlanRequest::new(fw, target, o.basis()?);
    if let Some(efforts) = list(o, "efforts", Some(n))? {
        req.efforts = efforts
            .iter()
            .map(|v| whole("efforts", v, 1, crate::work::MAX_EFFORT))
            .collect::<Result<_, _>>()?;
    }
    if let Some(locked) = list(o, "locked", None)? {
        for v in locked {
            let no = whole("locked", v, 1, n as u32)?;
            req.locked[(no - 1) as usize] = true;
        }
    }
    if let Some(maxes) = list(o, "maxLevels", Some(n))? {
        let (min, max) = (fw.scale.min, fw.scale.max);
        req.max_levels = maxes
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let d = fw.scale.decimals;
                match v {
                    ApiValue::Number(t) => read_value(t, fw.scale).map_err(|_| {
                        let t = super::shown(t);
                        ApiError::bad_option(
                            "maxLevels",
                            format!("[{i}] = {t} di luar {}", scale_text(min, max, d, Lang::Id)),
                            format!(
                                "[{i}] = {t} is outside {}",
                                scale_text(min, max, d, Lang::En)
                            ),
                        )
                    }),
                    ApiValue::Other(kind) => Err(ApiError::bad_option(
                        "maxLevels",
                        format!("[{i}] bukan angka (diberikan {kind})"),
                        format!("[{i}] is not a number (got {kind})"),
                    )),
                }
            })
            .collect::<Result<_, _>>()?;
    }
    match o.get("pace") {
        None => {}
        Some(ApiAny::Number(p)) => {
            req.pace = Some(whole(
                "pace",
                &ApiValue::Number(p.clone()),
                1,
                fw.max_steps(),
            )?)
        }
        Some(other) => return Err(not_numbers("pace", &kind(other))),
    }
    let bad_curve = |got| {
        ApiError::bad_option(
            "curve",
            format!("harus \"flat\" atau \"rising\" (diberikan {got})"),
            format!("must be \"flat\" or \"rising\" (got {got})"),
        )
    };
    req.curve = match o.text("curve", bad_curve)? {
        None | Some("flat") => EffortCurve::Flat,
        Some("rising") => EffortCurve::Rising,
        Some(other) => return Err(bad_curve(format!("\"{}\"", super::shown(other)))),
    };
    // Values above a cap: the cap cannot lower a value, so it is raised to the value.
    for (m, l) in req.max_levels.iter_mut().zip(levels) {
        *m = (*m).max(*l);
    }
    Ok(req)
}

/// The options `spbe.plan` takes besides the framework's variants.
pub const PLAN_OPTIONS: &[&str] = &[
    "target",
    "predicateBasis",
    "efforts",
    "curve",
    "locked",
    "maxLevels",
    "pace",
    "lang",
];

/// `spbe.plan`: the least-effort plan from `levels` to `options.target`, at once.
pub fn plan(
    known: &Known,
    model_id: &str,
    levels: &[ApiValue],
    options: &ApiOptions,
) -> Result<ApiPlan, ApiError> {
    let mut job = plan_job(known, model_id, levels, options)?;
    loop {
        if let Poll::Done(out) = job.run(u64::MAX) {
            return out;
        }
    }
}

/// A checked `spbe.plan` call as work in slices (`spbe.planInSlices`).
pub struct ApiPlanJob {
    fw: Rc<Framework>,
    values: Vec<u32>,
    req: PlanRequest,
    job: PlanJob,
    lang: Lang,
}

impl ApiPlanJob {
    /// Works for at most about `budget` table cells; the answer once found.
    pub fn run(&mut self, budget: u64) -> Poll<Result<ApiPlan, ApiError>> {
        match self.job.run(&self.fw, budget) {
            Poll::Working(p) => Poll::Working(p),
            Poll::Done(out) => {
                Poll::Done(answer(&self.fw, &self.values, &self.req, out, self.lang))
            }
        }
    }
}

/// Checks a `spbe.plan` call and sets its work up (nothing is computed yet).
pub fn plan_job(
    known: &Known,
    model_id: &str,
    levels: &[ApiValue],
    options: &ApiOptions,
) -> Result<ApiPlanJob, ApiError> {
    let base = find_model(known, model_id)?;
    let o = Options::check(options, base, PLAN_OPTIONS)?;
    let lang = o.lang()?;
    let fw = o.framework(base)?;
    let values = read_levels(levels, &fw)?;
    let req = read_plan_request(&fw, &values, &o)?;
    let job = PlanJob::new(&fw, &values, &req);
    Ok(ApiPlanJob {
        fw,
        values,
        req,
        job,
        lang,
    })
}

/// The result shape of a plan's outcome (also the command-line tool's `spbe plan --format
/// json`).
pub fn answer(
    fw: &Framework,
    values: &[u32],
    req: &PlanRequest,
    outcome: Result<PlanOutcome, PlanError>,
    lang: Lang,
) -> Result<ApiPlan, ApiError> {
    let outcome = outcome.map_err(|e| {
        let why = |lang| match &e {
            PlanError::TooLarge => crate::i18n::plan_too_large(lang),
            e => e.to_string(),
        };
        ApiError::bad_option(
            "target",
            format!("tidak dapat direncanakan ({})", why(Lang::Id)),
            format!("cannot be planned ({})", why(Lang::En)),
        )
    })?;
    let best = plan::index_of(fw, &plan::best_reachable(fw, values, req));
    let predicate = |v: &Exact| {
        fw.bands[fw.band_of(v, req.basis)]
            .name
            .get(lang)
            .to_string()
    };
    let base = |status, steps, effort, index: Exact, binding| ApiPlan {
        status,
        steps,
        effort,
        index_cents: fw.index_cents(&index),
        exact: index.decimal_string(12),
        predicate: predicate(&index),
        best_reachable_cents: fw.index_cents(&best),
        best_reachable_exact: best.decimal_string(12),
        binding,
        unit: fw.scale.unit(),
    };
    Ok(match outcome {
        PlanOutcome::Met => base("met", Vec::new(), 0, plan::index_of(fw, values), Vec::new()),
        PlanOutcome::Planned {
            steps,
            effort,
            index,
            ..
        } => base(
            "planned",
            steps
                .iter()
                .map(|s| ApiStep {
                    indicator: fw.indicators[s.indicator].no,
                    from: s.from,
                    to: s.to,
                })
                .collect(),
            effort,
            index,
            Vec::new(),
        ),
        PlanOutcome::Unreachable { best, binding, .. } => base(
            "unreachable",
            Vec::new(),
            0,
            best,
            binding
                .iter()
                .map(|b| match b {
                    Binding::Locks => "locked",
                    Binding::MaxLevels => "maxLevels",
                    Binding::Pace => "pace",
                    Binding::Combination => "combination",
                    Binding::Scale => "scale",
                })
                .collect(),
        ),
    })
}
