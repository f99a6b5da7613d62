//! The wasm entry point: starts the Yew app. Natively there is nothing to run; the engine is
//! exercised by `cargo test`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    spbe_calculator::app::start();
}
