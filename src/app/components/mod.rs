//! One component per file, named after what the user sees. Components read the store by
//! context (`use_store`) or take `<Name>Props`; callbacks are named `on…`.

pub mod app;
pub mod aspect_group;
pub mod band_bar;
pub mod basis_switch;
pub mod calculator;
pub mod delta_badge;
pub mod domain_section;
pub mod files_panel;
pub mod indicator_list;
pub mod indicator_row;
pub mod language_switch;
pub mod level_control;
pub mod load_failure;
pub mod marginal_gains;
pub mod model_footer;
pub mod notice_banner;
pub mod part_table;
pub mod planner_panel;
pub mod print_brief;
pub mod radar_chart;
pub mod roadmap_chart;
pub mod roadmap_panel;
pub mod scenario_comparison;
pub mod scenario_controls;
pub mod scenario_list;
pub mod score_strip;
pub mod share_panel;
pub mod summary_panel;
pub mod target_picker;
pub mod top_bar;
pub mod waterfall_chart;
