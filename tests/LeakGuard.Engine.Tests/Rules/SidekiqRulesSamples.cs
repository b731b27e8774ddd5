using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SidekiqRulesSamples
{
    private static readonly string Credentials = FakeKey.Of(FakeKey.Random(FakeKey.Hex, 8, 1), ":", FakeKey.Random(FakeKey.Hex, 8, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("sidekiq-secret", "Bundler's setting", $"BUNDLE_GEMS__CONTRIBSYS__COM={Credentials}\n", Credentials)
        .FindsIn("sidekiq-secret", "Bundler's config file", $"---\nBUNDLE_ENTERPRISE__CONTRIBSYS__COM: \"{Credentials}\"\n", Credentials)
        .FindsIn("sidekiq-secret", "the Gemfile's source", $"source \"https://{Credentials}@gems.contribsys.com/\" do\n  gem \"sidekiq-pro\"\nend", Credentials)
        .Ignores("sidekiq-secret", "a reference to the setting", "BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDENTIALS}")
        .Ignores("sidekiq-secret", "seven digits", $"BUNDLE_GEMS__CONTRIBSYS__COM={Credentials[1..]}");
}
