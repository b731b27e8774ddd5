using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class SidekiqRules
{
    private static readonly Remediation Remediation = new("https://sidekiq.org/", "Bundler:ContribsysCredentials", "BUNDLE_GEMS__CONTRIBSYS__COM");

    // Sidekiq Pro and Enterprise are installed from Contribsys' gem server with the licence's credentials, 8 hex
    // digits, a colon and 8 more: set for Bundler (BUNDLE_GEMS__CONTRIBSYS__COM=…) or written in the source URL.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "sidekiq-secret",
            "Sidekiq",
            "Sidekiq Pro / Enterprise licence credentials (Contribsys gem server)",
            "(?i)(?:bundle_(?:enterprise|gems)__contribsys__com[\"']?[ \\t]{0,5}[=:][ \\t]{0,5}[\"']?|https?://)(?<secret>[a-f0-9]{8}:[a-f0-9]{8})(?:$|[\"'\\s;]|@(?:gems|enterprise)\\.contribsys\\.com)",
            new[] { "contribsys" },
            Remediation)
        {
            MinEntropy = 2.5,
        },
    };
}
