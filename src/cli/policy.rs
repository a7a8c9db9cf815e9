//! `caviard policy show`: the effective policy (built-in defaults merged with the policy
//! file), as TOML that reads back as a policy file.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::common::{load_policy, RuleArgs};

#[derive(Args, Debug, Clone)]
pub struct PolicyArgs {
    #[command(subcommand)]
    pub command: PolicyCommand,
}

#[derive(Subcommand, Debug, Clone)]
pub enum PolicyCommand {
    /// Print the effective policy: the defaults merged with the policy file found.
    Show {
        #[command(flatten)]
        rules: RuleArgs,
    },
}

pub fn run(args: &PolicyArgs) -> Result<Vec<u8>> {
    match &args.command {
        PolicyCommand::Show { rules } => {
            let policy = load_policy(rules)?;
            let source = match policy.origin() {
                Some(path) => format!("built-in defaults merged with {}", path.display()),
                None => "built-in defaults (no policy file found)".to_string(),
            };
            let out = format!(
                "# Effective caviard policy: {source}\n# sha256 (as in audit records): {}\n\n{}",
                hex::encode(policy.sha256()),
                policy.config().to_toml()
            );
            Ok(out.into_bytes())
        }
    }
}
