using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class IonicRulesSamples
{
    private static readonly string Token = FakeKey.Of("io", "n_", FakeKey.Random(FakeKey.Base62, 42, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("ionic-access-token", Token, "IONIC_TOKEN")
        .Ignores("ionic-access-token", "a name in code", "value: ion_LoadBalancerConfigurationDefaultsSection")
        .FindsIn("ionic-access-token", "a token of 37 characters, as Ionic's README shows one", $"token: {FakeKey.Of("io", "n_", FakeKey.Random(FakeKey.Base62, 37, 2))}", FakeKey.Of("io", "n_", FakeKey.Random(FakeKey.Base62, 37, 2)));
}
